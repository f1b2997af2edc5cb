import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { PGlite } from '@electric-sql/pglite';
import cliProgress from 'cli-progress';
import type { Sql } from 'postgres';
import { refreshEntityPairs } from '../ingest/entity-pairs.ts';
import { paragraphFingerprints } from '../ingest/syndication.ts';
import { foldName } from '../nlp/normalise.ts';
import type { EventKind, EventStatus, ParticipantRole } from '../ontology/kinds.ts';
import { type Database, openDatabase } from '../storage/database.ts';

/**
 * `npm run bench:seed -- --articles N [--database-url URL | --data-dir DIR] [--seed S]`
 *
 * Builds a synthetic but realistic graph for benchmarks, bypassing the NLP pipeline but filling the
 * same tables an ingest fills (articles, sentences, entities, aliases, mentions, events, participants,
 * evidence with offsets into the synthetic bodies, roles and their evidence), then the derived tables.
 *   - power-law entity degrees (Pareto "fitness"), clustered co-participation: entities live in
 *     communities and mostly meet within them, a few global figures appear everywhere;
 *   - several outlets of unequal size; a third of the events also reported by other outlets in their
 *     own words, and a tenth of the articles syndicated copies of another outlet's article (same
 *     paragraphs, new intro and tail: syndicated_from / syndicated_source set as ingest would);
 *   - dates over seven years, OCCURRED / PLANNED / NEGATED mix;
 *   - about 2 events per article and 2.5 participants per event: N = 200,000 gives about a million
 *     event-participant edges.
 * Set-based: rows are generated in memory per batch of articles and written with one multi-row
 * INSERT … SELECT FROM unnest(arrays) per table and batch. Deterministic for a given --seed.
 */

export interface SeedOptions {
  articles: number;
  /** PRNG seed: the same seed builds the same graph. */
  seed?: number;
  /** Articles generated and written per round. */
  batch?: number;
  /** Keep secondary indexes during the load (slower; for a database that is being read meanwhile). */
  keepIndexes?: boolean;
  /** Progress lines and bar on stderr. */
  progress?: boolean;
}

export interface SeedSummary {
  database: Database['driver'];
  seconds: number;
  factsSeconds: number;
  pairsSeconds: number;
  counts: Record<string, number>;
  maxDegree: { entityId: number; events: number } | null;
}

const ROWS_PER_STATEMENT = 20_000;

/** Shape of the graph: edit here, nothing else depends on the numbers. */
const SHAPE = {
  entitiesPerArticle: 0.5,
  eventsPerArticle: 2,
  kindShare: { PERSON: 0.6, ORGANIZATION: 0.25, LOCATION: 0.15 },
  entitiesPerCommunity: 250,
  /** Pareto exponent of entity fitness: smaller is a heavier tail (bigger hubs). */
  paretoAlpha: 1.25,
  /** Chance that a participant is drawn from the whole graph (global figures) instead of the event's community. */
  globalPick: 0.2,
  orgParticipant: 0.12,
  located: 0.7,
  /** Share of events also reported, in their own words, by other outlets. */
  otherReports: 0.35,
  /** Share of articles that are syndicated copies of a recent article of another outlet (new intro and tail). */
  copies: 0.1,
  roleHolders: 0.04,
  outlets: ['الجزيرة', 'العربية', 'الشرق الأوسط', 'الأهرام', 'القدس العربي', 'سانا', 'وام', 'واس', 'قنا', 'كونا', 'أ ش أ', 'بترا'],
  outletsEn: ['Al Jazeera', 'Al Arabiya', 'Asharq Al-Awsat', 'Al-Ahram', 'Al-Quds Al-Arabi', 'SANA', 'WAM', 'SPA', 'QNA', 'KUNA', 'MENA', 'Petra'],
  firstDay: Date.UTC(2019, 0, 1),
  days: 7 * 365,
} as const;

const KINDS: [EventKind, number][] = [
  ['MEETING', 0.35],
  ['CALL', 0.2],
  ['VISIT', 0.12],
  ['PRESS_CONFERENCE', 0.1],
  ['SUMMIT', 0.05],
  ['STATEMENT', 0.18],
];
const STATUSES: [EventStatus, number][] = [
  ['OCCURRED', 0.8],
  ['PLANNED', 0.15],
  ['NEGATED', 0.05],
];
const TRIGGER: Record<EventKind, Record<EventStatus, string>> = {
  MEETING: { OCCURRED: 'التقى', PLANNED: 'يلتقي', NEGATED: 'نفى لقاء' },
  CALL: { OCCURRED: 'اتصل', PLANNED: 'يتصل', NEGATED: 'نفى اتصال' },
  VISIT: { OCCURRED: 'زار', PLANNED: 'يزور', NEGATED: 'نفى زيارة' },
  PRESS_CONFERENCE: { OCCURRED: 'عقد مؤتمرا صحفيا', PLANNED: 'يعقد مؤتمرا صحفيا', NEGATED: 'ألغى مؤتمرا صحفيا' },
  SUMMIT: { OCCURRED: 'شارك في قمة', PLANNED: 'يشارك في قمة', NEGATED: 'قاطع قمة' },
  STATEMENT: { OCCURRED: 'صرح', PLANNED: 'سيصرح', NEGATED: 'نفى تصريح' },
};
const ROLE_OF: Record<EventKind, [ParticipantRole, ParticipantRole]> = {
  MEETING: ['HOST', 'GUEST'],
  CALL: ['CALLER', 'CALLEE'],
  VISIT: ['VISITOR', 'HOST'],
  PRESS_CONFERENCE: ['SPEAKER', 'SPEAKER'],
  SUMMIT: ['PARTICIPANT', 'PARTICIPANT'],
  STATEMENT: ['SPEAKER', 'PARTICIPANT'],
};

