import { validateArticle } from '../../src/ingest/article-input.ts';
import { writeArticle } from '../../src/ingest/ingest-article.ts';
import type { Extraction } from '../../src/nlp/types.ts';
import type { Db } from '../../src/storage/database.ts';

/**
 * Writes `n` small hand-built articles: article i mentions persons P0..P(i mod 4)+1 and reports one
 * meeting between P0 and P(i+1), so result sizes grow with n while the shape stays the same.
 */
export async function writeSyntheticArticles(db: Db, n: number, tag = 'synthetic'): Promise<void> {
  for (let i = 0; i < n; i++) {
    const names = Array.from({ length: 2 + (i % 4) }, (_, k) => `شخص${k === 0 ? 0 : ((i + k) % 50) + 1}`);
    const body = `${names.join(' و')} في خبر رقم ${i} من ${tag}.`;
    const entities = names.map((name, k) => ({
      key: `p${k}`,
      kind: 'PERSON' as const,
      nameAr: name,
      nameEn: `Person ${name.replace('شخص', '')}`,
      nameEnSource: 'TRANSLITERATION' as const,
      lexiconId: null,
      aliases: [name],
    }));
    let cursor = 0;
    const mentions = names.map((name, k) => {
      const start = body.indexOf(name, cursor);
      cursor = start + name.length;
      return { entityKey: `p${k}`, start, end: start + name.length, text: name, sentenceIndex: 0, method: 'NER' as const, confidence: 0.9 };
    });
    const extraction: Extraction = {
      boilerplateFrom: null,
      sentences: [{ index: 0, start: 0, end: body.length, text: body }],
      entities,
      mentions,
      events: [
        {
          key: 'e',
          kind: 'MEETING',
          status: 'OCCURRED',
          date: `2024-01-${String((i % 28) + 1).padStart(2, '0')}`,
          datePrecision: 'DAY',
          locationKey: null,
          participants: [
            { entityKey: 'p0', role: 'HOST' },
            { entityKey: 'p1', role: 'GUEST' },
          ],
          trigger: { start: 0, end: 1, text: body[0]! },
          evidence: { sentenceIndex: 0, start: 0, end: body.length, quote: body },
        },
      ],
      roles: [],
    };
    await writeArticle(db, validateArticle({ body, publishedAt: '2024-02-01', outlet: `Outlet ${i % 3}` }), extraction);
  }
}
