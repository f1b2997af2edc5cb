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

const localDate = GraphQLLocalDate.toConfig();
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Calendar dates as YYYY-MM-DD strings (graphql-scalars' LocalDate, under the name the API uses). Input
 * is validated in full; output that comes as the database's `date::text` (already a calendar date) is
 * passed through after a format check, without LocalDate's Date round trip on every value.
 */
export const DateScalar = new GraphQLScalarType({
  ...localDate,
  name: 'Date',
  serialize: (value) => (typeof value === 'string' && DAY.test(value) ? value : localDate.serialize(value)),
});

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
