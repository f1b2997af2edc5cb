import { timingSafeEqual } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { createYoga, type Plugin } from 'graphql-yoga';
import type { Config } from '../config.ts';
import { schema } from '../graphql/index.ts';
import type { Context } from '../graphql/builder.ts';
import { createLoaders } from '../graphql/loaders.ts';
import type { Db } from '../storage/database.ts';
import { DEFAULT_QUERY } from './default-query.ts';

export interface AppOptions {
  db: Db;
  config: Pick<Config, 'SHABAKA_API_TOKEN'>;
}

/** Builds the GraphQL app (no listening): main.ts serves it, tests call app.fetch(). */
export function createApp({ db, config }: AppOptions) {
  const token = config.SHABAKA_API_TOKEN ?? null;
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    healthCheckEndpoint: '/live',
    graphiql: { title: 'Shabaka', defaultQuery: DEFAULT_QUERY },
    plugins: [healthCheck(db)],
    context: ({ request }) => ({
      db,
      loaders: createLoaders(db),
      mutationsEnabled: token !== null,
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