const FIRST_AR = 'محمد أحمد علي حسن خالد عمر يوسف إبراهيم عبدالله سعيد فيصل ناصر سلمان طارق كريم ماجد وليد هشام سامي رامي جمال عادل منصور زياد بسام نبيل مروان فادي أيمن حمد سلطان راشد جاسم مصطفى ياسر عماد أنور شريف فؤاد'.split(' ');
const FIRST_EN = 'Muhammad Ahmad Ali Hasan Khalid Umar Yusuf Ibrahim Abdullah Said Faisal Nasir Salman Tariq Karim Majid Walid Hisham Sami Rami Jamal Adil Mansur Ziyad Bassam Nabil Marwan Fadi Ayman Hamad Sultan Rashid Jasim Mustafa Yasir Imad Anwar Sharif Fuad'.split(' ');
const FAMILY_AR = 'العلي الحسن الخطيب النجار الحداد الشامي المصري العراقي الزين الأحمد السالم القاسم المنصور الرشيد الكبيسي الدوري الصباح الثاني الهاشمي التميمي العمري الشمري العتيبي القحطاني الدوسري الغامدي الزهراني البلوشي الكعبي المري الجابري السويدي الفلاسي النعيمي الشحي الظاهري العامري البدوي الحلبي'.split(' ');
const FAMILY_EN = 'al-Ali al-Hasan al-Khatib al-Najjar al-Haddad al-Shami al-Masri al-Iraqi al-Zein al-Ahmad al-Salim al-Qasim al-Mansur al-Rashid al-Kubaisi al-Duri al-Sabah al-Thani al-Hashimi al-Tamimi al-Umari al-Shammari al-Utaybi al-Qahtani al-Dosari al-Ghamdi al-Zahrani al-Balushi al-Kaabi al-Marri al-Jabiri al-Suwaidi al-Falasi al-Nuaimi al-Shehhi al-Dhaheri al-Amiri al-Badawi al-Halabi'.split(' ');
const ORG_AR = ['وزارة', 'حزب', 'هيئة', 'مجلس', 'اتحاد', 'شركة', 'جمعية', 'بنك'];
const ORG_EN = ['Ministry', 'Party', 'Authority', 'Council', 'Union', 'Company', 'Association', 'Bank'];
const PLACE_AR = 'عمان الرياض القاهرة بغداد دمشق بيروت الدوحة أبوظبي دبي الكويت المنامة مسقط الرباط تونس الجزائر طرابلس الخرطوم صنعاء غزة القدس'.split(' ');
const PLACE_EN = 'Amman Riyadh Cairo Baghdad Damascus Beirut Doha Abu-Dhabi Dubai Kuwait Manama Muscat Rabat Tunis Algiers Tripoli Khartoum Sanaa Gaza Jerusalem'.split(' ');
const ROLE_TITLES: [string, string][] = [
  ['Minister of Foreign Affairs', 'وزير الخارجية'],
  ['President', 'الرئيس'],
  ['Prime Minister', 'رئيس الوزراء'],
  ['Minister of Defence', 'وزير الدفاع'],
  ['Spokesperson', 'المتحدث الرسمي'],
];

// ---------------------------------------------------------------------------------------------- random

/** mulberry32: small, fast, seedable; the same --seed builds the same graph. */
function rng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let random = rng(42);
const int = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
function weighted<T>(table: readonly [T, number][]): T {
  let r = random();
  for (const [value, w] of table) if ((r -= w) < 0) return value;
  return table[table.length - 1]![0];
}

/** Weighted sampling by cumulative sums and binary search. */
class Sampler {
  private readonly cumulative: Float64Array;
  constructor(
    readonly ids: Int32Array,
    weights: ArrayLike<number>,
  ) {
    this.cumulative = new Float64Array(ids.length);
    let sum = 0;
    for (let i = 0; i < ids.length; i++) this.cumulative[i] = sum += weights[i]!;
  }
  get size() {
    return this.ids.length;
  }
  sample(): number {
    const target = random() * this.cumulative[this.cumulative.length - 1]!;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return this.ids[lo]!;
  }
}

