import { sql, type SQL } from 'drizzle-orm';
import { EDGE_KINDS, EVENT_EDGE_KINDS, type EdgeKind } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { EntityPairRow, EntityRow } from '../storage/tables.ts';
import { entityColumns, entityFromRow } from './entities.ts';
import type { Page } from './pagination.ts';

/**
 * Reads over entity_pairs (maintained at ingest, see src/ingest/entity-pairs.ts). Every read starts
 * from an index on (entity_id, …), so its cost follows what it returns, not an entity's degree.
 */

export interface DateRange {
  from?: string | null;
  to?: string | null;
}

/** Paths and networks walk these unless asked otherwise: relations stated by events and roles. */
export const DEFAULT_WALK_KINDS: readonly EdgeKind[] = ['MET', 'CALLED', 'VISITED', 'HOLDS_ROLE_AT'];

/** When two entities are linked by several kinds, a hop shows the first of these that is allowed. */
export const EDGE_KIND_PRIORITY: readonly EdgeKind[] = EDGE_KINDS;

/** Columns of entity_pairs, in the shape of EntityPairRow. */
export const PAIR_COLUMNS = sql.raw(`p.entity_id AS "entityId", p.counterpart_id AS "counterpartId", p.kind, p.subject,
  p.fact_ids AS "factIds", p.weight, p.event_count AS "eventCount", p.article_count AS "articleCount",
  p.outlet_count AS "outletCount", p.first_date::text AS "firstDate", p.last_date::text AS "lastDate",
  p.first_reported::text AS "firstReported", p.last_reported::text AS "lastReported"`);

/** One array parameter (not one parameter per element, which is how drizzle expands JS arrays). */
export function intArray(values: readonly number[]): SQL {
  return sql`${`{${values.join(',')}}`}::integer[]`;
}

export function kindArray(values: readonly EdgeKind[]): SQL {
  return sql`${`{${values.join(',')}}`}::edge_kind[]`;
}

/**
 * The edge p (an entity_pairs alias) is active within the range: for event kinds, one of its events is
 * dated inside it (a lookup over the edge's own fact ids); for roles and co-mentions, which carry no
 * event date, it was reported inside it.
 */
export function pairInRange(range: DateRange): SQL {
  const from = range.from ?? null;
  const to = range.to ?? null;
  if (from === null && to === null) return sql`true`;
  const eventKinds = kindArray(EVENT_EDGE_KINDS);
  return sql`CASE WHEN p.kind = ANY(${eventKinds})
      THEN p.first_date <= coalesce(${to}::date, p.first_date) AND p.last_date >= coalesce(${from}::date, p.last_date)
       AND EXISTS (SELECT 1 FROM events e WHERE e.id = ANY(p.fact_ids)
                   AND e.date >= coalesce(${from}::date, e.date) AND e.date <= coalesce(${to}::date, e.date))
      ELSE p.first_reported <= coalesce(${to}::date, p.first_reported) AND p.last_reported >= coalesce(${from}::date, p.last_reported) END`;
}

function normalise(row: EntityPairRow & { total?: unknown }): EntityPairRow {
  const { total: _total, ...r } = row;
  return { ...r, factIds: r.factIds.map(Number) };
}

/**
 * An entity's counterparts ranked by weight, then distinct outlets, then counterpart id: ONE statement
 * for the entity itself (null: no such entity), the page in the order of entity_pairs_ranked_all_idx
 * (only the page is read, whatever the entity's degree), each counterpart's row, and the total when
 * asked for (`withTotal`: an index count over the entity's edges; null otherwise).
 */
export async function relationsOf(
  db: Queryable,
  entityId: number,
  kinds: readonly EdgeKind[],
  page: Page,
  withTotal = true,
): Promise<{ entity: EntityRow | null; rows: (EntityPairRow & { counterpart: EntityRow })[]; total: number | null }> {
  const rows = await rawRows<EntityPairRow & Record<string, unknown> & { total: string | number | null }>(
    db,
    sql`SELECT ${entityColumns('me', 'me_')},
               ${withTotal ? sql`(SELECT count(*) FROM entity_pairs t WHERE t.entity_id = me.id AND t.kind = ANY(${kindArray(kinds)}))` : sql`NULL`} AS total,
               r.*
        FROM entities me
        LEFT JOIN LATERAL (
          SELECT row_number() OVER (ORDER BY p.weight DESC, p.outlet_count DESC, p.counterpart_id, p.kind) AS ordinal,
                 ${PAIR_COLUMNS}, ${entityColumns('c', 'c_')}
          FROM entity_pairs p
          JOIN entities c ON c.id = p.counterpart_id
          WHERE p.entity_id = me.id AND p.kind = ANY(${kindArray(kinds)})
          ORDER BY p.weight DESC, p.outlet_count DESC, p.counterpart_id, p.kind
          LIMIT ${page.limit + 1} OFFSET ${page.offset}
        ) r ON true
        WHERE me.id = ${entityId}
        ORDER BY r.ordinal`,
  );
  if (rows.length === 0) return { entity: null, rows: [], total: null };
  const first = rows[0]!;
  return {
    entity: entityFromRow(first, 'me_'),
    rows: rows.flatMap((r) => {
      if (r.entityId === null) return [];
      const counterpart = entityFromRow(r, 'c_')!;
      const pair: Record<string, unknown> = {};
      for (const key of PAIR_KEYS) pair[key] = r[key];
      return [{ ...normalise(pair as unknown as EntityPairRow), counterpart }];
    }),
    total: first.total === null ? null : Number(first.total),
  };
}

