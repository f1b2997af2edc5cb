import { builder } from '../builder.ts';
import { ArticleRef, EntityRef, MentionRef } from '../refs.ts';
import { LinkMethodEnum } from './enums.ts';

MentionRef.implement({
  description: 'One place an entity is named: article, character offsets into its body, and why it was linked.',
  fields: (t) => ({
    text: t.exposeString('text', { description: 'The mention as written: article.body[start:end].' }),
    start: t.exposeInt('start'),
    end: t.exposeInt('end'),
    sentenceIndex: t.exposeInt('sentenceIndex'),
    method: t.field({ type: LinkMethodEnum, resolve: (m) => m.method }),
    confidence: t.exposeFloat('confidence'),
    article: t.field({ type: ArticleRef, resolve: async (m, _a, ctx) => (await ctx.loaders.article.load(m.articleId))! }),
    entity: t.field({ type: EntityRef, resolve: async (m, _a, ctx) => (await ctx.loaders.entity.load(m.entityId))! }),
  }),
});
