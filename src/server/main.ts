import { createServer, type Server } from 'node:http';
import type { Config } from '../config.ts';
import { loadSeedsIfEmpty } from '../ingest/seeds.ts';
import { logger } from '../logger.ts';
import { type Database, openDatabase } from '../storage/database.ts';
import { createApp } from './yoga.ts';

/** Opens the configured database (PGlite unless DATABASE_URL is set), migrates it, loads the seeds, and opens the database connection. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.DATABASE_URL
    ? openDatabase({ driver: 'postgres', url: config.DATABASE_URL })
    : openDatabase({ driver: 'pglite', dataDir: config.SHABAKA_DATA_DIR });
}

export interface RunningServer {
  server: Server;
  database: Database;
  url: string;
  stop(): Promise<void>;
}

/** Starts the server: database ready and seeded first, then listen, so /health is only up when it is true. */
export async function startServer(config: Config): Promise<RunningServer> {
  const t0 = performance.now();
  const database = await openConfiguredDatabase(config);
  const tDb = performance.now();
  if (config.SHABAKA_LOAD_SEEDS) {
    const seeded = await loadSeedsIfEmpty(database.db);
    if (seeded) {
      logger.info(
        { articles: seeded.length, ms: Math.round(performance.now() - tDb) },
        'empty database: loaded the seed articles',
      );
    }
  }
  const app = createApp({ db: database.db, config });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.PORT;
  const url = `http://${config.HOST}:${port}/graphql`;
  logger.info(
    { url, database: database.driver, startupMs: Math.round(performance.now() - t0) },
    `Shabaka is serving GraphiQL at ${url}`,
  );
  return {
    server,
    database,
    url,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await database.close();
    },
  };
}
