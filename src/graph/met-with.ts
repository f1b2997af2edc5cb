import { sql } from 'drizzle-orm';
import { MEETING_EVENT_KINDS } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';

export interface MetWithRow {
  counterpartId: number;
  eventIds: number[];
  outletCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

/**
 * Persons who met `personId` (in person, by phone, at a joint press conference or summit) in events
 * reported as having happened, optionally within [from, to]. Planned and negated events never count.
 * Ranked by the number of such events, then by how many distinct outlets report them.
 */
export async function metWith(
  db: Queryable,
  personId: number,
  range: { from?: string | null; to?: string | null } = {},
): Promise<MetWithRow[]> {
  const kinds = sql.join(
    MEETING_EVENT_KINDS.map((k) => sql`${k}`),
    sql`, `,
  );
  const rows = await rawRows<{
    counterpart_id: number;
    event_ids: number[];
    outlet_count: string | number;
    first_date: string | null;
    last_date: string | null;
  }>(
    db,
    sql`SELECT other.entity_id AS counterpart_id,
               array_agg(DISTINCT ev.id ORDER BY ev.id) AS event_ids,
               count(DISTINCT coalesce('outlet:' || a.outlet_id, 'article:' || a.id)) AS outlet_count,
               min(ev.date)::text AS first_date,
               max(ev.date)::text AS last_date
        FROM event_participants self
        JOIN events ev ON ev.id = self.event_id
        JOIN event_participants other ON other.event_id = ev.id AND other.entity_id <> self.entity_id
        JOIN entities counterpart ON counterpart.id = other.entity_id AND counterpart.kind = 'PERSON'
        JOIN event_evidence evd ON evd.event_id = ev.id
        JOIN articles a ON a.id = evd.article_id
        WHERE self.entity_id = ${personId}
          AND ev.status = 'OCCURRED'
          AND ev.kind IN (${kinds})
          AND (${range.from ?? null}::date IS NULL OR ev.date >= ${range.from ?? null}::date)
          AND (${range.to ?? null}::date IS NULL OR ev.date <= ${range.to ?? null}::date)
        GROUP BY other.entity_id
        ORDER BY count(DISTINCT ev.id) DESC, outlet_count DESC, other.entity_id`,
  );
  return rows.map((r) => ({
    counterpartId: Number(r.counterpart_id),
    eventIds: r.event_ids.map(Number),
    outletCount: Number(r.outlet_count),
    firstDate: r.first_date,
    lastDate: r.last_date,
  }));
}
