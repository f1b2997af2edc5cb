import type { IngestedArticle, IngestedEvent } from '../../ingest/notifications.ts';
import type { EventRow } from '../../storage/tables.ts';
import { builder, type Context } from '../builder.ts';
import { createLoaders } from '../loaders.ts';
import { ArticleRef, EventRef } from '../refs.ts';
import { EventKindEnum } from './enums.ts';
import { IngestCountsRef } from './mutation.ts';

/**
 * Live updates over server-sent events (or any transport Yoga speaks): announced after the ingest
 * transaction commits, never for rolled-back or UNCHANGED ingests.
 */
const ArticleIngestedRef = builder.objectRef<IngestedArticle>('ArticleIngested').implement({
  description: 'An article that was just ingested, with what it added to the graph.',
  fields: (t) => ({
    article: t.field({ type: ArticleRef, resolve: async (a, _x, ctx) => (await ctx.loaders.article.load(a.articleId))! }),
    title: t.exposeString('title', { nullable: true }),
    outlet: t.exposeString('outlet', { nullable: true }),
    publishedAt: t.field({ type: 'Date', nullable: true, resolve: (a) => a.publishedAt }),
    counts: t.field({ type: IngestCountsRef, resolve: (a) => a.counts }),
    events: t.field({
      type: [EventRef],
      description: 'Events this article created (not those it only corroborated).',
      resolve: async (a, _x, ctx) => {
        const rows = await ctx.loaders.event.loadMany(a.events.map((e) => e.eventId));
        return rows.filter((r): r is EventRow => r !== null && !(r instanceof Error));
      },
    }),
  }),
});

/**
 * A subscription lives as long as its client, but loaders must not: each message is resolved with
 * fresh loaders, so nothing is cached across messages (no stale rows, no unbounded cache).
 */
async function* freshLoadersPerMessage<T>(ctx: Context, source: AsyncIterable<T>): AsyncGenerator<T> {
  for await (const message of source) {
    ctx.loaders = createLoaders(ctx.db);
    yield message;
  }
}

builder.subscriptionFields((t) => ({
  articleIngested: t.field({
    type: ArticleIngestedRef,
    description: 'Every newly ingested article, once its transaction has committed.',
    subscribe: (_root, _args, ctx) => freshLoadersPerMessage(ctx, ctx.pubsub.subscribe('articleIngested')),
    resolve: (article) => article,
  }),
  eventAdded: t.field({
    type: EventRef,
    description: 'Every event newly added to the graph by an ingest, optionally only of the given kinds.',
    args: { kinds: t.arg({ type: [EventKindEnum], required: false }) },
    subscribe: (_root, args, ctx) => {
      const kinds = args.kinds && args.kinds.length > 0 ? new Set<string>(args.kinds) : null;
      const source = ctx.pubsub.subscribe('eventAdded');
      return freshLoadersPerMessage(ctx, kinds ? filterAsync(source, (e) => kinds.has(e.kind)) : source);
    },
    resolve: async (event: IngestedEvent, _args, ctx) => (await ctx.loaders.event.load(event.eventId))!,
  }),
}));

async function* filterAsync<T>(source: AsyncIterable<T>, keep: (t: T) => boolean): AsyncGenerator<T> {
  for await (const item of source) if (keep(item)) yield item;
}
