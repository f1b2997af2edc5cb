import { sql } from 'drizzle-orm';
import { rawRows, type Queryable } from '../storage/database.ts';
import { pairInRange } from './relations.ts';

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
 *
 * Reads the MET edges of entity_pairs: without a range, their stored aggregates; with one, the
 * aggregates are recomputed over each edge's own events inside the range (never over the person's
 * whole participation list).
 */
export async function metWith(
  db: Queryable,
  personId: number,
  range: { from?: string | null; to?: string | null } = {},
): Promise<MetWithRow[]> {
  type Raw = {
    counterpart_id: number;
    event_ids: number[];
    outlet_count: string | number;
    first_date: string | null;
    last_date: string | null;
  };
  const from = range.from ?? null;
  const to = range.to ?? null;
  const rows =
    from === null && to === null
      ? await rawRows<Raw>(
          db,
          sql`SELECT p.counterpart_id, p.fact_ids AS event_ids, p.outlet_count,
                     p.first_date::text AS first_date, p.last_date::text AS last_date
              FROM entity_pairs p
              JOIN entities counterpart ON counterpart.id = p.counterpart_id AND counterpart.kind = 'PERSON'
              WHERE p.entity_id = ${personId} AND p.kind = 'MET'
              ORDER BY p.event_count DESC, p.outlet_count DESC, p.counterpart_id`,
        )
      : await rawRows<Raw>(
          db,
          sql`SELECT p.counterpart_id,
                     array_agg(DISTINCT e.id ORDER BY e.id) AS event_ids,
                     count(DISTINCT a.source_key) AS outlet_count,
                     min(e.date)::text AS first_date,
                     max(e.date)::text AS last_date
              FROM entity_pairs p
              JOIN entities counterpart ON counterpart.id = p.counterpart_id AND counterpart.kind = 'PERSON'
              JOIN events e ON e.id = ANY(p.fact_ids)
              JOIN event_evidence evd ON evd.event_id = e.id
              JOIN articles a ON a.id = evd.article_id
              WHERE p.entity_id = ${personId} AND p.kind = 'MET' AND ${pairInRange(range)}
                AND (${from}::date IS NULL OR e.date >= ${from}::date)
                AND (${to}::date IS NULL OR e.date <= ${to}::date)
              GROUP BY p.counterpart_id
              ORDER BY count(DISTINCT e.id) DESC, outlet_count DESC, p.counterpart_id`,
        );
  return rows.map((r) => ({
    counterpartId: Number(r.counterpart_id),
    eventIds: r.event_ids.map(Number),
    outletCount: Number(r.outlet_count),
    firstDate: r.first_date,
    lastDate: r.last_date,
  }));
}
