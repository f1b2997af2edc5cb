import { afterAll, beforeAll, expect, it } from 'vitest';
import { readSeedArticles } from '../../src/ingest/seeds.ts';
import { extract } from '../../src/nlp/pipeline.ts';
import { testClient } from '../support/app.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';

/** Reads `next` messages from a Yoga server-sent-events response. */
function sseReader(response: Response) {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    async next<T>(timeoutMs = 10_000): Promise<T> {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split('\n');
          if (!lines.includes('event: next')) continue;
          const data = lines.filter((l) => l.startsWith('data:')).map((l) => l.slice(5).trim()).join('\n');
          return JSON.parse(data) as T;
        }
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error('no SSE message in time');
        const chunk = await Promise.race([
          reader.read(),
          new Promise<never>((_, reject) => setTimeout(() => reject(new Error('no SSE message in time')), remaining)),
        ]);
        if (chunk.done) throw new Error('SSE stream ended');
        buffer += decoder.decode(chunk.value, { stream: true });
      }
    },
    cancel: () => reader.cancel(),
  };
}

const ARTICLE_SUB = `subscription {
  articleIngested { title outlet publishedAt article { id title } counts { eventsCreated mentions evidence } events { id kind status } }
}`;
const EVENT_SUB = `subscription { eventAdded { id kind status participants { entity { nameEn } } evidence { quote } } }`;
const INGEST = `mutation($input: ArticleInput!) { ingestArticle(input: $input) { status article { id } counts { eventsCreated } } }`;

type ArticleMsg = {
  data: {
    articleIngested: {
      title: string;
      outlet: string;
      publishedAt: string;
      article: { id: string; title: string };
      counts: { eventsCreated: number; mentions: number; evidence: number };
      events: { id: string; kind: string; status: string }[];
    };
  };
};
type EventMsg = { data: { eventAdded: { id: string; kind: string; evidence: { quote: string }[] } } };

describeEachDatabase('Live updates (subscriptions over server-sent events)', (factory) => {
  let database: TestDatabase;
  const TOKEN = 'test-token-0123456789';
  const auth = { authorization: `Bearer ${TOKEN}` };

  beforeAll(async () => {
    database = await factory.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('announces a committed ingest and its new events, and nothing for an UNCHANGED one', async () => {
    const client = testClient(database.db, TOKEN);
    const subscribe = async (query: string) => {
      const response = await client.app.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'text/event-stream' },
        body: JSON.stringify({ query }),
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
      return sseReader(response);
    };
    const articles = await subscribe(ARTICLE_SUB);
    const events = await subscribe(EVENT_SUB);
    const firstArticle = articles.next<ArticleMsg>();
    const firstEvent = events.next<EventMsg>();
    await new Promise((r) => setTimeout(r, 50)); // let both subscriptions register

    // A seed article from which the pipeline extracts events.
    const seed = readSeedArticles().find(
      ({ article: a }) => extract({ body: a.body, publishedAt: a.publishedAt ?? null, language: a.language ?? 'ar' }).events.length > 0,
    )!.article;
    const input = { title: 'لقاء', body: seed.body, publishedAt: '2024-05-02', outlet: 'Test' };
    type R = { ingestArticle: { status: string; article: { id: string }; counts: { eventsCreated: number } } };
    const created = await client.query<R>(INGEST, { input }, auth);
    expect(created.errors).toBeUndefined();
    expect(created.data!.ingestArticle.status).toBe('CREATED');
    expect(created.data!.ingestArticle.counts.eventsCreated).toBeGreaterThan(0);

    const msg = (await firstArticle).data.articleIngested;
    expect(msg.title).toBe('لقاء');
    expect(msg.outlet).toBe('Test');
    expect(msg.publishedAt).toBe('2024-05-02');
    expect(msg.article).toEqual({ id: created.data!.ingestArticle.article.id, title: 'لقاء' });
    expect(msg.counts.eventsCreated).toBe(created.data!.ingestArticle.counts.eventsCreated);
    expect(msg.events).toHaveLength(msg.counts.eventsCreated);

    const event = (await firstEvent).data.eventAdded;
    expect(msg.events.map((e) => e.id)).toContain(event.id);
    expect(event.evidence[0]!.quote.length).toBeGreaterThan(0);

    // The same text again is UNCHANGED and announces nothing: the next message is the next new article.
    const again = await client.query<R>(INGEST, { input }, auth);
    expect(again.data!.ingestArticle.status).toBe('UNCHANGED');
    const other = { ...input, title: 'بيان', body: 'قال المتحدث باسم الحكومة في بيان إن الاجتماع سيعقد الأسبوع المقبل.' };
    const second = articles.next<ArticleMsg>();
    await client.query<R>(INGEST, { input: other }, auth);
    expect((await second).data.articleIngested.title).toBe('بيان');

    await articles.cancel();
    await events.cancel();
  });

  it('a refused or rolled-back ingest announces nothing', async () => {
    const client = testClient(database.db, TOKEN);
    const notified: unknown[] = [];
    const { ingestArticle } = await import('../../src/ingest/ingest-article.ts');
    await expect(ingestArticle(database.db, { body: ' ' }, { onIngested: (a) => notified.push(a) })).rejects.toThrow();
    // A failure inside the transaction (a mention of an entity the extraction does not declare) rolls back: no message.
    const { writeArticle } = await import('../../src/ingest/ingest-article.ts');
    const { validateArticle } = await import('../../src/ingest/article-input.ts');
    const body = 'نص تجريبي لا يكتمل.';
    const broken = {
      boilerplateFrom: null,
      sentences: [{ index: 0, start: 0, end: body.length, text: body }],
      entities: [],
      mentions: [{ entityKey: 'missing', start: 0, end: 2, text: body.slice(0, 2), sentenceIndex: 0, method: 'NER' as const, confidence: 1 }],
      events: [],
      roles: [],
    };
    await expect(writeArticle(database.db, validateArticle({ body }), broken, { onIngested: (a) => notified.push(a) })).rejects.toThrow();
    const ok = await client.query(INGEST, { input: { body: 'قال الرئيس في بيان اليوم إن الحوار مستمر.' } }, auth);
    expect(ok.errors).toBeUndefined();
    expect(notified).toHaveLength(0);
  });
});
