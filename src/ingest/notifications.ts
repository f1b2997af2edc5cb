import type { EventKind, EventStatus } from '../ontology/kinds.ts';
import type { IngestCounts } from './ingest-article.ts';

/**
 * What an ingest announces once its transaction has COMMITTED: the article and the events it created.
 * Ingest knows nothing of GraphQL; the server subscribes a listener that publishes these to its pubsub.
 * Rolled-back and UNCHANGED ingests announce nothing.
 */
export interface IngestedEvent {
  eventId: number;
  articleId: number;
  kind: EventKind;
  status: EventStatus;
  date: string | null;
  participantIds: number[];
}

export interface IngestedArticle {
  articleId: number;
  title: string | null;
  outlet: string | null;
  publishedAt: string | null;
  counts: IngestCounts;
  /** Events this article created (events it only corroborated are counted in counts.evidence). */
  events: IngestedEvent[];
}

export type IngestListener = (article: IngestedArticle) => void;

/** A small typed emitter. A listener that throws is isolated: the ingest has committed and stays a success. */
export class IngestNotifier {
  private readonly listeners = new Set<IngestListener>();

  subscribe(listener: IngestListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  notify(article: IngestedArticle): void {
    for (const listener of this.listeners) {
      try {
        listener(article);
      } catch {
        // a broken listener must not turn a committed ingest into an error
      }
    }
  }
}
