import { sql, type SQL } from 'drizzle-orm';
import {
  EVENT_EDGE_KINDS,
  MAX_ENTITIES_PER_COMENTION_SENTENCE,
  MEETING_EVENT_KINDS,
  type EdgeKind,
} from '../ontology/kinds.ts';
import type { Queryable } from '../storage/database.ts';

/**
 * Keeps entity_pairs (see src/storage/tables.ts) up to date. ONE statement per article, run in the
 * ingest transaction after the article's facts are written:
 *   1. the pairs the article supports, with the facts behind them (events it reports, roles it states,
 *      sentences that name two entities);
 *   2. merged into the stored fact_ids of those pairs (set union: an event reported again adds nothing);
 *   3. the pairs' aggregates recomputed from their fact ids, so they are exact (distinct outlets cannot
 *      be maintained by adding deltas) while the cost stays that of the pairs' own facts, never of an
 *      entity's whole participation list.
 * With articleId null the same statement rebuilds every pair (migration backfill, repair).
 */
export async function refreshEntityPairs(db: Queryable, articleId: number | null): Promise<void> {
  await db.execute(refreshEntityPairsSql(articleId));
}

const list = (values: readonly string[]): SQL => sql.raw(values.map((v) => `'${v}'`).join(', '));

/** Which events support which edge kind: a CASE over the kind, on an event row aliased `alias`. */
export function eventSupportsEdge(kind: SQL, alias: string): SQL {
  const e = sql.raw(alias);
  const meeting = list(MEETING_EVENT_KINDS);
  return sql`CASE ${kind}
      WHEN 'MET' THEN ${e}.status = 'OCCURRED' AND ${e}.kind IN (${meeting})
      WHEN 'CALLED' THEN ${e}.status = 'OCCURRED' AND ${e}.kind = 'CALL'
      WHEN 'PLANNED_MEETING' THEN ${e}.status = 'PLANNED' AND ${e}.kind IN (${meeting})
      WHEN 'VISITED' THEN ${e}.status = 'OCCURRED' AND ${e}.kind = 'VISIT'
      ELSE false END`;
}

const SYMMETRIC_EVENT_KINDS: readonly EdgeKind[] = ['MET', 'CALLED', 'PLANNED_MEETING'];

