import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import { encodeGlobalID } from '@pothos/plugin-relay';
import type { Sql } from 'postgres';
import { network } from '../graph/network.ts';
import { shortestPaths } from '../graph/path.ts';
import { DEFAULT_WALK_KINDS } from '../graph/relations.ts';
import { searchEntities } from '../graph/search.ts';
import { schema } from '../graphql/index.ts';
import { createApp } from '../server/yoga.ts';
import { type Database, type Db, openDatabase } from '../storage/database.ts';
import { recordStatements } from '../storage/statements.ts';

/**
 * `npm run bench -- [--json] [--database-url URL | --data-dir DIR] [--iterations N] [--warmup N] [--concurrency 16] [--duration S]`
 *
 * Runs a fixed mix of queries through Yoga (app.fetch, no network) against a graph built by
 * bench:seed, and for each reports p50/p95 latency, requests per second (one client), SQL statements
 * per request, and the p50 of the same answer computed by equivalent raw SQL in the same run (ratio =
 * GraphQL p50 / raw p50). For multi-step walks (path, network) and search, where no single statement
 * gives the same answer, the baseline is the graph-layer function the resolver calls. Then a throughput run: the metWith mix with N concurrent clients for S seconds.
 * Adding a query is one entry in QUERIES; entries whose root field is not in the schema are skipped.
 * Every loop is bounded in count and time; all traffic stays in this process and its database.
 */

const { values: opts } = parseArgs({
  options: {
    json: { type: 'boolean', default: false },
    'database-url': { type: 'string' },
    'data-dir': { type: 'string' },
    iterations: { type: 'string', default: '500' },
    warmup: { type: 'string', default: '300' },
    'max-seconds': { type: 'string', default: '20' },
    concurrency: { type: 'string', default: '16' },
    duration: { type: 'string', default: '10' },
  },
});
const ITERATIONS = Math.max(1, Math.min(100_000, Number(opts.iterations)));
const MAX_MS_PER_QUERY = Math.max(1, Number(opts['max-seconds'])) * 1000;
const CONCURRENCY = Math.max(1, Math.min(256, Number(opts.concurrency)));
const DURATION_MS = Math.max(1, Math.min(600, Number(opts.duration))) * 1000;
// Requests run before timing each query type (and its raw SQL), so both are measured with V8's optimised
// code and warm statement caches: steady-state serving, not start-up.
const WARMUP = Math.max(0, Math.min(100_000, Number(opts.warmup)));

type Raw = (text: string, params?: unknown[]) => Promise<unknown[]>;

/** Entities the mix is run for, chosen from the data: the highest-degree persons and typical ones. */
interface Picks {
  hubs: number[];
  typical: number[];
  names: string[];
}

interface BenchQuery {
  name: string;
  /** Root field the query needs; the entry is skipped when the schema has no such field. */
  field: string;
  query: string;
  variables: (p: Picks, i: number) => Record<string, unknown>;
  /** The same answer in hand-written SQL, for the GraphQL-over-SQL ratio. */
  raw?: { text: string; params: (p: Picks, i: number) => unknown[] };
  /**
   * Where one hand-written statement cannot give the same answer (multi-step walks), the graph-layer
   * function the resolver calls is the baseline: the ratio is then the cost of the GraphQL layer.
   */
  graph?: (db: Db, p: Picks, i: number) => Promise<unknown>;
}

const person = (id: number) => encodeGlobalID('Person', id);
const at = <T>(xs: T[], i: number): T => xs[i % xs.length]!;

// Each raw statement computes the same answer as its GraphQL query: same rows, same order, same limit
// (metWith's default page of 50, relations' and timeline's page of 20 plus the row telling hasNextPage).
// The page size is a parameter, as in the resolvers' statements: a literal LIMIT made PostgreSQL plan the
// raw statement anew on every execution (custom plans), which slowed the baseline, not the API.
const METWITH = `query($p: ID!) { metWith(person: $p) { counterpart { id nameEn nameAr } eventCount outletCount firstDate lastDate } }`;
const METWITH_RAW = `SELECT p.counterpart_id, c.name_en, c.name_ar, p.event_count, p.outlet_count, p.first_date, p.last_date
  FROM entity_pairs p JOIN entities c ON c.id = p.counterpart_id AND c.kind = 'PERSON'
  WHERE p.entity_id = $1 AND p.kind = 'MET'
  ORDER BY p.weight DESC, p.outlet_count DESC, p.counterpart_id LIMIT $2`;
