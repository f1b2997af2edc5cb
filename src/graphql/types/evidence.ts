import { builder } from '../builder.ts';
import { ArticleRef, EvidenceRef } from '../refs.ts';

/** The provenance of a fact: the quote, the article, and offsets such that article.body[start:end] === quote. */
EvidenceRef.implement({
  description: 'The sentence that states a fact: quote, article, and offsets into the article body.',
  fields: (t) => ({
    quote: t.exposeString('quote'),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    sentenceIndex: t.exposeInt('sentenceIndex'),
    trigger: t.string({
      nullable: true,
      description: 'The word that signals the event (events only).',
      resolve: (e) => ('trigger' in e ? (e.trigger ?? null) : null),
    }),
    article: t.field({ type: ArticleRef, resolve: async (e, _a, ctx) => (await ctx.loaders.article.load(e.articleId))! }),
  }),
});