export function refreshEntityPairsSql(articleId: number | null): SQL {
  // Constants are inlined (not parameters) so that the same text can serve as a migration backfill.
  const inArticle = (column: string): SQL => (articleId === null ? sql`true` : sql`${sql.raw(column)} = ${articleId}`);
  const symmetricKinds = sql.raw(`(VALUES ${SYMMETRIC_EVENT_KINDS.map((k) => `('${k}'::edge_kind)`).join(', ')})`);
  return sql`
WITH reported AS (
  SELECT DISTINCT ev.event_id FROM event_evidence ev WHERE ${inArticle('ev.article_id')}
),
new_facts (entity_id, counterpart_id, kind, subject, fact_id) AS (
  -- meetings, calls, planned meetings: both directions, every ordered pair of participants
  SELECT p1.entity_id, p2.entity_id, k.kind, true, e.id
  FROM reported r
  JOIN events e ON e.id = r.event_id
  JOIN event_participants p1 ON p1.event_id = e.id
  JOIN event_participants p2 ON p2.event_id = e.id AND p2.entity_id <> p1.entity_id
  CROSS JOIN ${symmetricKinds} AS k(kind)
  WHERE ${eventSupportsEdge(sql`k.kind`, 'e')}
  UNION ALL
  -- visits: participant → location, and the reverse row
  SELECT d.entity_id, d.counterpart_id, 'VISITED'::edge_kind, d.subject, e.id
  FROM reported r
  JOIN events e ON e.id = r.event_id AND e.kind = 'VISIT' AND e.status = 'OCCURRED' AND e.location_id IS NOT NULL
  JOIN event_participants p ON p.event_id = e.id AND p.entity_id <> e.location_id
  CROSS JOIN LATERAL (VALUES (p.entity_id, e.location_id, true), (e.location_id, p.entity_id, false)) AS d(entity_id, counterpart_id, subject)
  UNION ALL
  -- offices: person → affiliation, and the reverse row
  SELECT d.entity_id, d.counterpart_id, 'HOLDS_ROLE_AT'::edge_kind, d.subject, ro.id
  FROM (SELECT DISTINCT re.role_id FROM role_evidence re WHERE ${inArticle('re.article_id')}) st
  JOIN roles ro ON ro.id = st.role_id AND ro.affiliation_id IS NOT NULL AND ro.affiliation_id <> ro.person_id
  CROSS JOIN LATERAL (VALUES (ro.person_id, ro.affiliation_id, true), (ro.affiliation_id, ro.person_id, false)) AS d(entity_id, counterpart_id, subject)
  UNION ALL
  -- co-mentions: two entities named in one sentence that names few entities (see MAX_ENTITIES_PER_COMENTION_SENTENCE)
  SELECT DISTINCT m1.entity_id, m2.entity_id, 'MENTIONED_WITH'::edge_kind, true, s.article_id
  FROM (
    SELECT m.article_id, m.sentence_index FROM mentions m WHERE ${inArticle('m.article_id')}
    GROUP BY m.article_id, m.sentence_index
    HAVING count(DISTINCT m.entity_id) BETWEEN 2 AND ${sql.raw(String(MAX_ENTITIES_PER_COMENTION_SENTENCE))}
  ) s
  JOIN mentions m1 ON m1.article_id = s.article_id AND m1.sentence_index = s.sentence_index
  JOIN mentions m2 ON m2.article_id = s.article_id AND m2.sentence_index = s.sentence_index AND m2.entity_id <> m1.entity_id
),
grouped AS (
  SELECT entity_id, counterpart_id, kind, bool_or(subject) AS subject, array_agg(DISTINCT fact_id) AS new_ids
  FROM new_facts GROUP BY entity_id, counterpart_id, kind
),
merged AS (
  SELECT g.entity_id, g.counterpart_id, g.kind, g.subject,
         ARRAY(SELECT DISTINCT x FROM unnest(g.new_ids || coalesce(p.fact_ids, '{}'::integer[])) AS x ORDER BY x) AS fact_ids
  FROM grouped g
  LEFT JOIN entity_pairs p ON p.entity_id = g.entity_id AND p.counterpart_id = g.counterpart_id AND p.kind = g.kind
),
-- one row per (pair, fact, reporting article): what the aggregates count
support AS (
  SELECT m.entity_id, m.counterpart_id, m.kind, e.id AS fact_id, e.date AS event_date, a.id AS article_id, a.source_key, a.published_at
  FROM merged m
  CROSS JOIN LATERAL unnest(m.fact_ids) AS f(id)
  JOIN events e ON e.id = f.id
  JOIN event_evidence ev ON ev.event_id = e.id
  JOIN articles a ON a.id = ev.article_id
  WHERE m.kind IN (${list(EVENT_EDGE_KINDS)})
  UNION ALL
  SELECT m.entity_id, m.counterpart_id, m.kind, re.id, NULL::date, a.id, a.source_key, a.published_at
  FROM merged m
  CROSS JOIN LATERAL unnest(m.fact_ids) AS f(id)
  JOIN role_evidence re ON re.role_id = f.id
  JOIN articles a ON a.id = re.article_id
  WHERE m.kind = 'HOLDS_ROLE_AT'
  UNION ALL
  SELECT m.entity_id, m.counterpart_id, m.kind, a.id, NULL::date, a.id, a.source_key, a.published_at
  FROM merged m
  CROSS JOIN LATERAL unnest(m.fact_ids) AS f(id)
  JOIN articles a ON a.id = f.id
  WHERE m.kind = 'MENTIONED_WITH'
)
INSERT INTO entity_pairs AS ep (entity_id, counterpart_id, kind, subject, fact_ids, weight, event_count, article_count,
                                outlet_count, first_date, last_date, first_reported, last_reported)
SELECT m.entity_id, m.counterpart_id, m.kind, m.subject, m.fact_ids,
       count(DISTINCT s.fact_id),
       CASE WHEN m.kind IN (${list(EVENT_EDGE_KINDS)}) THEN count(DISTINCT s.fact_id) ELSE 0 END,
       count(DISTINCT s.article_id),
       count(DISTINCT s.source_key),
       min(s.event_date), max(s.event_date), min(s.published_at), max(s.published_at)
FROM merged m
JOIN support s ON s.entity_id = m.entity_id AND s.counterpart_id = m.counterpart_id AND s.kind = m.kind
GROUP BY m.entity_id, m.counterpart_id, m.kind, m.subject, m.fact_ids
ON CONFLICT (entity_id, counterpart_id, kind) DO UPDATE SET
  subject = excluded.subject, fact_ids = excluded.fact_ids, weight = excluded.weight,
  event_count = excluded.event_count, article_count = excluded.article_count, outlet_count = excluded.outlet_count,
  first_date = excluded.first_date, last_date = excluded.last_date,
  first_reported = excluded.first_reported, last_reported = excluded.last_reported`;
}
