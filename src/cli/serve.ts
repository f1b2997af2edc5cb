import { ConfigError, loadConfig } from '../config.ts';
import { logger } from '../logger.ts';
import { startServer } from '../server/main.ts';

try {
  const running = await startServer(loadConfig());
  const shutdown = async (signal: string) => {
    logger.info({ signal }, 'shutting down');
    await running.stop();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(2);
  }
  logger.fatal({ err: e }, 'failed to start');
  process.exit(1);
}
