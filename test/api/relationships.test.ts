import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadSeedsIfEmpty } from '../../src/ingest/seeds.ts';
import { testClient } from '../support/app.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';
import { HAND_ENTITIES, writeHandGraph } from '../support/hand-graph.ts';
import { writeSyntheticArticles } from '../support/synthetic.ts';

type Client = ReturnType<typeof testClient>;
interface Hop {
  entity: { nameEn: string };
  counterpart: { nameEn: string };
  kind: string;
  weight: number;
  outletCount: number;
  firstReported: string | null;
  lastReported: string | null;
  events: { kind: string; status: string; date: string | null; outletCount: number; evidence: { quote: string; start: number; end: number; article: { body: string } }[] }[];
}
interface PathData {
  path: { length: number; entities: { nameEn: string }[]; hops: Hop[] }[];
}

const HOP = `entity { nameEn } counterpart { nameEn } kind weight outletCount firstReported lastReported
  events { kind status date outletCount evidence { quote start end article { body } } }`;
const PATH = `query($a: ID!, $b: ID!, $via: [EdgeKind!], $planned: Boolean, $max: Int) {
  path(from: $a, to: $b, via: $via, includePlanned: $planned, maxHops: $max) { length entities { nameEn } hops { ${HOP} } }
}`;

async function idOf(client: Client, name: string): Promise<string> {
  const r = await client.query<{ search: { entity: { id: string; nameEn: string } }[] }>(
    `query($q: String!) { search(text: $q, first: 1) { entity { id nameEn } } }`,
    { q: name },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data!.search[0]?.entity.nameEn).toBe(name);
  return r.data!.search[0]!.entity.id;
}

const names = (p: PathData['path'][number]) => p.entities.map((e) => e.nameEn);

