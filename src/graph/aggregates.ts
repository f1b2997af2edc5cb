import { sql, type SQL } from 'drizzle-orm';
import { MEETING_EVENT_KINDS, type EntityKind, type EventStatus } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { DateRange } from './relations.ts';

/** Dashboard panels: one statement each, filtered by period, outlet (name) and event status. */
export interface PanelFilter extends DateRange {
  outlet?: string | null;
  status?: EventStatus | null;
}

export const MAX_TOP_ENTITIES = 100;

/** Events of the filter: dated within the period, of that status, reported by that outlet. */
function eventConditions(f: PanelFilter): SQL {
  const c: SQL[] = [sql`true`];
  if (f.from) c.push(sql`e.date >= ${f.from}::date`);
  if (f.to) c.push(sql`e.date <= ${f.to}::date`);
  if (f.status) c.push(sql`e.status = ${f.status}`);
  if (f.outlet) {
    c.push(sql`EXISTS (SELECT 1 FROM event_evidence ev JOIN articles a ON a.id = ev.article_id JOIN outlets o ON o.id = a.outlet_id
                       WHERE ev.event_id = e.id AND o.name = ${f.outlet})`);
  }
  return sql.join(c, sql` AND `);
}

/** Event counts by kind, or by month of the event date ("YYYY-MM"; undated events are left out). */
export async function eventCounts(db: Queryable, groupBy: 'KIND' | 'MONTH', f: PanelFilter) {
  const key = groupBy === 'KIND' ? sql`e.kind::text` : sql`to_char(e.date, 'YYYY-MM')`;
  const rows = await rawRows<{ key: string; count: string | number }>(
    db,
    sql`SELECT ${key} AS key, count(*) AS count FROM events e
        WHERE ${eventConditions(f)} ${groupBy === 'MONTH' ? sql`AND e.date IS NOT NULL` : sql``}
        GROUP BY 1 ORDER BY 1`,
  );
  return rows.map((r) => ({ key: r.key, count: Number(r.count) }));
}

/**
 * Entities ranked by MENTIONS (mentions in articles published in the period, of the outlet) or by
 * MEETINGS (meetings, calls, joint press conferences and summits taken part in, dated in the period).
 * Status applies to MEETINGS only.
 */
export async function topEntities(
  db: Queryable,
  by: 'MENTIONS' | 'MEETINGS',
  f: PanelFilter & { kind?: EntityKind | null },
  limit: number,
) {
  const entityKind = f.kind ? sql`AND en.kind = ${f.kind}` : sql``;
  let rows: { entity_id: number; count: string | number }[];
  if (by === 'MENTIONS') {
    const c: SQL[] = [sql`true`];
    if (f.from) c.push(sql`a.published_at >= ${f.from}::date`);
    if (f.to) c.push(sql`a.published_at <= ${f.to}::date`);
    if (f.outlet) c.push(sql`a.outlet_id IN (SELECT o.id FROM outlets o WHERE o.name = ${f.outlet})`);
    rows = await rawRows(
      db,
      sql`SELECT m.entity_id, count(*) AS count
          FROM mentions m JOIN articles a ON a.id = m.article_id JOIN entities en ON en.id = m.entity_id ${entityKind}
          WHERE ${sql.join(c, sql` AND `)}
          GROUP BY m.entity_id ORDER BY count(*) DESC, m.entity_id LIMIT ${limit}`,
    );
  } else {
    const meeting = sql`${`{${MEETING_EVENT_KINDS.join(',')}}`}::event_kind[]`;
    rows = await rawRows(
      db,
      sql`SELECT ep.entity_id, count(DISTINCT e.id) AS count
          FROM events e JOIN event_participants ep ON ep.event_id = e.id JOIN entities en ON en.id = ep.entity_id ${entityKind}
          WHERE e.kind = ANY(${meeting}) AND ${eventConditions(f)}
          GROUP BY ep.entity_id ORDER BY count(DISTINCT e.id) DESC, ep.entity_id LIMIT ${limit}`,
    );
  }
  return rows.map((r) => ({ entityId: Number(r.entity_id), count: Number(r.count) }));
}
