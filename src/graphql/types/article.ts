import { toConnection, toPage } from '../../graph/pagination.ts';
import { builder } from '../builder.ts';
import { ArticleRef, MentionRef, OutletRef } from '../refs.ts';

OutletRef.implement({
  fields: (t) => ({ name: t.exposeString('name') }),
});

builder.node(ArticleRef, {
  description: 'A news article as ingested; offsets of mentions and evidence point into its body.',
  id: { resolve: (a) => a.id },
  loadMany: async (ids, ctx) => {
    const rows = await ctx.loaders.article.loadMany(ids.map(Number));
    return rows.map((r) => (r instanceof Error ? null : r));
  },
  fields: (t) => ({
    title: t.exposeString('title', { nullable: true }),
    body: t.exposeString('body'),
    language: t.exposeString('language'),
    publishedAt: t.field({ type: 'Date', nullable: true, resolve: (a) => a.publishedAt }),
    url: t.exposeString('url', { nullable: true }),
    boilerplateFrom: t.exposeInt('boilerplateFrom', {
      nullable: true,
      description: 'Offset where boilerplate (source lines, "read also" lists) begins; nothing is extracted after it.',
    }),
    syndicatedFrom: t.field({
      type: ArticleRef,
      nullable: true,
      description: 'The earlier article this one is a syndicated copy of (most paragraphs shared); copies count once as a source.',
      resolve: (a, _x, ctx) => (a.syndicatedFrom === null ? null : ctx.loaders.article.load(a.syndicatedFrom)),
    }),
    outlet: t.field({
      type: OutletRef,
      nullable: true,
      resolve: (a, _x, ctx) => (a.outletId === null ? null : ctx.loaders.outlet.load(a.outletId)),
    }),
    mentions: t.connection({
      type: MentionRef,
      resolve: async (a, args, ctx) => {
        const page = toPage(args);
        const { rows, total } = await ctx.loaders.mentionsInArticle(page).load(a.id);
        return toConnection(rows, page, total);
      },
    }),
  }),
});