const isoDay = (day: number) => new Date(SHAPE.firstDay + day * 86_400_000).toISOString().slice(0, 10);

// ---------------------------------------------------------------------------------------------- writer

interface Column {
  name: string;
  type: 'int' | 'text' | 'date' | 'real';
  cast?: string;
}
type Rows = Record<string, unknown[]>;

type Exec = (text: string, params?: unknown[]) => Promise<unknown[]>;

/** Runs SQL on either driver, bypassing the ORM for bulk writes. */
function rawClient(database: Database): {
  exec: Exec;
  /** Several statements in one round trip, on one connection (no parameters). */
  execScript: (text: string) => Promise<void>;
  copy: ((table: string, columns: Column[], rows: Rows) => Promise<void>) | null;
} {
  const client = (database.db as unknown as { $client: unknown }).$client;
  if (database.driver === 'postgres') {
    const sql = client as Sql;
    return {
      exec: async (text, params = []) => [...(await sql.unsafe(text, params as never[]))],
      execScript: async (text) => {
        await sql.unsafe(text).simple();
      },
      copy: async (table, columns, rows) => {
        const names = columns.map((c) => `"${c.name}"`).join(', ');
        const stream = await sql.unsafe(`COPY ${table} (${names}) FROM STDIN`).writable();
        const n = rows[columns[0]!.name]!.length;
        const cols = columns.map((c) => rows[c.name]!);
        const done = new Promise<void>((resolve, reject) => {
          stream.on('finish', resolve);
          stream.on('error', reject);
        });
        const CHUNK = 2_000;
        for (let from = 0; from < n; from += CHUNK) {
          let text = '';
          for (let i = from; i < Math.min(n, from + CHUNK); i++) text += `${cols.map((col) => copyValue(col[i])).join('\t')}\n`;
          if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
        }
        stream.end();
        await done;
      },
    };
  }
  const pg = client as PGlite;
  return {
    exec: async (text, params = []) => (await pg.query(text, params)).rows,
    execScript: async (text) => {
      await pg.exec(text);
    },
    copy: null,
  };
}

/** A value in COPY's text format. */
function copyValue(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  return String(v).replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}

class BulkWriter {
  readonly totals = new Map<string, number>();
  /** Milliseconds spent writing each table. */
  readonly millis = new Map<string, number>();
  constructor(
    private readonly exec: Exec,
    private readonly copy: ((table: string, columns: Column[], rows: Rows) => Promise<void>) | null,
  ) {}

  /** COPY on PostgreSQL; elsewhere (or with an ON CONFLICT suffix) INSERT … SELECT FROM unnest(arrays). */
  async insert(table: string, columns: Column[], rows: Rows, suffix = ''): Promise<void> {
    const t = performance.now();
    try {
      await this.write(table, columns, rows, suffix);
    } finally {
      this.millis.set(table, (this.millis.get(table) ?? 0) + performance.now() - t);
    }
  }

  private async write(table: string, columns: Column[], rows: Rows, suffix: string): Promise<void> {
    const n = rows[columns[0]!.name]!.length;
    if (this.copy && !suffix) {
      if (n > 0) await this.copy(table, columns, rows);
      this.totals.set(table, (this.totals.get(table) ?? 0) + n);
      return;
    }
    for (let from = 0; from < n; from += ROWS_PER_STATEMENT) {
      const params = columns.map((c) => arrayLiteral(rows[c.name]!.slice(from, from + ROWS_PER_STATEMENT)));
      const names = columns.map((c) => `"${c.name}"`).join(', ');
      const select = columns.map((c, i) => (c.cast ? `c${i}::${c.cast}` : `c${i}`)).join(', ');
      const unnest = columns.map((c, i) => `$${i + 1}::text::${c.type}[]`).join(', ');
      const aliases = columns.map((_, i) => `c${i}`).join(', ');
      await this.exec(`INSERT INTO ${table} (${names}) SELECT ${select} FROM unnest(${unnest}) AS u(${aliases}) ${suffix}`, params);
    }
    this.totals.set(table, (this.totals.get(table) ?? 0) + n);
  }
}

/**
 * A PostgreSQL array literal, passed as one text parameter: the same on both drivers, whatever their
 * own array serialisation (postgres.js under Drizzle does not serialise array parameters).
 */
function arrayLiteral(values: unknown[]): string {
  const items = values.map((v) => (v === null || v === undefined ? 'NULL' : `"${String(v).replace(/[\\"]/g, '\\$&')}"`));
  return `{${items.join(',')}}`;
}

function rowsOf(columns: Column[]): Rows {
  return Object.fromEntries(columns.map((c) => [c.name, []]));
}

