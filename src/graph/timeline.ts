import { sql } from 'drizzle-orm';
import type { EventKind } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { EventRow } from '../storage/tables.ts';
import type { Page } from './pagination.ts';
import type { DateRange } from './relations.ts';

/**
 * An entity's events in date order (undated last): those it takes part in and those located at it
 * (a place's timeline). One statement for the page and its total; both sides use an index.
 */
export async function timeline(
  db: Queryable,
  entityId: number,
  filter: DateRange & { kinds?: readonly EventKind[] | null },
  page: Page,
): Promise<{ rows: EventRow[]; total: number }> {
  const kinds = filter.kinds?.length ? sql`${`{${filter.kinds.join(',')}}`}::event_kind[]` : null;
  const rows = await rawRows<{
    id: number;
    kind: EventRow['kind'];
    status: EventRow['status'];
    date: string | null;
    date_precision: EventRow['datePrecision'];
    location_id: number | null;
    signature: string;
    created_at: Date | string;
    total: string | number;
  }>(
    db,
    sql`SELECT e.id, e.kind, e.status, e.date::text AS date, e.date_precision, e.location_id, e.signature, e.created_at,
               count(*) OVER () AS total
        FROM events e
        WHERE e.id IN (SELECT ep.event_id FROM event_participants ep WHERE ep.entity_id = ${entityId}
                       UNION SELECT l.id FROM events l WHERE l.location_id = ${entityId})
          AND (${filter.from ?? null}::date IS NULL OR e.date >= ${filter.from ?? null}::date)
          AND (${filter.to ?? null}::date IS NULL OR e.date <= ${filter.to ?? null}::date)
          ${kinds ? sql`AND e.kind = ANY(${kinds})` : sql``}
        ORDER BY e.date ASC NULLS LAST, e.id
        LIMIT ${page.limit + 1} OFFSET ${page.offset}`,
  );
  return {
    rows: rows.map((r) => ({
      id: Number(r.id),
      kind: r.kind,
      status: r.status,
      date: r.date,
      datePrecision: r.date_precision,
      locationId: r.location_id === null ? null : Number(r.location_id),
      signature: r.signature,
      createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
    })),
    total: rows.length > 0 ? Number(rows[0]!.total) : 0,
  };
}
