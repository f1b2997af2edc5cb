import { createPubSub, type PubSub } from 'graphql-yoga';
import type { IngestedArticle, IngestedEvent, IngestNotifier } from '../ingest/notifications.ts';

/** Topics of the live-update subscriptions: one message per committed ingest, one per event it created. */
export type Topics = {
  articleIngested: [IngestedArticle];
  eventAdded: [IngestedEvent];
};

export type ShabakaPubSub = PubSub<Topics>;

/**
 * An in-memory pubsub fed by an ingest notifier. It serves one process; several replicas would need a
 * shared event target (e.g. Redis), which createPubSub accepts.
 */
export function pubSubFor(notifier: IngestNotifier): ShabakaPubSub {
  const pubsub = createPubSub<Topics>();
  notifier.subscribe((article) => {
    pubsub.publish('articleIngested', article);
    for (const event of article.events) pubsub.publish('eventAdded', event);
  });
  return pubsub;
}
