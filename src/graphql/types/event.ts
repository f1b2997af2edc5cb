import { builder } from '../builder.ts';
import { DatePrecisionEnum, EventKindEnum, EventStatusEnum, ParticipantRoleEnum } from './enums.ts';
import { EntityRef, EventRef, EvidenceRef, ParticipantRef } from '../refs.ts';

ParticipantRef.implement({
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: async (p, _a, ctx) => (await ctx.loaders.entity.load(p.entityId))! }),
    role: t.field({ type: ParticipantRoleEnum, resolve: (p) => p.role }),
  }),
});

builder.node(EventRef, {
  description: 'A meeting, call, visit, press conference, summit or statement, with who, when, where and on whose word.',
  id: { resolve: (e) => e.id },
  loadMany: async (ids, ctx) => {
    const rows = await ctx.loaders.event.loadMany(ids.map(Number));
    return rows.map((r) => (r instanceof Error ? null : r));
  },
  fields: (t) => ({
    kind: t.field({ type: EventKindEnum, resolve: (e) => e.kind }),
    status: t.field({ type: EventStatusEnum, resolve: (e) => e.status }),
    date: t.field({ type: 'Date', nullable: true, resolve: (e) => e.date }),
    datePrecision: t.field({ type: DatePrecisionEnum, nullable: true, resolve: (e) => e.datePrecision }),
    location: t.field({
      type: EntityRef,
      nullable: true,
      resolve: (e, _a, ctx) => (e.locationId === null ? null : ctx.loaders.entity.load(e.locationId)),
    }),
    participants: t.field({ type: [ParticipantRef], resolve: (e, _a, ctx) => ctx.loaders.participants.load(e.id) }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Every sentence, in every article, that reports this event.',
      resolve: (e, _a, ctx) => ctx.loaders.evidence.load(e.id),
    }),
    outletCount: t.int({
      description: 'Distinct outlets reporting the event (an article without a known outlet counts as its own).',
      resolve: async (e, _a, ctx) => (await ctx.loaders.corroboration.load(e.id))?.outletCount ?? 0,
    }),
    firstReported: t.field({
      type: 'Date',
      nullable: true,
      resolve: async (e, _a, ctx) => (await ctx.loaders.corroboration.load(e.id))?.firstReported ?? null,
    }),
    lastReported: t.field({
      type: 'Date',
      nullable: true,
      resolve: async (e, _a, ctx) => (await ctx.loaders.corroboration.load(e.id))?.lastReported ?? null,
    }),
  }),
});
