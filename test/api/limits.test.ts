import { afterAll, beforeAll, expect, it } from 'vitest';
import { schema } from '../../src/graphql/index.ts';
import { DEFAULT_QUERY_LIMITS, operationCost } from '../../src/server/limits.ts';
import { getIntrospectionQuery, parse } from 'graphql';
import { DEFAULT_QUERY } from '../../src/server/default-query.ts';
import { testClient } from '../support/app.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';
import { writeSyntheticArticles } from '../support/synthetic.ts';

/** entity → mentions → article → mentions → … : each round trip adds five levels. */
function deepQuery(rounds: number): string {
  let inner = 'text';
  for (let i = 0; i < rounds; i++) inner = `mentions(first: 1) { edges { node { article { mentions(first: 1) { edges { node { ${inner} } } } } } } }`;
  return `{ entities(first: 1) { edges { node { ${inner} } } } }`;
}

const NESTED_OVER_BUDGET = `{
  entities(first: 100) { edges { node {
    mentions(first: 100) { edges { node {
      article { mentions(first: 100) { edges { node { text start end } } } }
    } } }
  } } }
}`;

const NORMAL = `query($n: Int!) {
  entities(kind: PERSON, first: $n) {
    totalCount
    edges { node { id nameEn aliases { alias } mentions(first: 5) { totalCount edges { node { text article { id title outlet { name } } } } } } }
  }
}`;

describeEachDatabase('Bounded cost', (factory) => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await factory.open();
    await writeSyntheticArticles(database.db, 10);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('accepts a normal nested query', async () => {
    const r = await testClient(database.db).query<{ entities: { edges: unknown[] } }>(NORMAL, { n: 20 });
    expect(r.errors).toBeUndefined();
    expect(r.data!.entities.edges.length).toBeGreaterThan(0);
  });

  it('lets introspection (GraphiQL) and the default GraphiQL queries through', async () => {
    const client = testClient(database.db);
    const introspection = await client.query(getIntrospectionQuery());
    expect(introspection.errors).toBeUndefined();
    const doc = parse(DEFAULT_QUERY);
    for (const operationName of ['TopPersons', 'FindPerson', 'MetWith']) {
      expect(operationCost(schema, doc, { person: 'x', name: 'x' }, operationName)).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    }
  });

  it('refuses a query deeper than the limit, before touching the database', async () => {
    const r = await testClient(database.db).query(deepQuery(3));
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toMatch(/^Query depth limit of 12 exceeded, found \d+\.$/);
    expect(r.statements).toHaveLength(0);
  });

  it('refuses an alias flood', async () => {
    const fields = Array.from({ length: 31 }, (_, i) => `a${i}: entities(first: 1) { totalCount }`).join('\n');
    const r = await testClient(database.db).query(`{ ${fields} }`);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0]?.message).toBe('Aliases limit of 30 exceeded, found 31.');
    expect(r.statements).toHaveLength(0);
  });

  it('refuses a nested query over the cost budget, with the cost and the budget', async () => {
    const r = await testClient(database.db).query(NESTED_OVER_BUDGET);
    expect(r.data).toBeUndefined();
    const error = r.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.message).toMatch(/^Query cost \d+ exceeds the maximum cost of 20000/);
    expect(r.statements).toHaveLength(0);
  });

  it('prices connections by their page size, taken from variables too', async () => {
    const q = parse(NORMAL);
    const small = operationCost(schema, q, { n: 2 }, null)!;
    const large = operationCost(schema, q, { n: 40 }, null)!;
    expect(large).toBeGreaterThan(small * 15);
    expect(large).toBeLessThanOrEqual(DEFAULT_QUERY_LIMITS.maxCost);
    // The same query with a page size that multiplies past the budget is refused at run time.
    const r = await testClient(database.db, undefined, { maxCost: small * 3 }).query(NORMAL, { n: 40 });
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
