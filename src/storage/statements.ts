import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from 'drizzle-orm/logger';

/**
 * Records the SQL statements issued within a scope (one GraphQL request, one ingest). Tests assert
 * the count so an N+1 shows up as a failure; benchmarks report statements per request.
 */
export interface StatementLog {
  statements: string[];
}

const scope = new AsyncLocalStorage<StatementLog>();

export function recordStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const log: StatementLog = { statements: [] };
  return scope.run(log, async () => ({ result: await fn(), statements: log.statements }));
}

/** Drizzle logger that appends each statement to the current scope, if any, and forwards to an optional sink. */
export class StatementRecorder implements Logger {
  constructor(private readonly sink?: (query: string, params: unknown[]) => void) {}
  logQuery(query: string, params: unknown[]): void {
    scope.getStore()?.statements.push(query);
    this.sink?.(query, params);
  }
}
