import { sql } from 'drizzle-orm';
import type { EdgeKind } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import type { EntityPairRow } from '../storage/tables.ts';
import { intArray, kindArray, pairInRange, pairsBetween, strongestEdges, type DateRange } from './relations.ts';

export const MAX_PATH_HOPS = 6;
/** How many shortest paths (all of the minimal length) a request returns at most. */
export const MAX_PATHS = 5;
/** Bound on the shortest paths enumerated before ranking, so a dense meeting point cannot blow up. */
const MAX_ENUMERATED = 1000;

export interface PathResult {
  /** Entity ids from `from` to `to`. */
  nodes: number[];
  /** One edge per hop, from nodes[i] to nodes[i + 1]. */
  hops: EntityPairRow[];
}

interface Side {
  frontier: number[];
  depth: number;
  /** node → (parent one level closer to this side's root → weight of the edge). */
  parents: Map<number, Map<number, number>>;
}

/**
 * Shortest connections between two entities over entity_pairs, by bidirectional breadth-first search:
 * ONE statement per level, always expanding the smaller frontier (passed as one array parameter), the
 * visited sets kept here so no node is expanded twice (the cycle guard). Only the explored part of the
 * graph is ever read; the search stops at the first level where the two sides meet, or at maxHops.
 * Chosen over a recursive CTE, which enumerates walks rather than nodes and so grows with degree^depth.
 * Returns up to MAX_PATHS paths of the minimal length, strongest (sum of edge weights) first.
 */
export async function shortestPaths(
  db: Queryable,
  fromId: number,
  toId: number,
  options: { maxHops: number; kinds: readonly EdgeKind[]; range?: DateRange },
): Promise<PathResult[]> {
  const range = options.range ?? {};
  const a: Side = { frontier: [fromId], depth: 0, parents: new Map([[fromId, new Map()]]) };
  const b: Side = { frontier: [toId], depth: 0, parents: new Map([[toId, new Map()]]) };
  let meeting: number[] = [];
  while (a.depth + b.depth < options.maxHops && a.frontier.length > 0 && b.frontier.length > 0) {
    const [side, other] = a.frontier.length <= b.frontier.length ? [a, b] : [b, a];
    const rows = await rawRows<{ node: number; next: number; weight: number }>(
      db,
      sql`SELECT p.entity_id AS node, p.counterpart_id AS next, max(p.weight) AS weight
          FROM entity_pairs p
          WHERE p.entity_id = ANY(${intArray(side.frontier)}) AND p.kind = ANY(${kindArray(options.kinds)})
            AND ${pairInRange(range)}
          GROUP BY p.entity_id, p.counterpart_id`,
    );
    const level = new Map<number, Map<number, number>>();
    for (const r of rows) {
      const next = Number(r.next);
      if (side.parents.has(next)) continue; // visited at a shallower level: not on a shortest path
      let parents = level.get(next);
      if (!parents) level.set(next, (parents = new Map()));
      parents.set(Number(r.node), Number(r.weight));
    }
    for (const [node, parents] of level) side.parents.set(node, parents);
    side.frontier = [...level.keys()];
    side.depth++;
    // The first nodes both sides have reached lie on every shortest path (they are on the other side's frontier).
    meeting = side.frontier.filter((n) => other.parents.has(n));
    if (meeting.length > 0) break;
  }
  if (meeting.length === 0) return [];

  const candidates: { nodes: number[]; weight: number }[] = [];
  for (const m of meeting.sort((x, y) => x - y)) {
    for (const head of chains(a, m)) {
      for (const tail of chains(b, m)) {
        if (candidates.length >= MAX_ENUMERATED) break;
        candidates.push({ nodes: [...head.nodes].reverse().concat(tail.nodes.slice(1)), weight: head.weight + tail.weight });
      }
    }
  }
  candidates.sort((x, y) => y.weight - x.weight || compareIds(x.nodes, y.nodes));
  const chosen = candidates.slice(0, MAX_PATHS);

  // The hops' edges, in one statement for all chosen paths; each hop shows its highest-priority kind.
  const pairs = chosen.flatMap((p) => p.nodes.slice(1).map((n, i) => [p.nodes[i]!, n] as const));
  const edges = strongestEdges(await pairsBetween(db, pairs, options.kinds, range));
  return chosen.map((p) => ({
    nodes: p.nodes,
    hops: p.nodes.slice(1).map((n, i) => edges.get(`${p.nodes[i]}:${n}`)!),
  }));
}

/** Every chain from `node` back to the side's root via recorded parents (node first), with its weight. */
function chains(side: Side, node: number): { nodes: number[]; weight: number }[] {
  const parents = side.parents.get(node)!;
  if (parents.size === 0) return [{ nodes: [node], weight: 0 }];
  const out: { nodes: number[]; weight: number }[] = [];
  for (const [parent, weight] of [...parents].sort((x, y) => x[0] - y[0])) {
    for (const c of chains(side, parent)) {
      if (out.length >= MAX_ENUMERATED) return out;
      out.push({ nodes: [node, ...c.nodes], weight: weight + c.weight });
    }
  }
  return out;
}

function compareIds(x: number[], y: number[]): number {
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return x.length - y.length;
}
