import { MAX_PAGE_SIZE, checkBounded } from '../../graph/pagination.ts';
import { searchArticles, searchEntities, type EntityMatch } from '../../graph/search.ts';
import type { ArticleRow } from '../../storage/tables.ts';
import { builder } from '../builder.ts';
import { ArticleRef, EntityRef } from '../refs.ts';
import { EntityKindEnum } from './enums.ts';

const EntityMatchRef = builder.objectRef<EntityMatch>('EntityMatch').implement({
  description: 'An entity found by name, with the alias that matched and how well.',
  fields: (t) => ({
    entity: t.field({ type: EntityRef, resolve: async (m, _a, ctx) => (await ctx.loaders.entity.load(m.entityId))! }),
    alias: t.exposeString('alias', { description: 'The matched alias, as written.' }),
    score: t.exposeFloat('score', { description: '1 exact, 0.95 prefix, 0.9 word prefix, else trigram similarity (0..1).' }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [EntityMatchRef],
    description: 'Entities by an Arabic or English name, tolerant of Arabic spelling variants and typos, best match first.',
    args: {
      text: t.arg.string({ required: true }),
      kinds: t.arg({ type: [EntityKindEnum] }),
      first: t.arg.int({ defaultValue: 10 }),
    },
    resolve: (_root, args, ctx) =>
      searchEntities(ctx.db, args.text, args.kinds ?? null, checkBounded('first', args.first ?? 10, 0, MAX_PAGE_SIZE)),
  }),

  searchArticles: t.field({
    type: [ArticleRef],
    description: 'Articles whose text contains the words (hamza, alef and diacritic variants tolerated), newest first.',
    args: { text: t.arg.string({ required: true }), first: t.arg.int({ defaultValue: 10 }) },
    resolve: async (_root, args, ctx) => {
      const ids = await searchArticles(ctx.db, args.text, checkBounded('first', args.first ?? 10, 0, MAX_PAGE_SIZE));
      return (await ctx.loaders.article.loadMany(ids)).filter((a): a is ArticleRow => a !== null && !(a instanceof Error));
    },
  }),
}));
