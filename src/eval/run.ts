import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateArticle } from '../ingest/article-input.ts';
import { ingestArticle } from '../ingest/ingest-article.ts';
import type { Db } from '../storage/database.ts';
import type { GoldFile } from './gold.ts';
import { predictionFor } from './predict.ts';
import type { ArticlePrediction } from './prediction.ts';
import { scoreAll } from './score.ts';

/**
 * Ingests each gold article from `articlesDir` into `db` (published on its gold date), reads the graph
 * back and scores it. An article file that is missing or that ingest rejects is reported through
 * `onError` and scored as found nothing (all its gold counts as misses), so one bad file never hides
 * the other articles' scores.
 */
export async function evaluate(db: Db, gold: GoldFile, articlesDir: string, onError: (message: string) => void = () => {}) {
  const predictions: ArticlePrediction[] = [];
  const nothing = (file: string): ArticlePrediction => ({ file, entities: [], events: [], roles: [] });
  for (const g of gold.articles) {
    const file = path.join(articlesDir, g.file);
    if (!existsSync(file)) {
      onError(`${file} not found; scored as found nothing`);
      predictions.push(nothing(g.file));
      continue;
    }
    // A byte-order mark and Windows line ends are not part of the text.
    const body = readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    try {
      const article = validateArticle({ body, publishedAt: g.published });
      const { articleId } = await ingestArticle(db, article);
      const cut = g.boilerplate_from ? body.indexOf(g.boilerplate_from) : -1;
      predictions.push(await predictionFor(db, g.file, articleId, cut >= 0 ? cut : undefined));
    } catch (error) {
      onError(`${file} could not be ingested (${error instanceof Error ? error.message : String(error)}); scored as found nothing`);
      predictions.push(nothing(g.file));
    }
  }
  return scoreAll(gold, predictions);
}
