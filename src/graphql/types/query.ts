import { listArticles } from '../../graph/articles.ts';
import { listEntities } from '../../graph/entities.ts';
import { listEvents } from '../../graph/events.ts';
import { DEFAULT_MET_WITH, MAX_MET_WITH, metWith } from '../../graph/met-with.ts';
import { checkBounded, DEFAULT_PAGE_SIZE, toConnection, toPage } from '../../graph/pagination.ts';
import { NotFoundError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { ENTITY_TYPENAMES, idOf } from '../global-id.ts';
import { selectsField } from '../selection.ts';
import { ArticleRef, EntityRef, EventRef } from '../refs.ts';
import { EntityKindEnum, EventKindEnum, EventStatusEnum } from './enums.ts';
import { MetWithRef } from './met-with.ts';

builder.queryFields((t) => ({
  entity: t.field({
    type: EntityRef,
    description: 'A person, organisation or location by its global ID.',
    args: { id: t.arg.id({ required: true }) },
    resolve: async (_root, args, ctx) => {
      const entity = await ctx.loaders.entity.load(idOf(String(args.id), ENTITY_TYPENAMES));
      if (!entity) throw new NotFoundError(`No entity with ID "${String(args.id)}"`);
      return entity;
    },
  }),

  entities: t.connection({
    type: EntityRef,
    description: 'Entities, filtered by kind and found by an Arabic or English name (spelling variants tolerated).',
    args: {
      kind: t.arg({ type: EntityKindEnum }),
      search: t.arg.string({ description: 'A name in Arabic or English; ranked exact, prefix, then similar.' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPage(args);
      const { rows, total } = await listEntities(ctx.db, { kind: args.kind, search: args.search }, page);
      return toConnection(rows, page, total);
    },
  }),

  articles: t.connection({
    type: ArticleRef,
    description: 'Articles, newest first, filtered by outlet, publication date range and mentioned entity.',
    args: {
      outlet: t.arg.string(),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      mentions: t.arg.id({ description: 'Global ID of an entity the articles mention.' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPage(args);
      const filter = {
        outlet: args.outlet,
        from: args.from,
        to: args.to,
        mentionedEntityId: args.mentions ? idOf(String(args.mentions), ENTITY_TYPENAMES) : null,
      };
      const { rows, total } = await listArticles(ctx.db, filter, page);
      return toConnection(rows, page, total);
    },
  }),

  events: t.connection({
    type: EventRef,
    description: 'Events, newest first, filtered by kind, status, participant and date range.',
    args: {
      kind: t.arg({ type: EventKindEnum }),
      status: t.arg({ type: EventStatusEnum }),
      participant: t.arg.id({ description: 'Global ID of an entity taking part.' }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
    },
    resolve: async (_root, args, ctx) => {
      const page = toPage(args);
      const filter = {
        kind: args.kind,
        status: args.status,
        from: args.from,
        to: args.to,
        participantId: args.participant ? idOf(String(args.participant), ENTITY_TYPENAMES) : null,
      };
      const { rows, total } = await listEvents(ctx.db, filter, page);
      return toConnection(rows, page, total);
    },
  }),

  metWith: t.field({
    type: [MetWithRef],
    description:
      'Whom a person met (in person, by phone, at a joint press conference or summit), as reported to have happened; planned meetings do not count. Ranked by the number of meetings, then distinct outlets; the first `first`.',
    args: {
      person: t.arg.id({ required: true, description: 'Global ID of a Person.' }),
      from: t.arg({ type: 'Date' }),
      to: t.arg({ type: 'Date' }),
      first: t.arg.int({
        description: `How many counterparts, strongest first (default ${DEFAULT_MET_WITH}, at most ${MAX_MET_WITH}).`,
      }),
    },
    // Without \`first\` the cost limit assumes a page of this size (most persons have fewer counterparts
    // than the default page); with it, \`first\` itself.
    extensions: { listSize: DEFAULT_PAGE_SIZE },
    resolve: async (_root, args, ctx, info) => {
      const personId = idOf(String(args.person), ['Person']);
      const first = checkBounded('first', args.first ?? DEFAULT_MET_WITH, 0, MAX_MET_WITH);
      // One statement: the person, the page of counterparts and their entity rows, which prime the loader
      // so that nested `counterpart { … }` costs no further statement.
      const { person, rows } = await metWith(ctx.db, personId, { from: args.from, to: args.to }, first, selectsField(info, 'events'));
      if (!person) throw new NotFoundError(`No person with ID "${String(args.person)}"`);
      ctx.loaders.entity.prime(person.id, person);
      for (const r of rows) ctx.loaders.entity.prime(r.counterpartId, r.counterpart);
      return rows;
    },
  }),
}));
