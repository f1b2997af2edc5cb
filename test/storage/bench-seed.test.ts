import { afterAll, beforeAll, expect, it } from 'vitest';
import { seedBenchGraph, type SeedSummary } from '../../src/cli/bench-seed.ts';
import { rawRows } from '../../src/storage/database.ts';
import { sql } from 'drizzle-orm';
import { testClient } from '../support/app.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';
import { encodeGlobalID } from '@pothos/plugin-relay';

describeEachDatabase('bench:seed synthetic graph', (factory) => {
  let database: TestDatabase;
  let summary: SeedSummary;

  beforeAll(async () => {
    database = await factory.open();
    summary = await seedBenchGraph(database, { articles: 400, seed: 7 });
  });
  afterAll(async () => {
    await database?.close();
  });

  it('fills the tables ingest fills, about 5 event-participant edges per article', () => {
    expect(summary.counts.articles).toBe(400);
    expect(summary.counts.entities).toBe(200);
    expect(summary.counts.event_participants).toBeGreaterThan(1500);
    expect(summary.counts.event_participants).toBeLessThan(2500);
    for (const table of ['aliases', 'mentions', 'events', 'event_evidence', 'roles', 'role_evidence']) {
      expect(summary.counts[table], table).toBeGreaterThan(0);
    }
  });

  it('every mention and evidence quote is the body text at its offsets', async () => {
    const [bad] = await rawRows<{ mentions: number; evidence: number; roles: number }>(
      database.db,
      sql`SELECT
        (SELECT count(*)::int FROM mentions m JOIN articles a ON a.id = m.article_id WHERE substr(a.body, m.start + 1, m."end" - m.start) <> m.text) AS mentions,
        (SELECT count(*)::int FROM event_evidence e JOIN articles a ON a.id = e.article_id WHERE substr(a.body, e.start + 1, e."end" - e.start) <> e.quote) AS evidence,
        (SELECT count(*)::int FROM role_evidence e JOIN articles a ON a.id = e.article_id WHERE substr(a.body, e.start + 1, e."end" - e.start) <> e.quote) AS roles`,
    );
    expect(bad).toEqual({ mentions: 0, evidence: 0, roles: 0 });
  });

  it('has hubs (power-law degrees), several outlets, syndicated events and both statuses', async () => {
    const [shape] = await rawRows<{ max: number; median: number; outlets: number; syndicated: number; planned: number }>(
      database.db,
      sql`WITH d AS (SELECT count(*) AS n FROM event_participants GROUP BY entity_id)
          SELECT (SELECT max(n)::int FROM d) AS max,
                 (SELECT percentile_disc(0.5) WITHIN GROUP (ORDER BY n)::int FROM d) AS median,
                 (SELECT count(DISTINCT outlet_id)::int FROM articles) AS outlets,
                 (SELECT count(*)::int FROM (SELECT event_id FROM event_evidence GROUP BY event_id HAVING count(*) > 1) s) AS syndicated,
                 (SELECT count(*)::int FROM events WHERE status = 'PLANNED') AS planned`,
    );
    expect(shape!.max).toBeGreaterThan(10 * shape!.median);
    expect(shape!.outlets).toBeGreaterThan(5);
    expect(shape!.syndicated).toBeGreaterThan(50);
    expect(shape!.planned).toBeGreaterThan(20);
  });

  it("syndicated copies are marked as ingest marks them, and count as their original's source", async () => {
    const [copies] = await rawRows<{ copies: number; wrong: number; shared: number }>(
      database.db,
      sql`SELECT count(*)::int AS copies,
                 count(*) FILTER (WHERE c.source_key <> o.source_key OR c.outlet_id = o.outlet_id)::int AS wrong,
                 count(*) FILTER (WHERE c.paragraph_hashes && o.paragraph_hashes)::int AS shared
          FROM articles c JOIN articles o ON o.id = c.syndicated_from`,
    );
    expect(copies!.copies).toBeGreaterThan(20);
    expect(copies!.wrong).toBe(0);
    expect(copies!.shared).toBeGreaterThan(copies!.copies * 0.8);
  });

  it('is served by the API: metWith of the top hub', async () => {
    const r = await testClient(database.db).query<{ metWith: { eventCount: number }[] }>(
      `query($p: ID!) { metWith(person: $p) { counterpart { id } eventCount } }`,
      { p: encodeGlobalID('Person', summary.maxDegree!.entityId) },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.metWith.length).toBeGreaterThan(5);
  });

  it('extends a database that already holds a graph (ids continue after the existing ones)', async () => {
    const again = await seedBenchGraph(database, { articles: 50, seed: 8 });
    expect(again.counts.articles).toBe(450);
  });
});
