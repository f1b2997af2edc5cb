import { toConnection, toPage } from '../../graph/pagination.ts';
import { timeline } from '../../graph/timeline.ts';
import { NotFoundError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { ENTITY_TYPENAMES, idOf } from '../global-id.ts';
import { selectsField } from '../selection.ts';
import { EventRef } from '../refs.ts';
import { EventKindEnum } from './enums.ts';

builder.queryFields((t) => ({
  timeline: t.connection({
    type: EventRef,
    description:
      'Events an entity takes part in, or that take place at it, oldest first (undated last), with status and evidence; filtered by event date and kind.',
    args: {
      entity: t.arg.id({ required: true }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      kinds: t.arg({ type: [EventKindEnum] }),
    },
    resolve: async (_root, args, ctx, info) => {
      const entityId = idOf(String(args.entity), ENTITY_TYPENAMES);
      const page = toPage(args);
      // One statement: the entity, the page and, when selected, the total.
      const { entity, rows, total } = await timeline(
        ctx.db,
        entityId,
        { from: args.from, to: args.to, kinds: args.kinds },
        page,
        selectsField(info, 'totalCount'),
      );
      if (!entity) throw new NotFoundError(`No entity with ID "${String(args.entity)}"`);
      ctx.loaders.entity.prime(entity.id, entity);
      for (const e of rows) ctx.loaders.event.prime(e.id, e);
      return toConnection(rows, page, total ?? 0);
    },
  }),
}));