const COLS = {
  entities: [
    { name: 'id', type: 'int' },
    { name: 'kind', type: 'text', cast: 'entity_kind' },
    { name: 'name_ar', type: 'text' },
    { name: 'name_en', type: 'text' },
    { name: 'name_en_source', type: 'text', cast: 'name_source' },
  ],
  aliases: [
    { name: 'entity_id', type: 'int' },
    { name: 'alias', type: 'text' },
    { name: 'normalised', type: 'text' },
  ],
  roles: [
    { name: 'id', type: 'int' },
    { name: 'person_id', type: 'int' },
    { name: 'title', type: 'text' },
    { name: 'title_ar', type: 'text' },
    { name: 'affiliation_id', type: 'int' },
  ],
  articles: [
    { name: 'id', type: 'int' },
    { name: 'outlet_id', type: 'int' },
    { name: 'title', type: 'text' },
    { name: 'body', type: 'text' },
    { name: 'language', type: 'text' },
    { name: 'published_at', type: 'date' },
    { name: 'content_hash', type: 'text' },
    { name: 'paragraph_hashes', type: 'text', cast: 'text[]' },
    { name: 'syndicated_from', type: 'int' },
    { name: 'syndicated_source', type: 'text' },
  ],
  sentences: [
    { name: 'article_id', type: 'int' },
    { name: 'index', type: 'int' },
    { name: 'start', type: 'int' },
    { name: 'end', type: 'int' },
  ],
  mentions: [
    { name: 'article_id', type: 'int' },
    { name: 'entity_id', type: 'int' },
    { name: 'start', type: 'int' },
    { name: 'end', type: 'int' },
    { name: 'text', type: 'text' },
    { name: 'sentence_index', type: 'int' },
    { name: 'method', type: 'text', cast: 'link_method' },
    { name: 'confidence', type: 'real' },
  ],
  events: [
    { name: 'id', type: 'int' },
    { name: 'kind', type: 'text', cast: 'event_kind' },
    { name: 'status', type: 'text', cast: 'event_status' },
    { name: 'date', type: 'date' },
    { name: 'date_precision', type: 'text', cast: 'date_precision' },
    { name: 'location_id', type: 'int' },
    { name: 'signature', type: 'text' },
  ],
  event_participants: [
    { name: 'event_id', type: 'int' },
    { name: 'entity_id', type: 'int' },
    { name: 'role', type: 'text', cast: 'participant_role' },
    { name: 'date', type: 'date' },
  ],
  event_evidence: [
    { name: 'event_id', type: 'int' },
    { name: 'article_id', type: 'int' },
    { name: 'sentence_index', type: 'int' },
    { name: 'start', type: 'int' },
    { name: 'end', type: 'int' },
    { name: 'quote', type: 'text' },
    { name: 'trigger', type: 'text' },
  ],
  role_evidence: [
    { name: 'role_id', type: 'int' },
    { name: 'article_id', type: 'int' },
    { name: 'sentence_index', type: 'int' },
    { name: 'start', type: 'int' },
    { name: 'end', type: 'int' },
    { name: 'quote', type: 'text' },
  ],
} satisfies Record<string, Column[]>;

// ---------------------------------------------------------------------------------------------- graph

interface SynthEvent {
  id: number;
  kind: EventKind;
  status: EventStatus;
  date: string;
  locationId: number | null;
  participants: number[];
  /** Articles reporting it: the first is the primary, the others syndicated copies. */
  articles: number[];
}