const PAIR_KEYS = [
  'entityId',
  'counterpartId',
  'kind',
  'subject',
  'factIds',
  'weight',
  'eventCount',
  'articleCount',
  'outletCount',
  'firstDate',
  'lastDate',
  'firstReported',
  'lastReported',
] as const satisfies readonly (keyof EntityPairRow)[];

/** The stored edges of the given kinds between each (entity, counterpart) pair, in one statement. */
export async function pairsBetween(
  db: Queryable,
  pairs: readonly (readonly [number, number])[],
  kinds: readonly EdgeKind[],
  range: DateRange = {},
): Promise<EntityPairRow[]> {
  if (pairs.length === 0) return [];
  const rows = await rawRows<EntityPairRow>(
    db,
    sql`SELECT ${PAIR_COLUMNS}
        FROM unnest(${intArray(pairs.map((p) => p[0]))}, ${intArray(pairs.map((p) => p[1]))}) AS h(a, b)
        JOIN entity_pairs p ON p.entity_id = h.a AND p.counterpart_id = h.b
        WHERE p.kind = ANY(${kindArray(kinds)}) AND ${pairInRange(range)}`,
  );
  return rows.map(normalise);
}

/** Picks, per (entity, counterpart), the edge of the highest-priority kind. */
export function strongestEdges(rows: readonly EntityPairRow[]): Map<string, EntityPairRow> {
  const best = new Map<string, EntityPairRow>();
  const rank = (k: EdgeKind) => EDGE_KIND_PRIORITY.indexOf(k);
  for (const row of rows) {
    const key = `${row.entityId}:${row.counterpartId}`;
    const current = best.get(key);
    if (!current || rank(row.kind) < rank(current.kind)) best.set(key, row);
  }
  return best;
}

export interface SentenceEvidence {
  articleId: number;
  sentenceIndex: number;
  start: number;
  end: number;
  quote: string;
}

/**
 * Sentences naming both entities of each co-mention edge, restricted to the edge's own articles (its
 * fact ids), in one statement for all edges. Keyed by "entity:counterpart".
 */
export async function coMentionSentences(
  db: Queryable,
  edges: readonly { entityId: number; counterpartId: number; articleIds: readonly number[] }[],
): Promise<Map<string, SentenceEvidence[]>> {
  const out = new Map<string, SentenceEvidence[]>(edges.map((e) => [`${e.entityId}:${e.counterpartId}`, []]));
  const triples = edges.flatMap((e) => e.articleIds.map((a) => [e.entityId, e.counterpartId, a] as const));
  if (triples.length === 0) return out;
  // Each article's body comes along once (on its first row), so quotes are sliced here in UTF-16 offsets
  // like every offset we store (SQL substring counts code points), without a second statement.
  const rows = await rawRows<{ a: number; b: number; article_id: number; sentence_index: number; start: number; end: number; body: string | null }>(
    db,
    sql`WITH hits AS (
          SELECT t.a, t.b, s.article_id, s.index AS sentence_index, s.start, s."end"
          FROM unnest(${intArray(triples.map((t) => t[0]))}, ${intArray(triples.map((t) => t[1]))}, ${intArray(triples.map((t) => t[2]))}) AS t(a, b, article_id)
          JOIN sentences s ON s.article_id = t.article_id
          WHERE EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = t.a AND m.article_id = t.article_id AND m.sentence_index = s.index)
            AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = t.b AND m.article_id = t.article_id AND m.sentence_index = s.index))
        SELECT h.*, CASE WHEN row_number() OVER (PARTITION BY h.article_id) = 1 THEN a.body END AS body
        FROM hits h JOIN articles a ON a.id = h.article_id
        ORDER BY h.a, h.b, h.article_id, h.sentence_index`,
  );
  const bodies = new Map(rows.flatMap((r) => (r.body === null ? [] : [[Number(r.article_id), r.body] as const])));
  for (const r of rows) {
    out.get(`${r.a}:${r.b}`)?.push({
      articleId: Number(r.article_id),
      sentenceIndex: Number(r.sentence_index),
      start: Number(r.start),
      end: Number(r.end),
      quote: bodies.get(Number(r.article_id))!.slice(Number(r.start), Number(r.end)),
    });
  }
  return out;
}
