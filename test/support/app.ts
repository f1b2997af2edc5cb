import type { QueryLimits } from '../../src/server/limits.ts';
import { createApp } from '../../src/server/yoga.ts';
import type { Db } from '../../src/storage/database.ts';
import { recordStatements } from '../../src/storage/statements.ts';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** A test client over app.fetch (no port): runs one request and records the SQL statements it issued. */
export function testClient(db: Db, token?: string, limits?: Partial<QueryLimits>) {
  const app = createApp({ db, config: { SHABAKA_API_TOKEN: token }, limits });
  return {
    app,
    async query<T = Record<string, unknown>>(
      query: string,
      variables: Record<string, unknown> = {},
      headers: Record<string, string> = {},
    ): Promise<GraphQLResponse<T> & { statements: string[] }> {
      const { result, statements } = await recordStatements(async () => {
        const response = await app.fetch('http://localhost/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ query, variables }),
        });
        return (await response.json()) as GraphQLResponse<T>;
      });
      return { ...result, statements };
    },
  };
}