/** Writes a synthetic graph of `options.articles` articles into an opened (migrated) database. */
export async function seedBenchGraph(database: Database, options: SeedOptions): Promise<SeedSummary> {
  const N = options.articles;
  if (!Number.isInteger(N) || N < 1 || N > 2_000_000) throw new Error('articles must be an integer in 1..2,000,000');
  const ARTICLE_BATCH = options.batch ?? 5000;
  const seed = options.seed ?? 42;
  random = rng(seed);
  const t0 = performance.now();
  const { exec, execScript, copy } = rawClient(database);
  const writer = new BulkWriter(exec, copy);
  const log = (message: string) => {
    if (options.progress) process.stderr.write(`${message}\n`);
  };
  log(`bench:seed: ${N} articles into ${database.driver}`);

  // Ids continue after what the database already holds, so a seeded database can be extended.
  const base: Record<string, number> = {};
  for (const table of ['entities', 'articles', 'events', 'roles', 'outlets']) {
    const [row] = (await exec(`SELECT coalesce(max(id), 0)::int AS max FROM ${table}`)) as { max: number }[];
    base[table] = Number(row!.max);
  }

  // Secondary indexes are dropped for the load and rebuilt once at the end (much faster than
  // maintaining them row by row); constraint indexes (primary keys, unique keys) stay.
  const deferred = options.keepIndexes ? [] : await dropSecondaryIndexes(exec);

  // Outlets, of unequal size (Zipf weights).
  const outletIds: number[] = [];
  for (const name of SHAPE.outlets) {
    const [row] = (await exec(
      `INSERT INTO outlets (name) VALUES ($1) ON CONFLICT (name) DO UPDATE SET name = excluded.name RETURNING id`,
      [name],
    )) as { id: number }[];
    outletIds.push(Number(row!.id));
  }
  const outletSampler = new Sampler(Int32Array.from(outletIds.keys()), outletIds.map((_, i) => 1 / (i + 1)));

  // Entities, in communities, with Pareto fitness.
  const E = Math.max(60, Math.round(N * SHAPE.entitiesPerArticle));
  const C = Math.max(1, Math.round(E / SHAPE.entitiesPerCommunity));
  const kindOf = new Array<string>(E + 1);
  const nameOf = new Array<string>(E + 1);
  const communityOf = new Int32Array(E + 1);
  const fitness = new Float64Array(E + 1);
  const entityRows = rowsOf(COLS.entities);
  const aliasRows = rowsOf(COLS.aliases);
  const byCommunity = { PERSON: [] as number[][], ORGANIZATION: [] as number[][], LOCATION: [] as number[][] };
  for (const list of Object.values(byCommunity)) for (let c = 0; c < C; c++) list.push([]);
  for (let i = 1; i <= E; i++) {
    const id = base.entities! + i;
    const r = random();
    const kind = r < SHAPE.kindShare.PERSON ? 'PERSON' : r < SHAPE.kindShare.PERSON + SHAPE.kindShare.ORGANIZATION ? 'ORGANIZATION' : 'LOCATION';
    let ar: string;
    let en: string;
    if (kind === 'PERSON') {
      const [f, m, l] = [int(0, FIRST_AR.length - 1), int(0, FIRST_AR.length - 1), int(0, FAMILY_AR.length - 1)];
      ar = `${FIRST_AR[f]} ${FIRST_AR[m]} ${FAMILY_AR[l]}`;
      en = `${FIRST_EN[f]} ${FIRST_EN[m]} ${FAMILY_EN[l]}`;
    } else if (kind === 'ORGANIZATION') {
      const [o, p] = [int(0, ORG_AR.length - 1), int(0, FAMILY_AR.length - 1)];
      ar = `${ORG_AR[o]} ${FAMILY_AR[p]} ${i}`;
      en = `${ORG_EN[o]} ${FAMILY_EN[p]} ${i}`;
    } else {
      const p = int(0, PLACE_AR.length - 1);
      ar = `${PLACE_AR[p]} ${i}`;
      en = `${PLACE_EN[p]} ${i}`;
    }
    const community = Math.floor(random() * C);
    kindOf[i] = kind;
    nameOf[i] = ar;
    communityOf[i] = community;
    fitness[i] = Math.pow(1 - random(), -1 / SHAPE.paretoAlpha);
    byCommunity[kind][community]!.push(i);
    entityRows.id!.push(id);
    entityRows.kind!.push(kind);
    entityRows.name_ar!.push(ar);
    entityRows.name_en!.push(en);
    entityRows.name_en_source!.push('TRANSLITERATION');
    for (const alias of [ar, en]) {
      aliasRows.entity_id!.push(id);
      aliasRows.alias!.push(alias);
      aliasRows.normalised!.push(foldName(alias));
    }
  }
  const samplerOf = (ids: number[]) => new Sampler(Int32Array.from(ids), ids.map((i) => fitness[i]!));
  const allOf = (kind: keyof typeof byCommunity) => byCommunity[kind].flat();
  const global = { PERSON: samplerOf(allOf('PERSON')), ORGANIZATION: samplerOf(allOf('ORGANIZATION')), LOCATION: samplerOf(allOf('LOCATION')) };
  const local = {
    PERSON: byCommunity.PERSON.map(samplerOf),
    ORGANIZATION: byCommunity.ORGANIZATION.map(samplerOf),
    LOCATION: byCommunity.LOCATION.map(samplerOf),
  };
  const drawFrom = (kind: keyof typeof byCommunity, community: number): number => {
    const s = local[kind][community]!;
    return random() < SHAPE.globalPick || s.size === 0 ? global[kind].sample() : s.sample();
  };
  await writer.insert('entities', COLS.entities, entityRows);
  await writer.insert('aliases', COLS.aliases, aliasRows, 'ON CONFLICT DO NOTHING');
  log(`  entities: ${E} in ${C} communities (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // Roles of a few persons, affiliated to a place of their community.
  const roleOf = new Map<number, { id: number; titleAr: string }>();
  const roleRows = rowsOf(COLS.roles);
  for (const person of global.PERSON.ids) {
    if (random() >= SHAPE.roleHolders) continue;
    const [title, titleAr] = pick(ROLE_TITLES);
    const id = base.roles! + roleOf.size + 1;
    const places = byCommunity.LOCATION[communityOf[person]!]!;
    roleOf.set(person, { id, titleAr });
    roleRows.id!.push(id);
    roleRows.person_id!.push(base.entities! + person);
    roleRows.title!.push(title);
    roleRows.title_ar!.push(titleAr);
    roleRows.affiliation_id!.push(places.length > 0 ? base.entities! + pick(places) : null);
  }
  await writer.insert('roles', COLS.roles, roleRows, 'ON CONFLICT DO NOTHING');

  // Articles' dates (sorted), then events assigned to articles in date order.
  const articleDay = Int32Array.from({ length: N }, () => int(0, SHAPE.days - 1)).sort();
  // Syndicated copies: an article copies a recent original (never a copy: copies point at the root).
  const originalOf = new Int32Array(N).fill(-1);
  const originals: number[] = [];
  for (let a = 0; a < N; a++) {
    if (a > 0 && random() < SHAPE.copies) {
      const o = a - int(1, Math.min(a, 40));
      originalOf[a] = originalOf[o]! >= 0 ? originalOf[o]! : o;
    } else {
      originals.push(a);
    }
  }
  const M = Math.round(N * SHAPE.eventsPerArticle);
  const events: SynthEvent[] = [];
  const eventsOfArticle: number[][] = Array.from({ length: N }, () => []);
  const signatures = new Set<string>();
  for (let k = 0; k < M; k++) {
    const slot = Math.min(originals.length - 1, Math.floor((k * originals.length) / M));
    const article = originals[slot]!;
    const kind = weighted(KINDS);
    const status = weighted(STATUSES);
    const day = articleDay[article]! + (status === 'PLANNED' ? int(1, 30) : -int(0, 2));
    const community = communityOf[int(1, E)]!;
    const size =
      kind === 'SUMMIT' ? int(5, 12) : kind === 'STATEMENT' ? int(1, 2) : kind === 'MEETING' || kind === 'PRESS_CONFERENCE' ? (random() < 0.7 ? 2 : int(3, 4)) : 2;
    const ids = new Set<number>();
    for (let tries = 0; ids.size < size && tries < size * 4; tries++) {
      ids.add(drawFrom(random() < SHAPE.orgParticipant ? 'ORGANIZATION' : 'PERSON', community));
    }
    const participants = [...ids];
    const locationId = kind === 'VISIT' || random() < SHAPE.located ? drawFrom('LOCATION', community) : null;
    const date = isoDay(Math.max(0, day));
    const signature = `${kind}|${status}|${date}|${locationId === null ? '?' : base.entities! + locationId}|${participants
      .map((p) => base.entities! + p)
      .sort((a, b) => a - b)
      .join(',')}`;
    if (signatures.has(signature)) continue;
    signatures.add(signature);
    const reporting = [article];
    if (random() < SHAPE.otherReports) {
      const reports = int(1, 3);
      for (let c = 0; c < reports; c++) {
        const other = originals[Math.min(originals.length - 1, slot + int(1, 40))]!;
        if (!reporting.includes(other)) reporting.push(other);
      }
    }
    const event: SynthEvent = { id: base.events! + events.length + 1, kind, status, date, locationId, participants, articles: reporting };
    events.push(event);
    for (const a of reporting) eventsOfArticle[a]!.push(events.length - 1);
  }
  for (let a = 0; a < N; a++) if (originalOf[a]! >= 0) eventsOfArticle[a] = [...eventsOfArticle[originalOf[a]!]!];
  log(`  events planned: ${events.length} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);

  // Articles in batches: bodies, sentences, mentions, evidence, and the events first reported in the batch.
  const bar = !options.progress
    ? null
    : new cliProgress.SingleBar({ format: '  articles {bar} {value}/{total} | {eta_formatted} left', stream: process.stderr }, cliProgress.Presets.shades_classic);
  bar?.start(N, 0);
  const primaryOutlet = new Int32Array(N);
  for (let a = 0; a < N; a++) {
    primaryOutlet[a] = outletSampler.sample();
    const o = originalOf[a]!;
    if (o >= 0 && primaryOutlet[a] === primaryOutlet[o]) primaryOutlet[a] = (primaryOutlet[o]! + 1) % outletIds.length;
  }
  for (let from = 0; from < N; from += ARTICLE_BATCH) {
    const to = Math.min(N, from + ARTICLE_BATCH);
    const rows = Object.fromEntries(Object.entries(COLS).map(([t, cols]) => [t, rowsOf(cols)])) as Record<keyof typeof COLS, Rows>;
    for (let a = from; a < to; a++) {
      const articleId = base.articles! + a + 1;
      const outlet = primaryOutlet[a]!;
      let body = '';
      let index = 0;
      const sentence = (text: string) => {
        const start = body.length;
        body += (body ? '\n' : '') + text;
        const s = body.length - text.length;
        rows.sentences.article_id!.push(articleId);
        rows.sentences.index!.push(index);
        rows.sentences.start!.push(s);
        rows.sentences.end!.push(body.length);
        void start;
        return { index: index++, start: s };
      };
      const rolesStated = new Set<number>();
      const root = originalOf[a]! >= 0 ? originalOf[a]! : a;
      sentence(`أفاد ${SHAPE.outlets[outlet]} في تقريره رقم ${articleId}-${seed}:`);
      for (const k of eventsOfArticle[a]!) {
        const e = events[k]!;
        const trigger = TRIGGER[e.kind][e.status];
        // Build the sentence and the spans of each name in it; other outlets' own reports say it differently.
        let text = e.articles[0] === root ? trigger : `وبحسب مصادر متطابقة ${trigger}`;
        const spans: { entity: number; start: number; end: number }[] = [];
        const roleSpans: { role: number }[] = [];
        e.participants.forEach((p, i) => {
          text += i === 0 ? ' ' : ' و';
          const role = roleOf.get(p);
          if (role) {
            text += `${role.titleAr} `;
            roleSpans.push({ role: role.id });
          }
          spans.push({ entity: p, start: text.length, end: text.length + nameOf[p]!.length });
          text += nameOf[p];
        });
        if (e.locationId !== null) {
          text += ' في ';
          spans.push({ entity: e.locationId, start: text.length, end: text.length + nameOf[e.locationId]!.length });
          text += nameOf[e.locationId];
        }
        text += ` بتاريخ ${e.date}.`;
        const s = sentence(text);
        for (const span of spans) {
          rows.mentions.article_id!.push(articleId);
          rows.mentions.entity_id!.push(base.entities! + span.entity);
          rows.mentions.start!.push(s.start + span.start);
          rows.mentions.end!.push(s.start + span.end);
          rows.mentions.text!.push(nameOf[span.entity]);
          rows.mentions.sentence_index!.push(s.index);
          rows.mentions.method!.push(random() < 0.7 ? 'LEXICON_NORMALISED' : 'NER');
          rows.mentions.confidence!.push(0.8 + random() * 0.2);
        }
        rows.event_evidence.event_id!.push(e.id);
        rows.event_evidence.article_id!.push(articleId);
        rows.event_evidence.sentence_index!.push(s.index);
        rows.event_evidence.start!.push(s.start);
        rows.event_evidence.end!.push(s.start + text.length);
        rows.event_evidence.quote!.push(text);
        rows.event_evidence.trigger!.push(trigger.split(' ')[0]!);
        for (const { role } of roleSpans) {
          if (rolesStated.has(role)) continue;
          rolesStated.add(role);
          rows.role_evidence.role_id!.push(role);
          rows.role_evidence.article_id!.push(articleId);
          rows.role_evidence.sentence_index!.push(s.index);
          rows.role_evidence.start!.push(s.start);
          rows.role_evidence.end!.push(s.start + text.length);
          rows.role_evidence.quote!.push(text);
        }
        if (e.articles[0] === a) {
          rows.events.id!.push(e.id);
          rows.events.kind!.push(e.kind);
          rows.events.status!.push(e.status);
          rows.events.date!.push(e.date);
          rows.events.date_precision!.push(random() < 0.9 ? 'DAY' : 'MONTH');
          rows.events.location_id!.push(e.locationId === null ? null : base.entities! + e.locationId);
          rows.events.signature!.push(`${e.kind}|${e.status}|${e.date}|${e.locationId === null ? '?' : base.entities! + e.locationId}|${e.participants
            .map((p) => base.entities! + p)
            .sort((x, y) => x - y)
            .join(',')}`);
          e.participants.forEach((p, i) => {
            const [first, other] = ROLE_OF[e.kind];
            rows.event_participants.event_id!.push(e.id);
            rows.event_participants.entity_id!.push(base.entities! + p);
            rows.event_participants.role!.push(i === 0 ? first : other);
            rows.event_participants.date!.push(e.date);
          });
        }
      }
      sentence(`تحرير ${SHAPE.outlets[outlet]}.`);
      rows.articles.id!.push(articleId);
      rows.articles.outlet_id!.push(outletIds[outlet]);
      rows.articles.paragraph_hashes!.push(`{${paragraphFingerprints(body, null).join(',')}}`);
      rows.articles.syndicated_from!.push(root === a ? null : base.articles! + root + 1);
      rows.articles.syndicated_source!.push(root === a ? null : `outlet:${outletIds[primaryOutlet[root]!]}`);
      rows.articles.title!.push(body.slice(0, 80));
      rows.articles.body!.push(body);
      rows.articles.language!.push('ar');
      rows.articles.published_at!.push(isoDay(articleDay[a]!));
      rows.articles.content_hash!.push(createHash('sha256').update(body).digest('hex'));
    }
    // Articles first (everything points at them); then two independent chains, on two connections.
    const write = (table: keyof typeof COLS) => writer.insert(table, COLS[table], rows[table]);
    await write('articles');
    await Promise.all([
      (async () => {
        await write('sentences');
        await write('mentions');
      })(),
      (async () => {
        await write('events');
        await write('event_participants');
        await write('event_evidence');
        await write('role_evidence');
      })(),
    ]);
    bar?.update(to);
  }
  bar?.stop();

  // Identity sequences continue after the ids written here.
  for (const table of ['entities', 'articles', 'events', 'roles', 'aliases', 'mentions', 'event_evidence', 'role_evidence']) {
    await exec(`SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT coalesce(max(id), 1) FROM ${table}))`);
  }
  log(`  facts written (${((performance.now() - t0) / 1000).toFixed(1)} s); rebuilding ${deferred.length} indexes…`);
  log(`    seconds per table: ${[...writer.millis].map(([t, ms]) => `${t} ${(ms / 1000).toFixed(1)}`).join(', ')}`);
  // Rebuilt two at a time (one per connection), each with generous sort memory.
  const pending = [...deferred];
  const rebuild = async () => {
    for (let definition = pending.shift(); definition; definition = pending.shift()) await execScript(`SET maintenance_work_mem = '256MB'; ${definition}`);
  };
  await Promise.all([rebuild(), rebuild()]);
  const tFacts = performance.now();
  await exec('ANALYZE');
  log(`  indexes rebuilt (${((tFacts - t0) / 1000).toFixed(1)} s); deriving counterpart pairs…`);
  await rebuildDerivedTables(database);
  const tPairs = performance.now();
  // VACUUM too: it sets the visibility map, without which counts and pages cannot be index-only scans.
  await exec('VACUUM ANALYZE');

  const counts: Record<string, number> = {};
  for (const table of ['articles', 'entities', 'aliases', 'mentions', 'events', 'event_participants', 'event_evidence', 'roles', 'role_evidence', 'entity_pairs']) {
    try {
      const [row] = (await exec(`SELECT count(*)::int AS n FROM ${table}`)) as { n: number }[];
      counts[table] = Number(row!.n);
    } catch {
      // table not (yet) in this schema
    }
  }
  const [hub] = (await exec(
    `SELECT entity_id, count(*)::int AS degree FROM event_participants GROUP BY entity_id ORDER BY degree DESC LIMIT 1`,
  )) as { entity_id: number; degree: number }[];
  return {
    database: database.driver,
    seconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
    factsSeconds: Number(((tFacts - t0) / 1000).toFixed(1)),
    pairsSeconds: Number(((tPairs - tFacts) / 1000).toFixed(1)),
    counts,
    maxDegree: hub ? { entityId: Number(hub.entity_id), events: Number(hub.degree) } : null,
  };
}

