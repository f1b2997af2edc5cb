import pino from 'pino';

/** One structured logger; the level comes from LOG_LEVEL (validated in config). */
export const logger = pino({ level: process.env.LOG_LEVEL || 'info', base: { service: 'shabaka' } });
