import type { MetWithRow } from '../../graph/met-with.ts';
import type { EventRow } from '../../storage/tables.ts';
import { builder } from '../builder.ts';
import { EntityRef, EventRef } from '../refs.ts';

export const MetWithRef = builder.objectRef<MetWithRow>('MetWith').implement({
  description: 'A person met by the queried person, with the events (and their evidence) that say so.',
  fields: (t) => ({
    counterpart: t.field({
      type: EntityRef,
      // the row came with the page (no loader round trip, no promise per counterpart)
      resolve: (m) => m.counterpart,
    }),
    events: t.field({
      type: [EventRef],
      description: 'Meetings, calls, joint press conferences and summits reported as having happened.',
      resolve: async (m, _a, ctx) => {
        const rows = await ctx.loaders.event.loadMany(m.eventIds ?? []);
        return rows.filter((r): r is EventRow => r !== null && !(r instanceof Error));
      },
    }),
    eventCount: t.exposeInt('eventCount'),
    outletCount: t.exposeInt('outletCount', { description: 'Distinct outlets that report these events.' }),
    firstDate: t.field({ type: 'Date', nullable: true, resolve: (m) => m.firstDate }),
    lastDate: t.field({ type: 'Date', nullable: true, resolve: (m) => m.lastDate }),
  }),
});
