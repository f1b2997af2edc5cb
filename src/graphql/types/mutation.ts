import { ingestArticle, type IngestCounts, type IngestResult } from '../../ingest/ingest-article.ts';
import { UnauthenticatedError } from '../../errors.ts';
import { builder } from '../builder.ts';
import { ArticleRef } from '../refs.ts';

const ArticleInput = builder.inputType('ArticleInput', {
  fields: (t) => ({
    title: t.string(),
    body: t.string({ required: true }),
    language: t.string({ description: 'ISO 639 code; default "ar".' }),
    publishedAt: t.field({ type: 'Date', description: 'Relative dates in the text ("yesterday", "on Thursday") resolve against it.' }),
    url: t.string(),
    outlet: t.string(),
  }),
});

const IngestStatus = builder.enumType('IngestStatus', { values: ['CREATED', 'UNCHANGED'] as const });

export const IngestCountsRef = builder.objectRef<IngestCounts>('IngestCounts').implement({
  fields: (t) => ({
    entitiesCreated: t.exposeInt('entitiesCreated'),
    mentions: t.exposeInt('mentions'),
    eventsCreated: t.exposeInt('eventsCreated'),
    evidence: t.exposeInt('evidence'),
    roles: t.exposeInt('roles'),
  }),
});

const IngestPayload = builder.objectRef<IngestResult>('IngestPayload').implement({
  fields: (t) => ({
    status: t.field({ type: IngestStatus, resolve: (r) => r.status }),
    article: t.field({ type: ArticleRef, resolve: async (r, _a, ctx) => (await ctx.loaders.article.load(r.articleId))! }),
    counts: t.field({ type: IngestCountsRef, resolve: (r) => r.counts }),
  }),
});

builder.mutationFields((t) => ({
  ingestArticle: t.field({
    type: IngestPayload,
    description:
      'Ingests one article in one transaction; the same text again changes nothing (status UNCHANGED). Requires the bearer token.',
    args: { input: t.arg({ type: ArticleInput, required: true }) },
    resolve: async (_root, { input }, ctx) => {
      if (!ctx.mutationsEnabled) throw new UnauthenticatedError('Mutations are disabled: no SHABAKA_API_TOKEN is configured');
      if (!ctx.authenticated) throw new UnauthenticatedError('A valid bearer token is required');
      return ingestArticle(ctx.db, input, { onIngested: ctx.onIngested });
    },
  }),
}));
