import { MAX_TOP_ENTITIES, eventCounts, topEntities } from '../../graph/aggregates.ts';
import { checkBounded } from '../../graph/pagination.ts';
import { builder } from '../builder.ts';
import { EntityRef } from '../refs.ts';
import { EntityKindEnum, EventStatusEnum } from './enums.ts';

const EventGroupingEnum = builder.enumType('EventGrouping', { values: ['KIND', 'MONTH'] as const });
const EntityRankingEnum = builder.enumType('EntityRanking', {
  values: ['MENTIONS', 'MEETINGS'] as const,
  description: 'MENTIONS: mentions in articles published in the period; MEETINGS: meetings, calls, joint press conferences and summits dated in it.',
});

const CountRef = builder.objectRef<{ key: string; count: number }>('Count').implement({
  description: 'One bar of a chart: an event kind or a month (YYYY-MM), and how many events.',
  fields: (t) => ({ key: t.exposeString('key'), count: t.exposeInt('count') }),
});

const EntityCountRef = builder.objectRef<{ entityId: number; count: number }>('EntityCount').implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: async (r, _a, ctx) => (await ctx.loaders.entity.load(r.entityId))! }),
    count: t.exposeInt('count'),
  }),
});

builder.queryFields((t) => ({
  eventCounts: t.field({
    type: [CountRef],
    description: 'Events counted by kind or by month of the event date (undated events left out), filtered by event date, reporting outlet and status.',
    args: {
      groupBy: t.arg({ type: EventGroupingEnum, required: true }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      outlet: t.arg.string({ description: 'Outlet name, exact: only events it reports.' }),
      status: t.arg({ type: EventStatusEnum }),
    },
    resolve: (_root, args, ctx) =>
      eventCounts(ctx.db, args.groupBy, { from: args.from, to: args.to, outlet: args.outlet, status: args.status }),
  }),

  topEntities: t.field({
    type: [EntityCountRef],
    description: `Entities ranked by mentions or by meetings in a period (at most ${MAX_TOP_ENTITIES}); status applies to MEETINGS.`,
    args: {
      by: t.arg({ type: EntityRankingEnum, required: true }),
      kind: t.arg({ type: EntityKindEnum }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      outlet: t.arg.string(),
      status: t.arg({ type: EventStatusEnum }),
      limit: t.arg.int({ defaultValue: 10 }),
    },
    resolve: (_root, args, ctx) => {
      const limit = checkBounded('limit', args.limit ?? 10, 1, MAX_TOP_ENTITIES);
      return topEntities(ctx.db, args.by, { kind: args.kind, from: args.from, to: args.to, outlet: args.outlet, status: args.status }, limit);
    },
  }),
}));
