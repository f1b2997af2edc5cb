import { EDGE_KINDS, type EdgeKind } from '../../ontology/kinds.ts';
import { checkBounded } from '../../graph/pagination.ts';
import { MAX_PATH_HOPS, MAX_PATHS, shortestPaths, type PathResult } from '../../graph/path.ts';
import { DEFAULT_WALK_KINDS, type DateRange } from '../../graph/relations.ts';
import { InvalidInputError, NotFoundError } from '../../errors.ts';
import type { EntityRow } from '../../storage/tables.ts';
import { builder } from '../builder.ts';
import { ENTITY_TYPENAMES, idOf } from '../global-id.ts';
import { EntityRef, RelationRef } from '../refs.ts';
import { EdgeKindEnum } from './enums.ts';

const PathRef = builder.objectRef<PathResult & { range: DateRange }>('Path').implement({
  description: 'A shortest connection between two entities: the entities in order, and one edge per hop with its evidence.',
  fields: (t) => ({
    length: t.int({ description: 'Number of hops.', resolve: (p) => p.hops.length }),
    entities: t.field({
      type: [EntityRef],
      extensions: { listSize: MAX_PATH_HOPS + 1 },
      resolve: async (p, _a, ctx) => (await ctx.loaders.entity.loadMany(p.nodes)).filter((e): e is EntityRow => e !== null && !(e instanceof Error)),
    }),
    hops: t.field({
      type: [RelationRef],
      extensions: { listSize: MAX_PATH_HOPS },
      description: 'Hop i goes from entities[i] (entity) to entities[i + 1] (counterpart).',
      resolve: (p) => p.hops.map((h) => ({ ...h, range: p.range })),
    }),
  }),
});

/** Which kinds a walk may use: those asked for (default DEFAULT_WALK_KINDS), plus PLANNED_MEETING only when asked. */
export function walkKinds(via: readonly EdgeKind[] | null | undefined, includePlanned: boolean): EdgeKind[] {
  const kinds = new Set<EdgeKind>(via?.length ? via : DEFAULT_WALK_KINDS);
  if (includePlanned) kinds.add('PLANNED_MEETING');
  return EDGE_KINDS.filter((k) => kinds.has(k));
}

builder.queryFields((t) => ({
  path: t.field({
    type: [PathRef],
    extensions: { listSize: MAX_PATHS },
    description: `Shortest connections between two entities (up to 5 paths of the minimal length, strongest first), each hop with its edge kind, events and evidence. Empty when none within maxHops (at most ${MAX_PATH_HOPS}). By default walks MET, CALLED, VISITED and HOLDS_ROLE_AT edges; planned meetings only with includePlanned (or via: [PLANNED_MEETING]).`,
    args: {
      from: t.arg.id({ required: true }),
      to: t.arg.id({ required: true }),
      maxHops: t.arg.int({ defaultValue: 4 }),
      via: t.arg({ type: [EdgeKindEnum], description: 'Edge kinds the path may use.' }),
      fromDate: t.arg({ type: 'Date', description: 'Only edges with an event (or, for roles and co-mentions, a report) on or after this date.' }),
      toDate: t.arg({ type: 'Date', description: 'Only edges with an event (or report) on or before this date.' }),
      includePlanned: t.arg.boolean({ defaultValue: false }),
    },
    resolve: async (_root, args, ctx) => {
      const maxHops = checkBounded('maxHops', args.maxHops ?? 4, 1, MAX_PATH_HOPS);
      const fromId = idOf(String(args.from), ENTITY_TYPENAMES);
      const toId = idOf(String(args.to), ENTITY_TYPENAMES);
      if (fromId === toId) throw new InvalidInputError('"from" and "to" are the same entity');
      const [a, b] = await ctx.loaders.entity.loadMany([fromId, toId]);
      if (!a || a instanceof Error) throw new NotFoundError(`No entity with ID "${String(args.from)}"`);
      if (!b || b instanceof Error) throw new NotFoundError(`No entity with ID "${String(args.to)}"`);
      const range = { from: args.fromDate, to: args.toDate };
      const paths = await shortestPaths(ctx.db, fromId, toId, {
        maxHops,
        kinds: walkKinds(args.via, args.includePlanned ?? false),
        range,
      });
      return paths.map((p) => ({ ...p, range }));
    },
  }),
}));
