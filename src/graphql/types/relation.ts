import { DIRECTED_EDGE_KINDS, EDGE_KINDS, EVENT_EDGE_KINDS } from '../../ontology/kinds.ts';
import { checkBounded, toConnection, toPage } from '../../graph/pagination.ts';
import { relationsOf } from '../../graph/relations.ts';
import { NotFoundError } from '../../errors.ts';
import type { EventRow, RoleRow } from '../../storage/tables.ts';
import { builder } from '../builder.ts';
import { ENTITY_TYPENAMES, idOf } from '../global-id.ts';
import { selectsField } from '../selection.ts';
import { EntityRef, EventRef, EvidenceRef, RelationRef, RoleRef } from '../refs.ts';
import { EdgeDirectionEnum, EdgeKindEnum } from './enums.ts';

const MAX_EDGE_EVIDENCE = 100;

RelationRef.implement({
  description:
    'An edge between two entities, read from one side, with its corroboration and the evidence behind it: events (event kinds), offices (HOLDS_ROLE_AT) or sentences (MENTIONED_WITH).',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: async (r, _a, ctx) => (await ctx.loaders.entity.load(r.entityId))! }),
    counterpart: t.field({ type: EntityRef, resolve: async (r, _a, ctx) => (await ctx.loaders.entity.load(r.counterpartId))! }),
    kind: t.field({ type: EdgeKindEnum, resolve: (r) => r.kind }),
    direction: t.field({
      type: EdgeDirectionEnum,
      resolve: (r) => (DIRECTED_EDGE_KINDS.includes(r.kind) ? (r.subject ? 'OUTGOING' : 'INCOMING') : 'MUTUAL'),
    }),
    weight: t.exposeInt('weight', {
      description: 'Events for event kinds, office statements for HOLDS_ROLE_AT, co-mentioning articles for MENTIONED_WITH.',
    }),
    eventCount: t.exposeInt('eventCount'),
    articleCount: t.exposeInt('articleCount'),
    outletCount: t.exposeInt('outletCount', {
      description: 'Distinct outlets reporting the facts behind the edge (an article without a known outlet counts as its own).',
    }),
    firstDate: t.field({ type: 'Date', nullable: true, description: 'Earliest event date.', resolve: (r) => r.firstDate }),
    lastDate: t.field({ type: 'Date', nullable: true, description: 'Latest event date.', resolve: (r) => r.lastDate }),
    firstReported: t.field({ type: 'Date', nullable: true, resolve: (r) => r.firstReported }),
    lastReported: t.field({ type: 'Date', nullable: true, resolve: (r) => r.lastReported }),
    events: t.field({
      type: [EventRef],
      description: 'The events behind an event edge (the most recent `first`, within the dates asked for), in date order.',
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: async (r, args, ctx) => {
        const first = checkBounded('first', args.first ?? 10, 0, MAX_EDGE_EVIDENCE);
        if (!EVENT_EDGE_KINDS.includes(r.kind)) return [];
        const from = r.range?.from ?? null;
        const to = r.range?.to ?? null;
        // Without a range the newest ids suffice; with one, the edge's own events are filtered by date.
        const ids = from === null && to === null ? r.factIds.slice(-first) : r.factIds;
        const rows = (await ctx.loaders.event.loadMany(ids)).filter(
          (e): e is EventRow =>
            e !== null && !(e instanceof Error) && (from === null || (e.date !== null && e.date >= from)) && (to === null || (e.date !== null && e.date <= to)),
        );
        return rows.slice(-first).sort((x, y) => byDate(x.date, y.date) || x.id - y.id);
      },
    }),
    roles: t.field({
      type: [RoleRef],
      extensions: { listSize: 3 },
      description: 'For HOLDS_ROLE_AT: the offices, each with the sentences that state it.',
      resolve: async (r, _a, ctx) => {
        if (r.kind !== 'HOLDS_ROLE_AT') return [];
        const rows = await ctx.loaders.role.loadMany(r.factIds);
        return rows.filter((x): x is RoleRow => x !== null && !(x instanceof Error));
      },
    }),
    sentences: t.field({
      type: [EvidenceRef],
      description: 'For MENTIONED_WITH: sentences naming both entities, from the most recent `first` articles.',
      args: { first: t.arg.int({ defaultValue: 10 }) },
      resolve: async (r, args, ctx) => {
        const first = checkBounded('first', args.first ?? 10, 0, MAX_EDGE_EVIDENCE);
        if (r.kind !== 'MENTIONED_WITH' || first === 0) return [];
        return ctx.loaders.coMentions.load({ entityId: r.entityId, counterpartId: r.counterpartId, articleIds: r.factIds.slice(-first) });
      },
    }),
  }),
});

function byDate(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}

builder.queryFields((t) => ({
  relations: t.connection({
    type: RelationRef,
    description: "An entity's counterparts, one edge per (counterpart, kind), ranked by weight then distinct outlets, with the evidence behind each.",
    args: {
      entity: t.arg.id({ required: true, description: 'Global ID of a Person, Organization or Location.' }),
      kinds: t.arg({ type: [EdgeKindEnum], description: 'Edge kinds to list; default all.' }),
    },
    resolve: async (_root, args, ctx, info) => {
      const entityId = idOf(String(args.entity), ENTITY_TYPENAMES);
      const page = toPage(args);
      // One statement: the entity, the page, the counterparts (primed into the loader) and, when
      // selected, the total.
      const { entity, rows, total } = await relationsOf(
        ctx.db,
        entityId,
        args.kinds?.length ? args.kinds : EDGE_KINDS,
        page,
        selectsField(info, 'totalCount'),
      );
      if (!entity) throw new NotFoundError(`No entity with ID "${String(args.entity)}"`);
      ctx.loaders.entity.prime(entity.id, entity);
      for (const r of rows) ctx.loaders.entity.prime(r.counterpartId, r.counterpart);
      return toConnection(rows, page, total ?? 0);
    },
  }),
}));