const RELATIONS = `query($e: ID!) { relations(entity: $e, first: 20) { edges { node { counterpart { id nameEn } kind weight outletCount firstDate lastDate } } } }`;
const RELATIONS_RAW = `SELECT p.counterpart_id, c.name_en, p.kind, p.weight, p.outlet_count, p.first_date, p.last_date
  FROM entity_pairs p JOIN entities c ON c.id = p.counterpart_id
  WHERE p.entity_id = $1 ORDER BY p.weight DESC, p.outlet_count DESC, p.counterpart_id, p.kind LIMIT $2`;
const TIMELINE = `query($e: ID!) { timeline(entity: $e, first: 20) { edges { node { id kind status date evidence { quote } } } } }`;
const TIMELINE_RAW = `SELECT e.id, e.kind, e.status, e.date,
    (SELECT json_agg(ev.quote ORDER BY ev.article_id, ev.start) FROM event_evidence ev WHERE ev.event_id = e.id)
  FROM ((SELECT ep.event_id, ep.date FROM event_participants ep WHERE ep.entity_id = $1 ORDER BY 2 ASC NULLS LAST, 1 LIMIT $2)
        UNION ALL
        (SELECT l.id, l.date FROM events l WHERE l.location_id = $1
          AND NOT EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = l.id AND q.entity_id = $1) ORDER BY 2 ASC NULLS LAST, 1 LIMIT $2)
        ORDER BY 2 ASC NULLS LAST, 1 LIMIT $2) m
  JOIN events e ON e.id = m.event_id ORDER BY m.date ASC NULLS LAST, m.event_id`;
const EVENTS = `query($p: ID!) { events(participant: $p, first: 20) { totalCount edges { node { id kind status date participants { role entity { nameEn } } } } } }`;
const EVENTS_RAW = `SELECT e.id, e.kind, e.status, e.date, (SELECT count(*) FROM event_participants c WHERE c.entity_id = $1) AS total,
    (SELECT json_agg(json_build_array(pp.role, en.name_en) ORDER BY pp.entity_id) FROM event_participants pp JOIN entities en ON en.id = pp.entity_id WHERE pp.event_id = e.id)
  FROM (SELECT ep.event_id, ep.date FROM event_participants ep WHERE ep.entity_id = $1 ORDER BY ep.date DESC NULLS LAST, ep.event_id LIMIT $2) m
  JOIN events e ON e.id = m.event_id ORDER BY m.date DESC NULLS LAST, m.event_id`;
const ENTITIES = `query($q: String!) { entities(search: $q, first: 10) { totalCount edges { node { id nameEn nameAr } } } }`;
// The name rule of src/graph/search.ts (aliasMatch): exact, prefix, word prefix, then trigram similarity of
// the whole alias (%) or of a word run in it (<%).
const ENTITIES_RAW = `SELECT e.id, e.name_en, e.name_ar, count(*) OVER () FROM entities e JOIN (
    SELECT entity_id, max(CASE WHEN normalised = $1 THEN 1 WHEN normalised LIKE $1 || '%' THEN 0.95 WHEN normalised LIKE '% ' || $1 || '%' THEN 0.9
                               ELSE round(greatest(similarity(normalised, $1), word_similarity($1, normalised))::numeric, 3) END) AS score
    FROM aliases WHERE normalised = $1 OR normalised LIKE $1 || '%' OR normalised LIKE '% ' || $1 || '%' OR normalised % $1 OR $1 <% normalised
    GROUP BY entity_id
  ) m ON m.entity_id = e.id ORDER BY m.score DESC, e.id LIMIT $2`;
