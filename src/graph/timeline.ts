import { sql } from 'drizzle-orm';
import type { EventKind } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { EntityRow, EventRow } from '../storage/tables.ts';
import { entityColumns, entityFromRow } from './entities.ts';
import { eventFromRaw, type EventRaw } from './events.ts';
import type { Page } from './pagination.ts';
import type { DateRange } from './relations.ts';

/**
 * An entity's events in date order (undated last, then by id): those it takes part in and those located
 * at it (a place's timeline). ONE statement for the entity itself (null: no such entity), the page and,
 * when asked for (`withTotal`), the total.
 *
 * Both sides are read in timeline order from an index (event_participants_entity_date_idx over the
 * participant rows' copy of the event date, events_location_date_idx), each cut at the page,
 * then merged, so a hub's timeline reads the page, not its thousands of events. The location side
 * skips events the entity also takes part in, so UNION ALL never yields one twice.
 */
export async function timeline(
  db: Queryable,
  entityId: number,
  filter: DateRange & { kinds?: readonly EventKind[] | null },
  page: Page,
  withTotal = true,
): Promise<{ entity: EntityRow | null; rows: EventRow[]; total: number | null }> {
  const kinds = filter.kinds?.length ? sql`${`{${filter.kinds.join(',')}}`}::event_kind[]` : null;
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  const dates = (column: string) =>
    sql`(${from}::date IS NULL OR ${sql.raw(column)} >= ${from}::date) AND (${to}::date IS NULL OR ${sql.raw(column)} <= ${to}::date)`;
  const kindOf = (eventIdColumn: string) =>
    kinds ? sql`AND EXISTS (SELECT 1 FROM events k WHERE k.id = ${sql.raw(eventIdColumn)} AND k.kind = ANY(${kinds}))` : sql``;
  // Each side is cut at offset + page in index order, so the merge sorts at most twice that many rows.
  const members = (cut: boolean) => {
    const limit = cut ? sql`ORDER BY 2 ASC NULLS LAST, 1 LIMIT ${page.offset + page.limit + 1}` : sql``;
    return sql`
      (SELECT ep.event_id, ep.date FROM event_participants ep
       WHERE ep.entity_id = me.id AND ${dates('ep.date')} ${kindOf('ep.event_id')} ${limit})
      UNION ALL
      (SELECT l.id, l.date FROM events l
       WHERE l.location_id = me.id AND ${dates('l.date')} ${kinds ? sql`AND l.kind = ANY(${kinds})` : sql``}
         AND NOT EXISTS (SELECT 1 FROM event_participants q WHERE q.event_id = l.id AND q.entity_id = me.id) ${limit})`;
  };
  type Row = Record<string, unknown> & Omit<EventRaw, 'id'> & { id: number | null; total: string | number | null };
  const rows = await rawRows<Row>(
    db,
    sql`SELECT ${entityColumns('me', 'me_')},
               ${withTotal ? sql`(SELECT count(*) FROM (${members(false)}) m)` : sql`NULL`} AS total,
               e.id, e.kind, e.status, e.date::text AS date, e.date_precision, e.location_id, e.signature, e.created_at
        FROM entities me
        LEFT JOIN LATERAL (
          SELECT m.event_id, m.date FROM (${members(true)}) m
          ORDER BY m.date ASC NULLS LAST, m.event_id
          LIMIT ${page.limit + 1} OFFSET ${page.offset}
        ) pg ON true
        LEFT JOIN events e ON e.id = pg.event_id
        WHERE me.id = ${entityId}
        ORDER BY pg.date ASC NULLS LAST, pg.event_id`,
  );
  if (rows.length === 0) return { entity: null, rows: [], total: null };
  return {
    entity: entityFromRow(rows[0]!, 'me_'),
    rows: rows.flatMap((r) => (r.id === null ? [] : [eventFromRaw({ ...r, id: r.id })])),
    total: rows[0]!.total === null ? null : Number(rows[0]!.total),
  };
}