const LOADED_TABLES = ['entities', 'aliases', 'roles', 'articles', 'sentences', 'mentions', 'events', 'event_participants', 'event_evidence', 'role_evidence'];

/** Drops the non-constraint indexes of the tables loaded here; returns the statements that recreate them. */
async function dropSecondaryIndexes(exec: Exec): Promise<string[]> {
  const rows = (await exec(
    `SELECT i.indexname, i.indexdef FROM pg_indexes i
     WHERE i.schemaname = current_schema() AND i.tablename = ANY($1::text::text[])
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [`{${LOADED_TABLES.join(',')}}`],
  )) as { indexname: string; indexdef: string }[];
  for (const row of rows) await exec(`DROP INDEX "${row.indexname}"`);
  return rows.map((r) => r.indexdef);
}

/**
 * Tables derived from the facts, rebuilt after a bulk load (ingest maintains them per article).
 * Hook: add any new derived table's rebuild here.
 */
async function rebuildDerivedTables(database: Database): Promise<void> {
  try {
    await refreshEntityPairs(database.db, null);
  } catch (error) {
    process.stderr.write(`  counterpart pairs NOT rebuilt: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}\n`);
  }
}

async function main(): Promise<void> {
  const { values: opts } = parseArgs({
    options: {
      articles: { type: 'string', default: '10000' },
      'database-url': { type: 'string' },
      'data-dir': { type: 'string' },
      seed: { type: 'string', default: '42' },
      batch: { type: 'string', default: '5000' },
      quiet: { type: 'boolean', default: false },
      'keep-indexes': { type: 'boolean', default: false },
    },
  });
  const url = opts['database-url'] ?? process.env.DATABASE_URL;
  const database = url
    ? await openDatabase({ driver: 'postgres', url, max: 2 })
    : await openDatabase({ driver: 'pglite', dataDir: opts['data-dir'] ?? process.env.SHABAKA_DATA_DIR ?? './.data' });
  try {
    const summary = await seedBenchGraph(database, {
      articles: Number(opts.articles),
      seed: Number(opts.seed),
      batch: Number(opts.batch),
      keepIndexes: opts['keep-indexes'],
      progress: !opts.quiet,
    });
    console.log(JSON.stringify(summary, null, 2));
  } finally {
    await database.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