describeEachDatabase('relationship queries over the seed articles', (factory) => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await factory.open();
    await loadSeedsIfEmpty(database.db);
    client = testClient(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('path Khalid bin Salman → Sameh Shoukry goes through Blinken in two MET hops, with evidence', async () => {
    const r = await client.query<PathData>(PATH, { a: await idOf(client, 'Khalid bin Salman'), b: await idOf(client, 'Sameh Shoukry') });
    expect(r.errors).toBeUndefined();
    expect(r.data!.path.map(names)).toEqual([['Khalid bin Salman', 'Antony Blinken', 'Sameh Shoukry']]);
    const [path] = r.data!.path;
    expect(path!.hops.map((h) => [h.entity.nameEn, h.kind, h.counterpart.nameEn])).toEqual([
      ['Khalid bin Salman', 'MET', 'Antony Blinken'],
      ['Antony Blinken', 'MET', 'Sameh Shoukry'],
    ]);
    expect(path!.hops.map((h) => h.events.map((e) => [e.kind, e.status, e.date]))).toEqual([
      [['MEETING', 'OCCURRED', '2023-11-02']],
      [['PRESS_CONFERENCE', 'OCCURRED', '2024-03-21']],
    ]);
    for (const hop of path!.hops) {
      expect(hop.outletCount).toBe(1);
      for (const e of hop.events) for (const ev of e.evidence) expect(ev.article.body.slice(ev.start, ev.end)).toBe(ev.quote);
    }
  });

  it('Netanyahu is reached over meetings only through the planned one, and only when asked', async () => {
    const vars = { a: await idOf(client, 'Khalid bin Salman'), b: await idOf(client, 'Benjamin Netanyahu'), via: ['MET'] };
    const without = await client.query<PathData>(PATH, vars);
    expect(without.errors).toBeUndefined();
    expect(without.data!.path).toEqual([]);
    const withPlanned = await client.query<PathData>(PATH, { ...vars, planned: true });
    expect(withPlanned.data!.path.map(names)).toEqual([['Khalid bin Salman', 'Antony Blinken', 'Benjamin Netanyahu']]);
    expect(withPlanned.data!.path[0]!.hops.map((h) => h.kind)).toEqual(['MET', 'PLANNED_MEETING']);
    expect(new Set(withPlanned.data!.path[0]!.hops[1]!.events.map((e) => e.status))).toEqual(new Set(['PLANNED']));
  });

  it('relations(Blinken, MET) lists exactly his four counterparts; metWith agrees', async () => {
    const blinken = await idOf(client, 'Antony Blinken');
    const r = await client.query<{ relations: { totalCount: number; edges: { node: { counterpart: { nameEn: string }; eventCount: number } }[] } }>(
      `query($e: ID!) { relations(entity: $e, kinds: [MET]) { totalCount edges { node { counterpart { nameEn } eventCount } } } }`,
      { e: blinken },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.relations.totalCount).toBe(4);
    expect(r.data!.relations.edges.map((e) => e.node.counterpart.nameEn).sort()).toEqual([
      'Abdel Fattah el-Sisi',
      'Isaac Herzog',
      'Khalid bin Salman',
      'Sameh Shoukry',
    ]);
    const met = await client.query<{ metWith: { counterpart: { nameEn: string } }[] }>(
      `query($p: ID!) { metWith(person: $p) { counterpart { nameEn } } }`,
      { p: blinken },
    );
    expect(met.data!.metWith.map((m) => m.counterpart.nameEn).sort()).toEqual(r.data!.relations.edges.map((e) => e.node.counterpart.nameEn).sort());
  });

  it('network of meetings two hops around Khalid bin Salman', async () => {
    const r = await client.query<{
      network: { nodes: { entity: { nameEn: string }; distance: number; degree: number }[]; edges: { entity: { nameEn: string }; counterpart: { nameEn: string }; kind: string }[] };
    }>(
      `query($c: ID!) { network(centers: [$c], hops: 2, kinds: [MET]) { nodes { entity { nameEn } distance degree } edges { entity { nameEn } counterpart { nameEn } kind } } }`,
      { c: await idOf(client, 'Khalid bin Salman') },
    );
    expect(r.errors).toBeUndefined();
    const nodes = Object.fromEntries(r.data!.network.nodes.map((n) => [n.entity.nameEn, [n.distance, n.degree]]));
    expect(nodes).toEqual({
      'Khalid bin Salman': [0, 1],
      'Antony Blinken': [1, 4],
      'Isaac Herzog': [2, 1],
      'Sameh Shoukry': [2, 1],
      'Abdel Fattah el-Sisi': [2, 1],
    });
    expect(r.data!.network.edges).toHaveLength(4);
    expect(new Set(r.data!.network.edges.map((e) => e.kind))).toEqual(new Set(['MET']));
  });

  it('timeline of Khalid bin Salman: his one meeting', async () => {
    const r = await client.query<{ timeline: { totalCount: number; edges: { node: { kind: string; status: string; date: string } }[] } }>(
      `query($e: ID!) { timeline(entity: $e) { totalCount edges { node { kind status date } } } }`,
      { e: await idOf(client, 'Khalid bin Salman') },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.timeline).toEqual({ totalCount: 1, edges: [{ node: { kind: 'MEETING', status: 'OCCURRED', date: '2023-11-02' } }] });
  });

  it('search tolerates Arabic spelling variants and typos, showing the matched alias', async () => {
    const search = async (q: string) =>
      (
        await client.query<{ search: { entity: { nameEn: string }; alias: string; score: number }[] }>(
          `query($q: String!) { search(text: $q, kinds: [PERSON], first: 3) { entity { nameEn } alias score } }`,
          { q },
        )
      ).data!.search;
    // A missing ya (typo) and a jim for the ghain (spelling variant).
    expect((await search('بلنكن'))[0]).toMatchObject({ entity: { nameEn: 'Antony Blinken' }, alias: 'بلينكن' });
    expect((await search('هرتسوج'))[0]!.entity.nameEn).toBe('Isaac Herzog');
    expect((await search('Shoukry'))[0]).toMatchObject({ entity: { nameEn: 'Sameh Shoukry' }, score: 0.9 });
    expect(await search('زززز')).toEqual([]);
  });

  it('searchArticles finds text modulo hamza and diacritics', async () => {
    const q = `query($q: String!) { searchArticles(text: $q) { body } }`;
    const plain = await client.query<{ searchArticles: { body: string }[] }>(q, { q: 'سامح شكري' });
    expect(plain.errors).toBeUndefined();
    expect(plain.data!.searchArticles.length).toBeGreaterThan(0);
    for (const a of plain.data!.searchArticles) expect(a.body).toContain('شكري');
    // The same words written with a hamza on the alef and a shadda find the same articles.
    const variant = await client.query<{ searchArticles: { body: string }[] }>(q, { q: 'سامح شكرّي' });
    expect(variant.data!.searchArticles).toEqual(plain.data!.searchArticles);
  });

  it('dashboard aggregates: meetings by kind and top persons by meetings', async () => {
    const r = await client.query<{ eventCounts: { key: string; count: number }[]; topEntities: { entity: { nameEn: string }; count: number }[] }>(
      `{ eventCounts(groupBy: KIND, status: PLANNED) { key count } topEntities(by: MEETINGS, kind: PERSON, status: OCCURRED, limit: 2) { entity { nameEn } count } }`,
    );
    expect(r.errors).toBeUndefined();
    const planned = Object.fromEntries(r.data!.eventCounts.map((c) => [c.key, c.count]));
    // The planned Netanyahu meeting (reported by three articles) and the G7 meeting in Tokyo (two) are one event each.
    expect(planned.MEETING).toBe(2);
    expect(r.data!.topEntities[0]!.entity.nameEn).toBe('Antony Blinken');
    expect(r.data!.topEntities).toHaveLength(2);
  });
});

