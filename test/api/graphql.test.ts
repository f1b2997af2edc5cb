import { afterAll, beforeAll, expect, it } from 'vitest';
import { testClient } from '../support/app.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';
import { writeSyntheticArticles } from '../support/synthetic.ts';

const NESTED_ENTITIES = `query($n: Int!) {
  entities(kind: PERSON, first: $n) {
    totalCount
    edges { node { id nameEn aliases { alias } mentions(first: 5) { totalCount edges { node { text start end article { id title outlet { name } } } } } } }
  }
}`;

const NESTED_EVENTS = `query($n: Int!) {
  events(first: $n) {
    totalCount
    edges { node { id kind date outletCount participants { role entity { nameEn } } evidence { quote article { id publishedAt } } } }
  }
}`;

describeEachDatabase('API behaviour', (factory) => {
  let database: TestDatabase;
  const TOKEN = 'test-token-0123456789';

  beforeAll(async () => {
    database = await factory.open();
    await writeSyntheticArticles(database.db, 30);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('nested lists are batched: the statement count does not grow with the result size', async () => {
    const client = testClient(database.db);
    const small = await client.query<{ entities: { edges: unknown[] } }>(NESTED_ENTITIES, { n: 2 });
    const large = await client.query<{ entities: { edges: unknown[] } }>(NESTED_ENTITIES, { n: 40 });
    expect(small.errors).toBeUndefined();
    expect(large.errors).toBeUndefined();
    expect(small.data!.entities.edges).toHaveLength(2);
    expect(large.data!.entities.edges.length).toBeGreaterThan(20);
    // entities page, aliases, mentions page, articles, outlets
    expect(large.statements).toHaveLength(5);
    expect(small.statements).toHaveLength(large.statements.length);

    const smallEvents = await client.query<{ events: { edges: unknown[] } }>(NESTED_EVENTS, { n: 2 });
    const largeEvents = await client.query<{ events: { edges: unknown[] } }>(NESTED_EVENTS, { n: 30 });
    expect(largeEvents.errors).toBeUndefined();
    expect(largeEvents.data!.events.edges).toHaveLength(30);
    // events page, corroboration, participants, evidence, entities, articles
    expect(largeEvents.statements).toHaveLength(6);
    expect(smallEvents.statements).toHaveLength(largeEvents.statements.length);
  });

  it('pages with opaque cursors and totalCount, and refuses pages over the maximum', async () => {
    const client = testClient(database.db);
    const q = `query($after: String) { articles(first: 10, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id } } } }`;
    type R = { articles: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { id: string } }[] } };
    const seen = new Set<string>();
    let after: string | null = null;
    let pages = 0;
    do {
      const r: Awaited<ReturnType<typeof client.query<R>>> = await client.query<R>(q, { after });
      expect(r.data!.articles.totalCount).toBe(30);
      r.data!.articles.edges.forEach((e) => seen.add(e.node.id));
      after = r.data!.articles.pageInfo.hasNextPage ? r.data!.articles.pageInfo.endCursor : null;
      pages++;
    } while (after);
    expect(pages).toBe(3);
    expect(seen.size).toBe(30);

    const tooMany = await client.query(`{ articles(first: 1000) { totalCount } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(tooMany.errors?.[0]?.message).toMatch(/at most 100/);
    const badCursor = await client.query(`{ articles(after: "not-a-cursor") { totalCount } }`);
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves nodes by global ID and refuses malformed or wrong-typed IDs', async () => {
    const client = testClient(database.db);
    const list = await client.query<{ entities: { edges: { node: { id: string; nameEn: string } }[] } }>(
      `{ entities(kind: PERSON, first: 1) { edges { node { id nameEn } } } }`,
    );
    const { id, nameEn } = list.data!.entities.edges[0]!.node;
    const viaNode = await client.query<{ node: { __typename: string; nameEn: string } }>(
      `query($id: ID!) { node(id: $id) { __typename ... on Person { nameEn } } }`,
      { id },
    );
    expect(viaNode.data!.node).toEqual({ __typename: 'Person', nameEn });
    const viaEntity = await client.query<{ entity: { nameEn: string } }>(`query($id: ID!) { entity(id: $id) { nameEn } }`, { id });
    expect(viaEntity.data!.entity.nameEn).toBe(nameEn);

    const bad = await client.query(`{ metWith(person: "nonsense") { outletCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await client.query(`query($id: ID!) { entity(id: $id) { nameEn } }`, {
      id: Buffer.from('Person:999999').toString('base64'),
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('metWith counts distinct outlets and respects the date range', async () => {
    const client = testClient(database.db);
    const hub = await client.query<{ entities: { edges: { node: { id: string } }[] } }>(
      `{ entities(search: "شخص0", first: 1) { edges { node { id } } } }`,
    );
    const p = hub.data!.entities.edges[0]!.node.id;
    type R = { metWith: { counterpart: { nameEn: string }; outletCount: number; events: { date: string }[] }[] };
    const all = await client.query<R>(`query($p: ID!) { metWith(person: $p) { counterpart { nameEn } outletCount events { date } } }`, { p });
    expect(all.errors).toBeUndefined();
    const eventTotal = all.data!.metWith.reduce((n, m) => n + m.events.length, 0);
    expect(eventTotal).toBe(30);
    const ranged = await client.query<R>(
      `query($p: ID!) { metWith(person: $p, from: "2024-01-01", to: "2024-01-05") { counterpart { nameEn } outletCount events { date } } }`,
      { p },
    );
    const dates = ranged.data!.metWith.flatMap((m) => m.events.map((e) => e.date));
    expect(dates.length).toBeGreaterThan(0);
    expect(dates.every((d) => d >= '2024-01-01' && d <= '2024-01-05')).toBe(true);
    expect(Math.max(...all.data!.metWith.map((m) => m.outletCount))).toBeLessThanOrEqual(3);
  });

  it('mutations are refused without a configured token, and without the right bearer token', async () => {
    const m = `mutation { ingestArticle(input: { body: "قال الرئيس في بيان اليوم." }) { status } }`;
    const noToken = await testClient(database.db).query(m);
    expect(noToken.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const wrong = await testClient(database.db, TOKEN).query(m, {}, { authorization: 'Bearer wrong-token-000000000' });
    expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('ingestArticle with the token creates once, then reports UNCHANGED; invalid input is a clear error', async () => {
    const client = testClient(database.db, TOKEN);
    const auth = { authorization: `Bearer ${TOKEN}` };
    const m = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status article { id title publishedAt } } }`;
    const input = { title: 'خبر', body: 'التقى وزير الخارجية الفرنسي نظيره الأردني في عمان يوم الخميس.', publishedAt: '2024-05-02', outlet: 'Test' };
    type R = { ingestArticle: { status: string; article: { id: string; publishedAt: string } } };
    const first = await client.query<R>(m, { input }, auth);
    expect(first.errors).toBeUndefined();
    expect(first.data!.ingestArticle.status).toBe('CREATED');
    expect(first.data!.ingestArticle.article.publishedAt).toBe('2024-05-02');
    const again = await client.query<R>(m, { input }, auth);
    expect(again.data!.ingestArticle).toEqual({ ...first.data!.ingestArticle, status: 'UNCHANGED' });
    const empty = await client.query(m, { input: { body: ' ' } }, auth);
    expect(empty.errors?.[0]?.extensions?.code).toBe('INVALID_ARTICLE');
    expect(empty.errors?.[0]?.message).toMatch(/body is empty/);
  });

  it('GET /health answers 200 when the database is ready', async () => {
    const response = await testClient(database.db).app.fetch('http://localhost/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
