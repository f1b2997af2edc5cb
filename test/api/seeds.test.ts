import { count } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ingestArticle } from '../../src/ingest/ingest-article.ts';
import { loadSeedsIfEmpty, readSeedArticles } from '../../src/ingest/seeds.ts';
import * as t from '../../src/storage/tables.ts';
import { DEFAULT_QUERY } from '../../src/server/default-query.ts';
import { testClient } from '../support/app.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';

const FIND = `query($q: String!) { entities(kind: PERSON, search: $q, first: 5) { totalCount edges { node { id nameEn nameAr } } } }`;
const MET_WITH = `query($p: ID!) {
  metWith(person: $p) {
    counterpart { nameEn }
    outletCount
    events { kind status date location { nameEn } evidence { quote start end article { id body } } }
  }
}`;

describeEachDatabase('API over the seed articles', (factory) => {
  let database: TestDatabase;
  let client: ReturnType<typeof testClient>;

  beforeAll(async () => {
    database = await factory.open();
    await loadSeedsIfEmpty(database.db);
    client = testClient(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  async function personId(name: string): Promise<string> {
    const r = await client.query<{ entities: { edges: { node: { id: string; nameEn: string } }[] } }>(FIND, { q: name });
    expect(r.errors).toBeUndefined();
    const node = r.data!.entities.edges[0]?.node;
    expect(node, `no person found for ${name}`).toBeDefined();
    return node!.id;
  }

  it('finds Blinken by Arabic and English name as one entity', async () => {
    expect(await personId('أنتوني بلينكن')).toBe(await personId('Antony Blinken'));
  });

  it('metWith(Blinken) returns exactly Herzog, Khalid bin Salman, Shoukry and Sisi, with evidence at the stored offsets', async () => {
    const r = await client.query<{
      metWith: {
        counterpart: { nameEn: string };
        outletCount: number;
        events: { kind: string; status: string; evidence: { quote: string; start: number; end: number; article: { body: string } }[] }[];
      }[];
    }>(MET_WITH, { p: await personId('Blinken') });
    expect(r.errors).toBeUndefined();
    const names = r.data!.metWith.map((m) => m.counterpart.nameEn).sort();
    expect(names).toEqual(['Abdel Fattah el-Sisi', 'Isaac Herzog', 'Khalid bin Salman', 'Sameh Shoukry']);
    for (const m of r.data!.metWith) {
      expect(m.outletCount).toBeGreaterThanOrEqual(1);
      for (const e of m.events) {
        expect(e.status).toBe('OCCURRED');
        expect(e.evidence.length).toBeGreaterThan(0);
        for (const ev of e.evidence) expect(ev.article.body.slice(ev.start, ev.end)).toBe(ev.quote);
      }
    }
    const kinds = Object.fromEntries(r.data!.metWith.map((m) => [m.counterpart.nameEn, m.events.map((e) => e.kind).sort()]));
    expect(kinds['Isaac Herzog']).toEqual(['CALL']);
    expect(kinds['Sameh Shoukry']).toContain('PRESS_CONFERENCE');
  });

  it('keeps the Netanyahu meeting as PLANNED, never as met', async () => {
    const netanyahu = await personId('Netanyahu');
    const r = await client.query<{ events: { edges: { node: { kind: string; status: string } }[] } }>(
      `query($p: ID!) { events(participant: $p, kind: MEETING) { edges { node { kind status } } } }`,
      { p: netanyahu },
    );
    expect(r.errors).toBeUndefined();
    const statuses = r.data!.events.edges.map((e) => e.node.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set(['PLANNED']));
    const met = await client.query<{ metWith: unknown[] }>(MET_WITH, { p: netanyahu });
    expect(met.data!.metWith).toEqual([]);
  });

  it('the GraphiQL default operations answer over the seeds', async () => {
    const run = async (operationName: string, variables: Record<string, unknown> = {}) => {
      const response = await client.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: DEFAULT_QUERY, operationName, variables }),
      });
      return (await response.json()) as { data?: Record<string, { entity: { id: string; nameEn: string } }[]>; errors?: unknown[] };
    };
    const top = await run('TopPersons');
    expect(top.errors).toBeUndefined();
    const first = top.data!.topEntities![0]!.entity;
    expect(first.nameEn).toBe('Antony Blinken');
    const met = await run('MetWith', { person: first.id });
    expect(met.errors).toBeUndefined();
    expect(met.data!.metWith).toHaveLength(4);
    const found = await run('FindPerson', { name: 'بلنكن' });
    expect(found.errors).toBeUndefined();
    expect(found.data!.search![0]!.entity.id).toBe(first.id);
  });

  it('re-ingesting the seeds changes nothing', async () => {
    const countsOf = async () =>
      Promise.all([t.articles, t.entities, t.mentions, t.events, t.eventEvidence, t.roles].map(async (table) => Number((await database.db.select({ n: count() }).from(table))[0]!.n)));
    const before = await countsOf();
    for (const seed of readSeedArticles()) {
      const result = await ingestArticle(database.db, seed.article);
      expect(result.status).toBe('UNCHANGED');
    }
    expect(await loadSeedsIfEmpty(database.db)).toBeNull();
    expect(await countsOf()).toEqual(before);
  });
});
