import { sql } from 'drizzle-orm';
import { DIRECTED_EDGE_KINDS, type EdgeKind } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { EntityPairRow } from '../storage/tables.ts';
import { PAIR_COLUMNS, intArray, kindArray, pairInRange, type DateRange } from './relations.ts';

export const MAX_NETWORK_HOPS = 3;
export const DEFAULT_NETWORK_LIMIT = 200;
export const MAX_NETWORK_LIMIT = 500;

export interface NetworkOptions {
  hops: number;
  kinds: readonly EdgeKind[];
  range?: DateRange;
  minWeight: number;
  /** At most this many nodes are reached, and at most this many edges returned. */
  limit: number;
}

export interface NetworkResult {
  /** Entity id → hops from the nearest center. */
  distance: Map<number, number>;
  /** One edge per (unordered pair, kind), oriented subject → object for directed kinds; heaviest first. */
  edges: EntityPairRow[];
}

/**
 * The neighbourhood of some centers, for a graph drawing: a breadth-first walk over entity_pairs (one
 * statement per level, heaviest edges first, stopping once `limit` nodes are reached), then one
 * statement for the heaviest `limit` edges among the nodes reached (lateral edges included).
 */
export async function network(db: Queryable, centers: readonly number[], options: NetworkOptions): Promise<NetworkResult> {
  const range = options.range ?? {};
  const kinds = kindArray(options.kinds);
  const distance = new Map<number, number>(centers.map((c) => [c, 0]));
  let frontier = [...distance.keys()];
  for (let level = 1; level <= options.hops && frontier.length > 0 && distance.size < options.limit; level++) {
    // Anti-join on the nodes already reached, so the LIMIT counts new nodes only.
    const rows = await rawRows<{ next: number }>(
      db,
      sql`SELECT p.counterpart_id AS next
          FROM entity_pairs p
          LEFT JOIN unnest(${intArray([...distance.keys()])}) AS seen(id) ON seen.id = p.counterpart_id
          WHERE p.entity_id = ANY(${intArray(frontier)}) AND p.kind = ANY(${kinds})
            AND p.weight >= ${options.minWeight} AND seen.id IS NULL AND ${pairInRange(range)}
          GROUP BY p.counterpart_id
          ORDER BY max(p.weight) DESC, max(p.outlet_count) DESC, p.counterpart_id
          LIMIT ${options.limit - distance.size}`,
    );
    frontier = rows.map((r) => Number(r.next));
    for (const n of frontier) distance.set(n, level);
  }
  const nodes = intArray([...distance.keys()]);
  const directed = kindArray(DIRECTED_EDGE_KINDS);
  const edges = await rawRows<EntityPairRow>(
    db,
    sql`SELECT ${PAIR_COLUMNS}
        FROM entity_pairs p
        JOIN unnest(${nodes}) AS target(id) ON target.id = p.counterpart_id
        WHERE p.entity_id = ANY(${nodes}) AND p.kind = ANY(${kinds}) AND p.weight >= ${options.minWeight}
          AND p.subject AND (p.kind = ANY(${directed}) OR p.entity_id < p.counterpart_id)
          AND ${pairInRange(range)}
        ORDER BY p.weight DESC, p.outlet_count DESC, p.entity_id, p.counterpart_id, p.kind
        LIMIT ${options.limit}`,
  );
  return { distance, edges: edges.map((e) => ({ ...e, factIds: e.factIds.map(Number) })) };
}
