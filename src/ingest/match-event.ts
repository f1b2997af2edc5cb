import { sql } from 'drizzle-orm';
import type { EventKind, EventStatus } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';

export interface EventCandidate {
  kind: EventKind;
  status: EventStatus;
  date: string | null;
  locationId: number | null;
  participantIds: number[];
}

/** Kinds whose reports merge across articles when their dates are a day apart or one report is undated. */
const MERGEABLE: readonly EventKind[] = ['MEETING', 'CALL', 'VISIT', 'PRESS_CONFERENCE', 'SUMMIT'];

/**
 * Finds the stored event that another article's report describes: same kind, status and participant
 * set; dates within a day of each other (time zones and "yesterday" in late-night copy) or one of them
 * unknown; the same place or one of them unknown. Statements are only merged on an exact signature:
 * the same person says different things on consecutive days.
 */
export async function findSameEvent(tx: Queryable, e: EventCandidate): Promise<{ id: number; date: string | null; locationId: number | null } | null> {
  if (!MERGEABLE.includes(e.kind) || e.participantIds.length === 0) return null;
  const ids = [...new Set(e.participantIds)].sort((a, b) => a - b);
  const idArray = sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}`),
    sql`, `,
  )}]::int[]`;
  const [row] = await rawRows<{ id: number; date: string | null; location_id: number | null }>(
    tx,
    sql`SELECT ev.id, ev.date::text AS date, ev.location_id
        FROM events ev
        WHERE ev.kind = ${e.kind} AND ev.status = ${e.status}
          AND ev.id IN (SELECT event_id FROM event_participants WHERE entity_id = ${ids[0]!})
          AND (${e.date}::date IS NULL OR ev.date IS NULL OR abs(ev.date - ${e.date}::date) <= 1)
          AND (${e.locationId}::int IS NULL OR ev.location_id IS NULL OR ev.location_id = ${e.locationId}::int)
          AND (SELECT array_agg(p.entity_id ORDER BY p.entity_id) FROM event_participants p WHERE p.event_id = ev.id) = ${idArray}
        ORDER BY (ev.date IS NOT DISTINCT FROM ${e.date}::date) DESC, ev.id
        LIMIT 1`,
  );
  return row ? { id: Number(row.id), date: row.date, locationId: row.location_id === null ? null : Number(row.location_id) } : null;
}
