import { count, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateArticle } from '../../src/ingest/article-input.ts';
import { ingestArticle, writeArticle } from '../../src/ingest/ingest-article.ts';
import type { Extraction } from '../../src/nlp/types.ts';
import type { Db } from '../../src/storage/database.ts';
import * as t from '../../src/storage/tables.ts';
import { describeEachDatabase, type TestDatabase } from '../support/databases.ts';

/** Row counts of every fact table: the fingerprint of the graph's content. */
async function rowCounts(db: Db) {
  const tables = {
    articles: t.articles,
    outlets: t.outlets,
    entities: t.entities,
    aliases: t.aliases,
    sentences: t.sentences,
    mentions: t.mentions,
    events: t.events,
    participants: t.eventParticipants,
    evidence: t.eventEvidence,
    roles: t.roles,
    roleEvidence: t.roleEvidence,
  };
  const out: Record<string, number> = {};
  for (const [name, table] of Object.entries(tables)) {
    const [row] = await db.select({ n: count() }).from(table);
    out[name] = Number(row!.n);
  }
  return out;
}

const BODY = 'التقى الرئيس المصري عبد الفتاح السيسي وزير الخارجية الفرنسي في القاهرة أمس.';

/** A hand-built extraction of BODY, so storage is tested without depending on the NLP pipeline. */
function handBuiltExtraction(): Extraction {
  const span = (s: string) => {
    const start = BODY.indexOf(s);
    return { start, end: start + s.length };
  };
  return {
    boilerplateFrom: null,
    sentences: [{ index: 0, start: 0, end: BODY.length, text: BODY }],
    entities: [
      { key: 'p1', kind: 'PERSON', nameAr: 'عبد الفتاح السيسي', nameEn: 'Abdel Fattah el-Sisi', nameEnSource: 'LEXICON', lexiconId: 'test:sisi', aliases: ['عبد الفتاح السيسي'] },
      { key: 'l1', kind: 'LOCATION', nameAr: 'القاهرة', nameEn: 'Cairo', nameEnSource: 'LEXICON', lexiconId: 'test:cairo', aliases: ['القاهرة'] },
      { key: 'l2', kind: 'LOCATION', nameAr: 'مصر', nameEn: 'Egypt', nameEnSource: 'LEXICON', lexiconId: 'test:eg', aliases: [] },
    ],
    mentions: [
      { entityKey: 'p1', ...span('عبد الفتاح السيسي'), text: 'عبد الفتاح السيسي', sentenceIndex: 0, method: 'LEXICON_EXACT', confidence: 1 },
      { entityKey: 'l1', ...span('القاهرة'), text: 'القاهرة', sentenceIndex: 0, method: 'LEXICON_EXACT', confidence: 1 },
    ],
    events: [
      {
        key: 'e1',
        kind: 'MEETING',
        status: 'OCCURRED',
        date: '2024-03-20',
        datePrecision: 'DAY',
        locationKey: 'l1',
        participants: [{ entityKey: 'p1', role: 'HOST' }],
        trigger: { ...span('التقى'), text: 'التقى' },
        evidence: { sentenceIndex: 0, start: 0, end: BODY.length, quote: BODY },
      },
    ],
    roles: [
      { personKey: 'p1', title: 'President', titleAr: 'الرئيس', affiliationKey: 'l2', evidence: { sentenceIndex: 0, start: 0, end: BODY.length, quote: BODY } },
    ],
  };
}

describeEachDatabase('storage: one transaction per article', (factory) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await factory.open();
  });
  afterAll(async () => {
    await database?.close();
  });

  it('writes an article with its entities, mentions, event, evidence and role', async () => {
    const article = validateArticle({ body: BODY, publishedAt: '2024-03-21', outlet: 'Test Wire' });
    const result = await writeArticle(database.db, article, handBuiltExtraction());
    expect(result.status).toBe('CREATED');
    expect(result.counts).toEqual({ entitiesCreated: 3, mentions: 2, eventsCreated: 1, evidence: 1, roles: 1 });
    const [evidence] = await database.db.select().from(t.eventEvidence);
    const [stored] = await database.db.select().from(t.articles).where(eq(t.articles.id, evidence!.articleId));
    expect(stored!.body.slice(evidence!.start, evidence!.end)).toBe(evidence!.quote);
  });

  it('leaves nothing behind when an ingest fails half-way', async () => {
    const before = await rowCounts(database.db);
    const broken = handBuiltExtraction();
    // The event refers to an entity the extraction never declared: the write fails after the article row.
    broken.events[0]!.participants.push({ entityKey: 'missing', role: 'GUEST' });
    const article = validateArticle({ body: `${BODY} (نسخة ثانية)`, publishedAt: '2024-03-21', outlet: 'Other Wire' });
    await expect(writeArticle(database.db, article, broken)).rejects.toThrow(/unknown entity key missing/);
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it('refuses input that is not an article, naming the problem, and writes nothing', async () => {
    const before = await rowCounts(database.db);
    await expect(ingestArticle(database.db, { body: '   ' })).rejects.toMatchObject({ code: 'INVALID_ARTICLE', message: expect.stringMatching(/body is empty/) });
    await expect(ingestArticle(database.db, { body: 'x', publishedAt: 'yesterday' })).rejects.toMatchObject({ code: 'INVALID_ARTICLE', message: expect.stringMatching(/publishedAt/) });
    await expect(ingestArticle(database.db, { title: 'no body' })).rejects.toMatchObject({ code: 'INVALID_ARTICLE' });
    expect(await rowCounts(database.db)).toEqual(before);
  });

  it('migrations created the trigram index that fuzzy search relies on', async () => {
    const result = await database.db.execute(sql`SELECT similarity('هرتسوغ', 'هرتسوج') AS s`);
    const rows = Array.isArray(result) ? result : (result as { rows: unknown[] }).rows;
    expect(Number((rows[0] as { s: number }).s)).toBeGreaterThan(0.3);
  });
});

describe('article input', () => {
  it('derives the title from a headline line and hashes text modulo diacritics and spacing', () => {
    const a = validateArticle({ body: 'عنوان الخبر\nنصُّ الخبر هنا.' });
    const b = validateArticle({ body: 'عنوان  الخبر\nنص الخبر هنا.' });
    expect(a.title).toBe('عنوان الخبر');
    expect(a.contentHash).toBe(b.contentHash);
    expect(a.language).toBe('ar');
  });
});