const SEARCH = `query($q: String!) { search(text: $q, first: 10) { alias score entity { id nameEn nameAr } } }`;
const PATH = `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4) { length entities { id nameEn } hops { kind weight outletCount } } }`;
const NETWORK = `query($c: ID!) {
  network(centers: [$c], hops: 2, limit: 500) {
    nodes { distance degree entity { id nameEn } }
    edges { kind weight outletCount entity { id } counterpart { id } }
  }
}`;

/** The mix. One entry per query type; `raw` gives the equivalent SQL. */
const QUERIES: BenchQuery[] = [
  { name: 'metWith_hub', field: 'metWith', query: METWITH, variables: (p, i) => ({ p: person(at(p.hubs, i)) }), raw: { text: METWITH_RAW, params: (p, i) => [at(p.hubs, i), 50] } },
  { name: 'metWith_typical', field: 'metWith', query: METWITH, variables: (p, i) => ({ p: person(at(p.typical, i)) }), raw: { text: METWITH_RAW, params: (p, i) => [at(p.typical, i), 50] } },
  { name: 'relations_hub', field: 'relations', query: RELATIONS, variables: (p, i) => ({ e: person(at(p.hubs, i)) }), raw: { text: RELATIONS_RAW, params: (p, i) => [at(p.hubs, i), 21] } },
  { name: 'relations_typical', field: 'relations', query: RELATIONS, variables: (p, i) => ({ e: person(at(p.typical, i)) }), raw: { text: RELATIONS_RAW, params: (p, i) => [at(p.typical, i), 21] } },
  { name: 'timeline_hub', field: 'timeline', query: TIMELINE, variables: (p, i) => ({ e: person(at(p.hubs, i)) }), raw: { text: TIMELINE_RAW, params: (p, i) => [at(p.hubs, i), 21] } },
  { name: 'timeline_typical', field: 'timeline', query: TIMELINE, variables: (p, i) => ({ e: person(at(p.typical, i)) }), raw: { text: TIMELINE_RAW, params: (p, i) => [at(p.typical, i), 21] } },
  { name: 'events_hub', field: 'events', query: EVENTS, variables: (p, i) => ({ p: person(at(p.hubs, i)) }), raw: { text: EVENTS_RAW, params: (p, i) => [at(p.hubs, i), 21] } },
  { name: 'events_typical', field: 'events', query: EVENTS, variables: (p, i) => ({ p: person(at(p.typical, i)) }), raw: { text: EVENTS_RAW, params: (p, i) => [at(p.typical, i), 21] } },
  { name: 'entities_search', field: 'entities', query: ENTITIES, variables: (p, i) => ({ q: at(p.names, i) }), raw: { text: ENTITIES_RAW, params: (p, i) => [at(p.names, i), 11] } },
  { name: 'search', field: 'search', query: SEARCH, variables: (p, i) => ({ q: at(p.names, i) }), graph: (db, p, i) => searchEntities(db, at(p.names, i), null, 10) },
  {
    name: 'path_4hops',
    field: 'path',
    query: PATH,
    variables: (p, i) => ({ a: person(at(p.typical, i)), b: person(at(p.typical, i + 7)) }),
    graph: (db, p, i) => shortestPaths(db, at(p.typical, i), at(p.typical, i + 7), { maxHops: 4, kinds: DEFAULT_WALK_KINDS }),
  },
  {
    name: 'network_2hops_500',
    field: 'network',
    query: NETWORK,
    variables: (p, i) => ({ c: person(at(p.hubs, i)) }),
    graph: (db, p, i) => network(db, [at(p.hubs, i)], { hops: 2, limit: 500, minWeight: 1, kinds: DEFAULT_WALK_KINDS }),
  },
];

// ---------------------------------------------------------------------------------------------- running

function rawClient(database: Database): Raw {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.driver === 'postgres') {
    const sql = client as Sql;
    return async (text, params = []) => [...(await sql.unsafe(text, params as never[]))];
  }
  const pg = client as PGlite;
  return async (text, params = []) => (await pg.query(text, params)).rows;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}
const round = (x: number, digits = 3) => (Number.isFinite(x) ? Number(x.toFixed(digits)) : null);

