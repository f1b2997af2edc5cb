import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/yoga.ts';
import { openDatabase, type Database } from '../../src/storage/database.ts';

const QUERY = JSON.stringify({ query: '{ __typename }' });

/** A request body without Content-Length (chunked), as a stream of `chunks` copies of `chunk`. */
function chunked(chunk: string, chunks: number): ReadableStream<Uint8Array> {
  const bytes = new TextEncoder().encode(chunk);
  let sent = 0;
  return new ReadableStream({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(bytes);
      else controller.close();
    },
  });
}

// The limit is checked before any query runs: one embedded database is enough to build the app.
describe('Request body limit', () => {
  let database: Database;
  let app: ReturnType<typeof createApp>;
  const max = 1000;

  beforeAll(async () => {
    database = await openDatabase({ driver: 'pglite', dataDir: null });
    app = createApp({ db: database.db, config: {}, maxRequestBytes: max });
  });
  afterAll(async () => {
    await database?.close();
  });

  const post = (body: BodyInit, headers: Record<string, string> = {}) =>
    app.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit);

  it('answers a body under the limit, with or without Content-Length', async () => {
    const sized = await post(QUERY, { 'content-length': String(Buffer.byteLength(QUERY)) });
    expect(sized.status).toBe(200);
    expect(await sized.json()).toEqual({ data: { __typename: 'Query' } });
    const streamed = await post(chunked(QUERY, 1));
    expect(streamed.status).toBe(200);
    expect(await streamed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a declared Content-Length over the limit with 413, before reading the body', async () => {
    const response = await post(QUERY, { 'content-length': String(max + 1) });
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
    expect(body.errors[0]!.message).toContain(String(max));
  });

  it('refuses a chunked body once it passes the limit', async () => {
    const response = await post(chunked(' '.repeat(100), 20));
    expect(response.status).toBe(413);
    const body = (await response.json()) as { errors: { extensions: { code: string } }[] };
    expect(body.errors[0]!.extensions.code).toBe('REQUEST_ENTITY_TOO_LARGE');
  });

  it('refuses a malformed Content-Length with 400', async () => {
    const response = await post(QUERY, { 'content-length': '12, 12' });
    expect(response.status).toBe(400);
  });
});
