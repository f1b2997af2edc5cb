import { checkBounded } from '../../graph/pagination.ts';
import { DEFAULT_NETWORK_LIMIT, MAX_NETWORK_HOPS, MAX_NETWORK_LIMIT, network, type NetworkResult } from '../../graph/network.ts';
import { DEFAULT_WALK_KINDS, type DateRange } from '../../graph/relations.ts';
import { InvalidInputError, NotFoundError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { ENTITY_TYPENAMES, idOf } from '../global-id.ts';
import { EntityRef, RelationRef } from '../refs.ts';
import { EdgeKindEnum } from './enums.ts';

interface NodeShape {
  entityId: number;
  distance: number;
  degree: number;
}

const NetworkNodeRef = builder.objectRef<NodeShape>('NetworkNode').implement({
  description: 'A node of a network: the entity, its hops from the nearest center, and its number of edges in this result.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: async (n, _a, ctx) => (await ctx.loaders.entity.load(n.entityId))! }),
    distance: t.exposeInt('distance'),
    degree: t.exposeInt('degree'),
  }),
});

const NetworkRef = builder.objectRef<NetworkResult & { range: DateRange }>('Network').implement({
  description:
    'Nodes and weighted edges around some centers, ready for a graph drawing. Each edge is a Relation read from its source (entity) to its target (counterpart); weight = events for event kinds.',
  fields: (t) => ({
    nodes: t.field({
      type: [NetworkNodeRef],
      extensions: { listSize: DEFAULT_NETWORK_LIMIT },
      resolve: (n) => {
        const degree = new Map<number, number>();
        for (const e of n.edges) {
          degree.set(e.entityId, (degree.get(e.entityId) ?? 0) + 1);
          degree.set(e.counterpartId, (degree.get(e.counterpartId) ?? 0) + 1);
        }
        // Centers always, other nodes when an edge kept in the result reaches them.
        return [...n.distance]
          .filter(([id, d]) => d === 0 || degree.has(id))
          .map(([entityId, distance]) => ({ entityId, distance, degree: degree.get(entityId) ?? 0 }));
      },
    }),
    edges: t.field({ type: [RelationRef], extensions: { listSize: DEFAULT_NETWORK_LIMIT }, resolve: (n) => n.edges.map((e) => ({ ...e, range: n.range })) }),
  }),
});

builder.queryFields((t) => ({
  network: t.field({
    type: NetworkRef,
    description: `The network around some entities: up to ${MAX_NETWORK_HOPS} hops, edges of weight ≥ minWeight, at most limit (≤ ${MAX_NETWORK_LIMIT}) nodes and edges, heaviest edges first. By default MET, CALLED, VISITED and HOLDS_ROLE_AT edges.`,
    args: {
      centers: t.arg.idList({ required: true }),
      hops: t.arg.int({ defaultValue: 1 }),
      kinds: t.arg({ type: [EdgeKindEnum] }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      minWeight: t.arg.int({ defaultValue: 1 }),
      limit: t.arg.int({ defaultValue: DEFAULT_NETWORK_LIMIT }),
    },
    resolve: async (_root, args, ctx) => {
      const hops = checkBounded('hops', args.hops ?? 1, 1, MAX_NETWORK_HOPS);
      const limit = checkBounded('limit', args.limit ?? DEFAULT_NETWORK_LIMIT, 1, MAX_NETWORK_LIMIT);
      const minWeight = checkBounded('minWeight', args.minWeight ?? 1, 1, Number.MAX_SAFE_INTEGER);
      const globalIds = [...new Set(args.centers.map(String))];
      const centers = globalIds.map((c) => idOf(c, ENTITY_TYPENAMES));
      if (centers.length === 0) throw new InvalidInputError('"centers" must name at least one entity');
      if (centers.length > limit) throw new InvalidInputError(`"centers" must name at most ${limit} entities (the limit)`, { max: limit });
      const found = await ctx.loaders.entity.loadMany(centers);
      const missing = globalIds.filter((_c, i) => !found[i] || found[i] instanceof Error);
      if (missing.length > 0) throw new NotFoundError(`No entity with ID "${missing.join('", "')}"`);
      const range = { from: args.from, to: args.to };
      const result = await network(ctx.db, centers, {
        hops,
        limit,
        minWeight,
        kinds: args.kinds?.length ? args.kinds : DEFAULT_WALK_KINDS,
        range,
      });
      return { ...result, range };
    },
  }),
}));
