import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { corroborationByEventIds } from '../../src/graph/events.ts';
import { validateArticle } from '../../src/ingest/article-input.ts';
import { writeArticle } from '../../src/ingest/ingest-article.ts';
import type { Extraction } from '../../src/nlp/types.ts';
import * as t from '../../src/storage/tables.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';

const MEETING = 'التقى رئيس الوزراء الأول سامر خليل بالوزير الثاني رامي حداد في العاصمة لبحث العلاقات الثنائية بين البلدين.';
const PARAGRAPHS = [
  'وتناول الجانبان خلال اللقاء سبل تعزيز التعاون في مجالات الطاقة والتجارة والاستثمار وتبادل الخبرات الفنية.',
  'وأكد الطرفان أهمية مواصلة التنسيق والتشاور إزاء القضايا الإقليمية والدولية ذات الاهتمام المشترك بين البلدين.',
  'كما جرى التطرق إلى التحضيرات الجارية لعقد اللجنة المشتركة العليا في موعدها المقرر خلال الأشهر المقبلة.',
];

/** A hand-built report of one meeting between two persons, dated or not, in a body made of `paragraphs`. */
function report(body: string, date: string | null): Extraction {
  const q = body.indexOf(MEETING);
  const person = (key: string, name: string) => ({ key, kind: 'PERSON' as const, nameAr: name, nameEn: name, nameEnSource: 'TRANSLITERATION' as const, lexiconId: null, aliases: [name] });
  return {
    boilerplateFrom: null,
    sentences: [{ index: 0, start: q, end: q + MEETING.length, text: MEETING }],
    entities: [person('a', 'سامر خليل'), person('b', 'رامي حداد')],
    mentions: [],
    events: [
      {
        key: 'e',
        kind: 'MEETING',
        status: 'OCCURRED',
        date,
        datePrecision: date ? 'DAY' : null,
        locationKey: null,
        participants: [
          { entityKey: 'a', role: 'HOST' },
          { entityKey: 'b', role: 'GUEST' },
        ],
        trigger: { start: q, end: q + 5, text: 'التقى' },
        evidence: { sentenceIndex: 0, start: q, end: q + MEETING.length, quote: MEETING },
      },
    ],
    roles: [],
  };
}

describeEachDatabase('corroboration: one event across articles, syndicated copies counted once', (factory) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await factory.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('merges reports of the same meeting and counts distinct sources, copies once', async () => {
    const db = database.db;
    const original = [MEETING, ...PARAGRAPHS].join('\n');
    const copy = ['عاجل من مراسلنا:', MEETING, ...PARAGRAPHS, 'المصدر: وكالة'].join('\n');
    const independent = `في خبر منفصل، ${MEETING}`;

    const a = await writeArticle(db, validateArticle({ body: original, publishedAt: '2024-05-02', outlet: 'Agency' }), report(original, null));
    const b = await writeArticle(db, validateArticle({ body: copy, publishedAt: '2024-05-02', outlet: 'Reprinter' }), report(copy, '2024-05-01'));
    const c = await writeArticle(db, validateArticle({ body: independent, publishedAt: '2024-05-03', outlet: 'Daily' }), report(independent, '2024-05-02'));

    const stored = await db.select().from(t.articles).orderBy(t.articles.id);
    expect(stored.map((r) => r.syndicatedFrom)).toEqual([null, a.articleId, null]);
    expect(stored[1]!.sourceKey).toBe(stored[0]!.sourceKey);

    // One event: the undated first report took its date from the second; evidence from all three articles.
    const allEvents = await db.select().from(t.events);
    expect(allEvents).toHaveLength(1);
    expect(allEvents[0]!.date).toBe('2024-05-01');
    const evidence = await db.select().from(t.eventEvidence).where(eq(t.eventEvidence.eventId, allEvents[0]!.id));
    expect(evidence.map((e) => e.articleId).sort()).toEqual([a.articleId, b.articleId, c.articleId].sort());
    expect(b.counts.eventsCreated + c.counts.eventsCreated).toBe(0);

    // Three articles, three outlets, but the reprint is the agency's report: two sources.
    const [corroboration] = await corroborationByEventIds(db, [allEvents[0]!.id]);
    expect(corroboration).toMatchObject({ outletCount: 2, articleCount: 3, firstReported: '2024-05-02', lastReported: '2024-05-03' });
  });
});
