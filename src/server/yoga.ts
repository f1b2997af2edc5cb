import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { schema } from '../graphql/index.ts';
import type { Context } from '../graphql/builder.ts';
import { createLoaders } from '../graphql/loaders.ts';
import { pubSubFor } from '../graphql/pubsub.ts';
import { IngestNotifier } from '../ingest/notifications.ts';
import type { Db } from '../storage/database.ts';
import { bodyLimitPlugin } from './body-limit.ts';
import { compiledQueriesPlugin } from './compiled-queries.ts';
import { DEFAULT_QUERY } from './default-query.ts';
import { queryLimitPlugins, type QueryLimits } from './limits.ts';

export interface AppOptions {
  db: Db;
  config: Pick<Config, 'SHABAKA_API_TOKEN'>;
  /** Depth, alias and cost bounds per request; defaults in limits.ts. */
  limits?: Partial<QueryLimits>;
  /**
   * Committed ingests announced here reach the subscriptions. The mutation uses it; pass a shared one
   * to also announce ingests made outside GraphQL in this process.
   */
  notifier?: IngestNotifier;
  /** Largest request body, in bytes (default MAX_REQUEST_BODY_BYTES). */
  maxRequestBytes?: number;
}

/** Builds the GraphQL app (no listening): main.ts serves it, tests call app.fetch(). */
export function createApp({ db, config, limits, notifier = new IngestNotifier(), maxRequestBytes }: AppOptions) {
  const token = config.SHABAKA_API_TOKEN ?? null;
  const pubsub = pubSubFor(notifier);
  const onIngested = notifier.notify.bind(notifier);
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    // Bodies are bounded by bodyLimitPlugin (cheaper than Yoga's own stream counter).
    maxRequestBodySize: false,
    landingPage: false,
    healthCheckEndpoint: '/live',
    graphiql: { title: 'Shabaka', defaultQuery: DEFAULT_QUERY },
    // GraphiQL bundled with the server, not fetched from a CDN: self-hosted installs may have no internet.
    renderGraphiQL,
    plugins: [
      healthCheck(db),
      bodyLimitPlugin(maxRequestBytes),
      ...queryLimitPlugins(schema, limits),
      compiledQueriesPlugin(),
    ],
    context: ({ request }) => ({
      db,
      loaders: createLoaders(db),
      mutationsEnabled: token !== null,
      pubsub,
      onIngested,
      authenticated: token !== null && bearerMatches(request.headers.get('authorization'), token),
    }),
  });
}

/** Constant-time comparison, so the token cannot be guessed byte by byte from response times. */
function bearerMatches(header: string | null, token: string): boolean {
  const presented = header?.match(/^Bearer\s+(.+)$/i)?.[1]?.trim();
  if (!presented) return false;
  const a = Buffer.from(presented);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** GET /health answers 200 once the database answers a query (compose health checks), 503 otherwise. */
function healthCheck(db: Db): Plugin {
  return {
    async onRequest({ url, endResponse, fetchAPI }) {
      if (url.pathname !== '/health') return;
      try {
        await db.execute(sql`SELECT 1`);
        endResponse(fetchAPI.Response.json({ status: 'ok' }, { status: 200 }));
      } catch {
        endResponse(fetchAPI.Response.json({ status: 'unavailable' }, { status: 503 }));
      }
    },
  };
}
