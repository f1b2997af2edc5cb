import { sql } from 'drizzle-orm';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { EntityRow } from '../storage/tables.ts';
import { entityColumns, entityFromRow } from './entities.ts';
import { pairInRange } from './relations.ts';

export interface MetWithRow {
  counterpartId: number;
  /** The counterpart's row, read in the same statement (the resolver primes the entity loader with it). */
  counterpart: EntityRow;
  eventCount: number;
  /** The events behind the edge, or null when not asked for (`withEventIds` false): a hub's strongest edges hold hundreds. */
  eventIds: number[] | null;
  outletCount: number;
  firstDate: string | null;
  lastDate: string | null;
}

/** metWith lists at most this many counterparts unless asked for fewer (see MAX_MET_WITH). */
export const DEFAULT_MET_WITH = 50;
export const MAX_MET_WITH = 500;

/**
 * Persons who met `personId` (in person, by phone, at a joint press conference or summit) in events
 * reported as having happened, optionally within [from, to]. Planned and negated events never count.
 * Ranked by the number of such events, then by how many distinct outlets report them, then by id; the
 * first `limit` of them.
 *
 * ONE statement, which also returns the person's own row (null: no such entity) and each counterpart's
 * row. Without a range it reads the MET edges of entity_pairs in the order of entity_pairs_ranked_idx,
 * so only the page is read, whatever the person's degree. With a range, each edge's aggregates are
 * recomputed over its own events inside the range (never over the person's whole participation list).
 */
export async function metWith(
  db: Queryable,
  personId: number,
  range: { from?: string | null; to?: string | null } = {},
  limit = DEFAULT_MET_WITH,
  withEventIds = true,
): Promise<{ person: EntityRow | null; rows: MetWithRow[] }> {
  type Raw = Record<string, unknown> & {
    counterpart_id: number | null;
    event_ids: number[] | null;
    event_count: string | number | null;
    outlet_count: string | number | null;
    first_date: string | null;
    last_date: string | null;
  };
  const from = range.from ?? null;
  const to = range.to ?? null;
  const page =
    from === null && to === null
      ? sql`SELECT row_number() OVER (ORDER BY p.weight DESC, p.outlet_count DESC, p.counterpart_id) AS ordinal,
                   p.counterpart_id, ${withEventIds ? sql`p.fact_ids` : sql`NULL::integer[]`} AS event_ids, p.event_count, p.outlet_count,
                   p.first_date::text AS first_date, p.last_date::text AS last_date, ${entityColumns('c', 'c_')}
            FROM entity_pairs p
            JOIN entities c ON c.id = p.counterpart_id AND c.kind = 'PERSON'
            WHERE p.entity_id = me.id AND p.kind = 'MET'
            ORDER BY p.weight DESC, p.outlet_count DESC, p.counterpart_id
            LIMIT ${limit}`
      : sql`SELECT r.*, ${entityColumns('c', 'c_')}
            FROM (
              SELECT row_number() OVER (ORDER BY count(DISTINCT e.id) DESC, count(DISTINCT a.source_key) DESC, p.counterpart_id) AS ordinal,
                     p.counterpart_id,
                     array_agg(DISTINCT e.id ORDER BY e.id) AS event_ids,
                     count(DISTINCT e.id) AS event_count,
                     count(DISTINCT a.source_key) AS outlet_count,
                     min(e.date)::text AS first_date,
                     max(e.date)::text AS last_date
              FROM entity_pairs p
              JOIN entities c ON c.id = p.counterpart_id AND c.kind = 'PERSON'
              JOIN events e ON e.id = ANY(p.fact_ids)
              JOIN event_evidence evd ON evd.event_id = e.id
              JOIN articles a ON a.id = evd.article_id
              WHERE p.entity_id = me.id AND p.kind = 'MET' AND ${pairInRange(range)}
                AND (${from}::date IS NULL OR e.date >= ${from}::date)
                AND (${to}::date IS NULL OR e.date <= ${to}::date)
              GROUP BY p.counterpart_id
              ORDER BY count(DISTINCT e.id) DESC, outlet_count DESC, p.counterpart_id
              LIMIT ${limit}
            ) r
            JOIN entities c ON c.id = r.counterpart_id`;
  const rows = await rawRows<Raw>(
    db,
    sql`SELECT ${entityColumns('me', 'me_')}, m.*
        FROM entities me
        LEFT JOIN LATERAL (${page}) m ON true
        WHERE me.id = ${personId}
        ORDER BY m.ordinal`,
  );
  const person = rows.length > 0 ? entityFromRow(rows[0]!, 'me_') : null;
  return {
    person,
    rows: rows.flatMap((r) =>
      r.counterpart_id === null
        ? []
        : [
            {
              counterpartId: Number(r.counterpart_id),
              counterpart: entityFromRow(r, 'c_')!,
              eventCount: Number(r.event_count),
              eventIds: r.event_ids === null ? null : r.event_ids.map(Number),
              outletCount: Number(r.outlet_count),
              firstDate: r.first_date,
              lastDate: r.last_date,
            },
          ],
    ),
  };
}