describeEachDatabase('relationship queries over a hand-built graph', (factory) => {
  let database: TestDatabase;
  let client: Client;
  const id: Record<string, string> = {};
  beforeAll(async () => {
    database = await factory.open();
    await writeHandGraph(database.db);
    client = testClient(database.db);
    for (const [key, [, , nameEn]] of Object.entries(HAND_ENTITIES)) id[key] = await idOf(client, nameEn);
  });
  afterAll(async () => {
    await database?.close();
  });

  const path = async (a: string, b: string, extra: Record<string, unknown> = {}) => {
    const r = await client.query<PathData>(PATH, { a: id[a], b: id[b], ...extra });
    expect(r.errors).toBeUndefined();
    return r.data!.path.map((p) => ({ entities: names(p).map((n) => n.split(' ')[0]), kinds: p.hops.map((h) => h.kind) }));
  };

  it('finds the direct edge through the cycle A–B–C, and prefers MET over CALLED on the same pair', async () => {
    expect(await path('A', 'C')).toEqual([{ entities: ['Ahmad', 'Jamal'], kinds: ['MET'] }]);
    expect(await path('B', 'C')).toEqual([{ entities: ['Basim', 'Jamal'], kinds: ['MET'] }]);
    expect(await path('B', 'C', { via: ['CALLED'] })).toEqual([{ entities: ['Basim', 'Jamal'], kinds: ['CALLED'] }]);
  });

  it('returns every shortest path (strongest first), none longer', async () => {
    // B–A is reported by two outlets, B–C by one: both paths are two hops, weight decides nothing, ids do.
    expect(await path('B', 'G')).toEqual([
      { entities: ['Basim', 'Ahmad', 'Ghassan'], kinds: ['MET', 'MET'] },
      { entities: ['Basim', 'Jamal', 'Ghassan'], kinds: ['MET', 'MET'] },
    ]);
  });

  it('a disconnected pair has no path; maxHops bounds the search', async () => {
    expect(await path('A', 'E')).toEqual([]);
    expect(await path('E', 'F')).toEqual([{ entities: ['Imad', 'Fadi'], kinds: ['MET'] }]);
    expect(await path('B', 'G', { max: 1 })).toEqual([]);
  });

  it('an entity reachable only through a PLANNED meeting is excluded unless asked', async () => {
    expect(await path('A', 'D')).toEqual([]);
    expect(await path('A', 'D', { planned: true })).toEqual([{ entities: ['Ahmad', 'Jamal', 'Dawud'], kinds: ['MET', 'PLANNED_MEETING'] }]);
    expect(await path('A', 'D', { via: ['MET', 'PLANNED_MEETING'] })).toEqual([{ entities: ['Ahmad', 'Jamal', 'Dawud'], kinds: ['MET', 'PLANNED_MEETING'] }]);
  });

  it('walks VISITED and HOLDS_ROLE_AT edges', async () => {
    expect(await path('L', 'O')).toEqual([{ entities: ['Lam', 'Ahmad', 'Basim', 'Ain'], kinds: ['VISITED', 'MET', 'HOLDS_ROLE_AT'] }]);
  });

  it('relations(A) ranks counterparts with corroboration and evidence', async () => {
    const r = await client.query<{
      relations: { totalCount: number; edges: { node: Hop & { direction: string; eventCount: number; articleCount: number; firstDate: string; lastDate: string } }[] };
    }>(
      `query($e: ID!) { relations(entity: $e, kinds: [MET, VISITED]) { totalCount edges { node { ${HOP} direction eventCount articleCount firstDate lastDate } } } }`,
      { e: id.A },
    );
    expect(r.errors).toBeUndefined();
    const rows = r.data!.relations.edges.map(({ node: n }) => [
      n.counterpart.nameEn, n.kind, n.direction, n.weight, n.eventCount, n.outletCount, n.articleCount, n.firstDate, n.firstReported, n.lastReported,
    ]);
    expect(r.data!.relations.totalCount).toBe(4);
    expect(rows).toEqual([
      ['Basim Two', 'MET', 'MUTUAL', 1, 1, 2, 2, '2024-01-05', '2024-01-10', '2024-01-12'],
      ['Jamal Three', 'MET', 'MUTUAL', 1, 1, 1, 1, '2024-02-01', '2024-02-01', '2024-02-01'],
      // equal weight and outlets: by counterpart id (Lam was created before Ghassan)
      ['Lam City', 'VISITED', 'OUTGOING', 1, 1, 1, 1, '2024-04-01', '2024-04-02', '2024-04-02'],
      ['Ghassan Seven', 'MET', 'MUTUAL', 1, 1, 1, 1, '2024-04-01', '2024-04-02', '2024-04-02'],
    ]);
    const ab = r.data!.relations.edges[0]!.node;
    expect(ab.events).toHaveLength(1);
    expect(ab.events[0]!.outletCount).toBe(2);
    expect(ab.events[0]!.evidence).toHaveLength(2);

    const roles = await client.query<{ relations: { edges: { node: { direction: string; counterpart: { nameEn: string }; roles: { title: string; evidence: { quote: string }[] }[] } }[] } }>(
      `query($e: ID!) { relations(entity: $e, kinds: [HOLDS_ROLE_AT]) { edges { node { direction counterpart { nameEn } roles { title evidence { quote } } } } } }`,
      { e: id.O },
    );
    expect(roles.data!.relations.edges).toEqual([
      { node: { direction: 'INCOMING', counterpart: { nameEn: 'Basim Two' }, roles: [{ title: 'Director', evidence: [{ quote: expect.stringContaining('باسم الثاني') }] }] } },
    ]);

    const mentioned = await client.query<{ relations: { edges: { node: { counterpart: { nameEn: string }; sentences: { quote: string }[] } }[] } }>(
      `query($e: ID!) { relations(entity: $e, kinds: [MENTIONED_WITH]) { edges { node { counterpart { nameEn } sentences { quote } } } } }`,
      { e: id.D },
    );
    expect(mentioned.data!.relations.edges).toEqual([
      { node: { counterpart: { nameEn: 'Jamal Three' }, sentences: [{ quote: 'خبر 4: جمال الثالث وداود الرابع.' }] } },
    ]);
  });

  it('network around A: one hop, lateral edges included, dated filter', async () => {
    const q = `query($c: ID!, $from: Date) { network(centers: [$c], hops: 1, from: $from) {
      nodes { entity { nameEn } distance degree } edges { entity { nameEn } counterpart { nameEn } kind weight outletCount } } }`;
    const r = await client.query<{ network: { nodes: { entity: { nameEn: string }; distance: number; degree: number }[]; edges: { entity: { nameEn: string }; counterpart: { nameEn: string }; kind: string; weight: number; outletCount: number }[] } }>(
      q,
      { c: id.A },
    );
    expect(r.errors).toBeUndefined();
    const edges = r.data!.network.edges.map((e) => `${e.entity.nameEn.split(' ')[0]}-${e.kind}-${e.counterpart.nameEn.split(' ')[0]}`);
    expect(edges[0]).toBe('Ahmad-MET-Basim'); // two outlets: heaviest first
    expect(edges.sort()).toEqual([
      'Ahmad-MET-Basim',
      'Ahmad-MET-Ghassan',
      'Ahmad-MET-Jamal',
      'Ahmad-VISITED-Lam',
      'Basim-CALLED-Jamal',
      'Basim-MET-Jamal',
      'Jamal-MET-Ghassan',
    ]);
    const nodes = Object.fromEntries(r.data!.network.nodes.map((n) => [n.entity.nameEn.split(' ')[0], [n.distance, n.degree]]));
    expect(nodes).toEqual({ Ahmad: [0, 4], Basim: [1, 3], Jamal: [1, 4], Ghassan: [1, 2], Lam: [1, 1] });

    // From March on, A's edges to B and C have no event: C is not reached, so neither is its edge to G.
    const later = await client.query<typeof r.data>(q, { c: id.A, from: '2024-03-01' });
    expect(later.data!.network.edges.map((e) => `${e.entity.nameEn.split(' ')[0]}-${e.kind}-${e.counterpart.nameEn.split(' ')[0]}`).sort()).toEqual([
      'Ahmad-MET-Ghassan',
      'Ahmad-VISITED-Lam',
    ]);
  });

  it('timeline(A) in date order with status, paged', async () => {
    const q = `query($e: ID!, $after: String) { timeline(entity: $e, first: 2, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind status date } } } }`;
    type T = { timeline: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: { node: { kind: string; status: string; date: string } }[] } };
    const first = await client.query<T>(q, { e: id.A });
    expect(first.errors).toBeUndefined();
    expect(first.data!.timeline.totalCount).toBe(4);
    const second = await client.query<T>(q, { e: id.A, after: first.data!.timeline.pageInfo.endCursor });
    expect([...first.data!.timeline.edges, ...second.data!.timeline.edges].map((e) => [e.node.kind, e.node.date])).toEqual([
      ['MEETING', '2024-01-05'],
      ['MEETING', '2024-02-01'],
      ['VISIT', '2024-04-01'], // same day: by id
      ['MEETING', '2024-04-01'],
    ]);
    expect(second.data!.timeline.pageInfo.hasNextPage).toBe(false);
    const place = await client.query<T>(`query($e: ID!) { timeline(entity: $e, kinds: [VISIT]) { totalCount pageInfo { hasNextPage endCursor } edges { node { kind status date } } } }`, { e: id.L });
    expect(place.data!.timeline.edges).toEqual([{ node: { kind: 'VISIT', status: 'OCCURRED', date: '2024-04-01' } }]);
  });

  it('aggregates: events by month and kind, filtered by outlet and status; top persons', async () => {
    const r = await client.query<Record<string, { key?: string; count: number; entity?: { nameEn: string } }[]>>(
      `{ months: eventCounts(groupBy: MONTH) { key count }
         wireOne: eventCounts(groupBy: KIND, outlet: "Wire One") { key count }
         planned: eventCounts(groupBy: KIND, status: PLANNED) { key count }
         meetings: topEntities(by: MEETINGS, status: OCCURRED, limit: 3) { entity { nameEn } count }
         mentions: topEntities(by: MENTIONS, kind: LOCATION) { entity { nameEn } count } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data!.months).toEqual([
      { key: '2024-01', count: 2 },
      { key: '2024-02', count: 1 },
      { key: '2024-03', count: 2 },
      { key: '2024-04', count: 2 },
      { key: '2024-05', count: 1 },
    ]);
    expect(r.data!.wireOne).toEqual([{ key: 'MEETING', count: 3 }]);
    expect(r.data!.planned).toEqual([{ key: 'MEETING', count: 1 }]);
    expect(r.data!.meetings).toEqual([
      { entity: { nameEn: 'Ahmad One' }, count: 3 },
      { entity: { nameEn: 'Jamal Three' }, count: 3 },
      { entity: { nameEn: 'Basim Two' }, count: 2 },
    ]);
    expect(r.data!.mentions).toEqual([{ entity: { nameEn: 'Lam City' }, count: 1 }]);
  });

  it('refuses arguments beyond their caps with BAD_USER_INPUT naming the cap', async () => {
    const cases: [string, Record<string, unknown>, RegExp][] = [
      [`query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 7) { length } }`, { a: id.A, b: id.B }, /"maxHops" must be at most 6/],
      [`query($a: ID!) { network(centers: [$a], hops: 4) { edges { kind } } }`, { a: id.A }, /"hops" must be at most 3/],
      [`query($a: ID!) { network(centers: [$a], limit: 501) { edges { kind } } }`, { a: id.A }, /"limit" must be at most 500/],
      [`{ topEntities(by: MENTIONS, limit: 101) { count } }`, {}, /"limit" must be at most 100/],
      [`query($a: ID!) { relations(entity: $a, first: 101) { totalCount } }`, { a: id.A }, /"first" must be at most 100/],
      [`query($a: ID!) { timeline(entity: $a, first: 101) { totalCount } }`, { a: id.A }, /"first" must be at most 100/],
      [`{ search(text: "x", first: 101) { score } }`, {}, /"first" must be at most 100/],
      [`query($a: ID!) { metWith(person: $a, first: 501) { eventCount } }`, { a: id.A }, /"first" must be at most 500/],
      [`query($a: ID!) { metWith(person: $a, first: -1) { eventCount } }`, { a: id.A }, /"first" must be an integer of at least 0/],
    ];
    for (const [query, variables, message] of cases) {
      const r = await client.query(query, variables);
      expect(r.errors?.[0]?.extensions?.code, query).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message).toMatch(message);
    }
  });
});

describeEachDatabase('relationship queries: statements per request do not grow with the result', (factory) => {
  let database: TestDatabase;
  let client: Client;
  beforeAll(async () => {
    database = await factory.open();
    await writeSyntheticArticles(database.db, 40);
    client = testClient(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it('relations, network, timeline and path issue a fixed number of statements', async () => {
    const hub = await idOf(client, 'Person 0');
    const RELATIONS = `query($e: ID!, $n: Int!) { relations(entity: $e, first: $n) { totalCount edges { node {
      counterpart { nameEn } kind outletCount events(first: 3) { date outletCount evidence { quote article { id } } } sentences(first: 3) { quote } roles { title } } } } }`;
    const small = await client.query<{ relations: { edges: unknown[] } }>(RELATIONS, { e: hub, n: 1 });
    const large = await client.query<{ relations: { edges: unknown[] } }>(RELATIONS, { e: hub, n: 60 });
    expect(large.errors).toBeUndefined();
    expect(small.data!.relations.edges).toHaveLength(1);
    expect(large.data!.relations.edges.length).toBeGreaterThan(40);
    // entity, pairs page and counterparts (one statement), events, corroboration, evidence, co-mention sentences, articles
    expect(large.statements).toHaveLength(6);
    expect(small.statements.length).toBeLessThanOrEqual(large.statements.length);

    const NETWORK = `query($e: ID!, $limit: Int!) { network(centers: [$e], hops: 2, limit: $limit) {
      nodes { entity { nameEn } degree } edges { entity { id } counterpart { id } weight outletCount events { date } } } }`;
    const smallNet = await client.query<{ network: { edges: unknown[] } }>(NETWORK, { e: hub, limit: 3 });
    const largeNet = await client.query<{ network: { edges: unknown[] } }>(NETWORK, { e: hub, limit: 200 });
    expect(largeNet.errors).toBeUndefined();
    expect(largeNet.data!.network.edges.length).toBeGreaterThan(smallNet.data!.network.edges.length);
    // entity check, one walk statement per level (2), edges, entities, events
    expect(largeNet.statements).toHaveLength(6);
    expect(smallNet.statements.length).toBeLessThanOrEqual(largeNet.statements.length);

    const TIMELINE = `query($e: ID!, $n: Int!) { timeline(entity: $e, first: $n) { totalCount edges { node { date status outletCount evidence { quote } participants { entity { nameEn } } } } } }`;
    const smallT = await client.query<{ timeline: { edges: unknown[] } }>(TIMELINE, { e: hub, n: 1 });
    const largeT = await client.query<{ timeline: { edges: unknown[] } }>(TIMELINE, { e: hub, n: 40 });
    expect(largeT.data!.timeline.edges).toHaveLength(40);
    // entity and page (one statement), corroboration, evidence, participants, entities
    expect(largeT.statements).toHaveLength(5);
    expect(smallT.statements).toHaveLength(largeT.statements.length);

    // metWith: the person, the page of counterparts and their names in ONE statement, whatever the page
    // size; the events behind each edge in one more (batched), and their evidence in one more.
    type M = { metWith: { counterpart: { id: string; nameEn: string }; eventCount: number; outletCount: number }[] };
    const METWITH = `query($p: ID!, $n: Int) { metWith(person: $p, first: $n) { counterpart { id nameEn } eventCount outletCount } }`;
    const oneMet = await client.query<M>(METWITH, { p: hub, n: 1 });
    const allMet = await client.query<M>(METWITH, { p: hub, n: 500 });
    expect(allMet.errors).toBeUndefined();
    expect(oneMet.data!.metWith).toHaveLength(1);
    expect(allMet.data!.metWith.length).toBeGreaterThan(5);
    expect(oneMet.statements).toHaveLength(1);
    expect(allMet.statements).toHaveLength(1);
    const withEvents = await client.query(`query($p: ID!) { metWith(person: $p) { counterpart { nameEn } events { date evidence { quote } } } }`, { p: hub });
    expect(withEvents.errors).toBeUndefined();
    expect(withEvents.statements).toHaveLength(3);

    // Ranked like relations(kinds: [MET]): event count, then distinct outlets, then id; `first` cuts the
    // same ranking (default page 50).
    const ranked = allMet.data!.metWith;
    for (let i = 1; i < ranked.length; i++) {
      const [a, b] = [ranked[i - 1]!, ranked[i]!];
      expect(a.eventCount > b.eventCount || (a.eventCount === b.eventCount && a.outletCount >= b.outletCount)).toBe(true);
    }
    const rel = await client.query<{ relations: { edges: { node: { counterpart: { id: string } } }[] } }>(
      `query($e: ID!) { relations(entity: $e, kinds: [MET], first: 100) { edges { node { counterpart { id } } } } }`,
      { e: hub },
    );
    expect(ranked.map((m) => m.counterpart.id)).toEqual(rel.data!.relations.edges.map((e) => e.node.counterpart.id).slice(0, ranked.length));
    const three = await client.query<M>(METWITH, { p: hub, n: 3 });
    expect(three.data!.metWith).toEqual(ranked.slice(0, 3));
    const byDefault = await client.query<M>(`query($p: ID!) { metWith(person: $p) { counterpart { id nameEn } eventCount outletCount } }`, { p: hub });
    expect(byDefault.data!.metWith).toEqual(ranked.slice(0, 50));

    // Two persons the hub met: connected through it.
    const met = await client.query<{ relations: { edges: { node: { counterpart: { id: string } } }[] } }>(
      `query($e: ID!) { relations(entity: $e, kinds: [MET], first: 2) { edges { node { counterpart { id } } } } }`,
      { e: hub },
    );
    const [x, y] = met.data!.relations.edges.map((e) => e.node.counterpart.id);
    const p = await client.query<PathData>(PATH, { a: x, b: y, via: ['MET'] });
    expect(p.errors).toBeUndefined();
    expect(p.data!.path.map((x) => x.length)).toEqual([2]);
    // endpoints check, one statement per BFS level (2: grows with the path's length, bounded by maxHops, not with
    // the number of paths or events), hops' edges, the middle entity, events, corroboration, evidence, articles
    expect(p.statements).toHaveLength(9);
  });
});
