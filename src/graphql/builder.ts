import SchemaBuilder from '@pothos/core';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLLocalDate } from 'graphql-scalars';
import { GraphQLScalarType } from 'graphql';
import type { IngestListener } from '../ingest/notifications.ts';
import type { Db } from '../storage/database.ts';
import type { Loaders } from './loaders.ts';
import type { ShabakaPubSub } from './pubsub.ts';

export interface Context {
  db: Db;
  loaders: Loaders;
  /** True when the request carried the configured bearer token. */
  authenticated: boolean;
  /** False when no SHABAKA_API_TOKEN is configured: then every mutation is refused. */
  mutationsEnabled: boolean;
  /** Live updates: what committed ingests announce (see subscription.ts). */
  pubsub: ShabakaPubSub;
  /** Passed to ingestArticle so a committed ingest reaches the subscribers. */
  onIngested: IngestListener;
}

/** Calendar dates as YYYY-MM-DD strings (graphql-scalars' LocalDate, under the name the API uses). */
export const DateScalar = new GraphQLScalarType({ ...GraphQLLocalDate.toConfig(), name: 'Date' });

export const builder = new SchemaBuilder<{
  Context: Context;
  Scalars: { Date: { Input: string; Output: string } };
  Connection: { totalCount: number };
  DefaultEdgesNullability: false;
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin],
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    edgesFieldOptions: { nullable: false },
    nodeFieldOptions: { nullable: false },
  },
});

builder.addScalarType('Date', DateScalar);

builder.globalConnectionField('totalCount', (t) =>
  t.int({ nullable: false, description: 'Number of items in the whole list, across pages.', resolve: (c) => c.totalCount }),
);

builder.queryType({});
builder.mutationType({});
builder.subscriptionType({});