interface Result {
  name: string;
  p50_ms: number | null;
  p95_ms: number | null;
  rps: number | null;
  statements_per_request: number | null;
  raw_sql_p50_ms: number | null;
  ratio_p50: number | null;
  requests?: number;
  skipped?: string;
  /** What raw_sql_p50_ms measured: one hand-written statement, or the graph-layer function. */
  baseline?: 'sql' | 'graph';
}

/** Runs `fn` up to ITERATIONS times or MAX_MS_PER_QUERY, after a warm-up; returns sorted latencies and the elapsed time. */
async function measure(fn: (i: number) => Promise<void>): Promise<{ latencies: number[]; elapsed: number }> {
  for (let i = 0; i < WARMUP; i++) await fn(i);
  const latencies: number[] = [];
  const start = performance.now();
  for (let i = 0; i < ITERATIONS && performance.now() - start < MAX_MS_PER_QUERY; i++) {
    const t = performance.now();
    await fn(i);
    latencies.push(performance.now() - t);
  }
  return { latencies: latencies.sort((a, b) => a - b), elapsed: performance.now() - start };
}

type App = ReturnType<typeof createApp>;

async function graphql(app: App, query: string, variables: Record<string, unknown>) {
  const response = await app.fetch('http://bench/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { errors?: { message: string }[] };
  if (body.errors?.length) throw new Error(body.errors[0]!.message);
}

async function runQuery(app: App, raw: Raw, db: Db, q: BenchQuery, picks: Picks): Promise<Result> {
  const empty = { p50_ms: null, p95_ms: null, rps: null, statements_per_request: null, raw_sql_p50_ms: null, ratio_p50: null };
  if (!schema.getQueryType()?.getFields()[q.field]) return { name: q.name, ...empty, skipped: `no Query.${q.field} in the schema` };
  let statements = 0;
  let requests = 0;
  let gql: { latencies: number[]; elapsed: number };
  try {
    gql = await measure(async (i) => {
      const { statements: s } = await recordStatements(() => graphql(app, q.query, q.variables(picks, i)));
      statements += s.length;
      requests++;
    });
  } catch (error) {
    return { name: q.name, ...empty, skipped: error instanceof Error ? error.message : String(error) };
  }
  let rawP50: number | null = null;
  if (q.raw || q.graph) {
    try {
      const r = await measure(async (i) => {
        if (q.raw) await raw(q.raw.text, q.raw.params(picks, i));
        else await q.graph!(db, picks, i);
      });
      rawP50 = percentile(r.latencies, 50);
    } catch (error) {
      process.stderr.write(`  ${q.name}: raw SQL failed: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  const p50 = percentile(gql.latencies, 50);
  return {
    name: q.name,
    p50_ms: round(p50),
    p95_ms: round(percentile(gql.latencies, 95)),
    rps: round((gql.latencies.length / gql.elapsed) * 1000, 1),
    statements_per_request: round(statements / requests, 2),
    raw_sql_p50_ms: rawP50 === null ? null : round(rawP50),
    ratio_p50: rawP50 === null ? null : round(p50 / rawP50, 2),
    requests: gql.latencies.length,
    baseline: q.raw ? 'sql' : 'graph',
  };
}

/** CONCURRENCY clients issue `fn` back to back for DURATION_MS; returns latencies and requests per second. */
async function throughput(fn: (i: number) => Promise<void>) {
  const latencies: number[] = [];
  const start = performance.now();
  let next = 0;
  const client = async () => {
    while (performance.now() - start < DURATION_MS) {
      const i = next++;
      const t = performance.now();
      await fn(i);
      latencies.push(performance.now() - t);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, client));
  const elapsed = performance.now() - start;
  return { latencies: latencies.sort((a, b) => a - b), rps: (latencies.length / elapsed) * 1000 };
}

async function main(): Promise<void> {
  const url = opts['database-url'] ?? process.env.DATABASE_URL;
  const database = url
    ? await openDatabase({ driver: 'postgres', url, max: CONCURRENCY })
    : await openDatabase({ driver: 'pglite', dataDir: opts['data-dir'] ?? process.env.SHABAKA_DATA_DIR ?? './.data' });
  const raw = rawClient(database);
  const log = (message: string) => process.stderr.write(`${message}\n`);
  const count = async (table: string) => Number(((await raw(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[])[0]!.n);
  const [articles, entities, edges] = [await count('articles'), await count('entities'), await count('event_participants')];
  log(`bench: ${database.driver}, ${articles} articles, ${entities} entities, ${edges} event-participant edges`);

  const degrees = `SELECT p.entity_id AS id, count(*)::int AS degree FROM event_participants p JOIN entities e ON e.id = p.entity_id AND e.kind = 'PERSON' GROUP BY p.entity_id`;
  const hubs = ((await raw(`${degrees} ORDER BY degree DESC, id LIMIT 3`)) as { id: number }[]).map((r) => Number(r.id));
  const typical = ((await raw(`${degrees} HAVING count(*) BETWEEN 4 AND 8 ORDER BY md5(p.entity_id::text) LIMIT 50`)) as { id: number }[]).map((r) =>
    Number(r.id),
  );
  if (hubs.length === 0 || typical.length === 0) throw new Error('the database holds no graph: run `npm run bench:seed` first');
  const names = ((await raw(`SELECT name_ar FROM entities WHERE id = ANY($1::int[])`, [typical.slice(0, 20)])) as { name_ar: string }[]).map((r) =>
    r.name_ar.split(' ').slice(0, 2).join(' '),
  );
  const [hubDegree] = (await raw(`SELECT count(*)::int AS n FROM event_participants WHERE entity_id = $1`, [hubs[0]])) as { n: number }[];
  log(`  hubs ${hubs.join(', ')} (top degree ${hubDegree!.n}), ${typical.length} typical persons (degree 4–8)`);

  const app = createApp({ db: database.db, config: {} });
  const picks: Picks = { hubs, typical, names };
  const results: Result[] = [];
  for (const q of QUERIES) {
    const r = await runQuery(app, raw, database.db, q, picks);
    results.push(r);
    log(
      r.skipped
        ? `  ${q.name.padEnd(20)} skipped: ${r.skipped}`
        : `  ${q.name.padEnd(20)} p50 ${r.p50_ms} ms  p95 ${r.p95_ms} ms  ${r.rps} req/s  ${r.statements_per_request} stmt/req  ${r.baseline === 'graph' ? 'graph-layer' : 'raw SQL'} p50 ${r.raw_sql_p50_ms} ms  ratio ${r.ratio_p50}`,
    );
  }

  // Throughput: the metWith mix (one request in ten for a hub, the others for typical persons), CONCURRENCY clients.
  const mixed = (i: number) => (i % 10 === 0 ? at(hubs, i / 10) : at(typical, i));
  const gql = await throughput((i) => graphql(app, METWITH, { p: person(mixed(i)) }));
  const rawRun = await throughput(async (i) => {
    await raw(METWITH_RAW, [mixed(i), 50]);
  });
  const mix: Result = {
    name: `metWith_mix_c${CONCURRENCY}`,
    p50_ms: round(percentile(gql.latencies, 50)),
    p95_ms: round(percentile(gql.latencies, 95)),
    rps: round(gql.rps, 1),
    statements_per_request: null,
    raw_sql_p50_ms: round(percentile(rawRun.latencies, 50)),
    ratio_p50: round(percentile(gql.latencies, 50) / percentile(rawRun.latencies, 50), 2),
    requests: gql.latencies.length,
  };
  results.push(mix);
  log(`  ${mix.name.padEnd(20)} (1 hub : 9 typical) ${mix.rps} req/s over ${DURATION_MS / 1000} s (raw SQL ${round(rawRun.rps, 1)} req/s); p50 ${mix.p50_ms} ms p95 ${mix.p95_ms} ms`);

  if (opts.json) {
    const queries = results
      .filter((r) => !r.skipped)
      .map(({ name, p50_ms, p95_ms, rps, statements_per_request, raw_sql_p50_ms, ratio_p50 }) => ({
        name,
        p50_ms,
        p95_ms,
        rps,
        statements_per_request,
        raw_sql_p50_ms,
        ratio_p50,
      }));
    process.stdout.write(`${JSON.stringify({ database: database.driver, articles, entities, edges, queries })}\n`);
  }
  await database.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
