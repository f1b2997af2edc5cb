import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { validateArticle } from '../ingest/article-input.ts';
import { ingestArticle } from '../ingest/ingest-article.ts';
import { goldWarnings, loadGold } from '../eval/gold.ts';
import { predictionFor } from '../eval/predict.ts';
import { formatReport } from '../eval/report.ts';
import { scoreAll } from '../eval/score.ts';
import { openDatabase } from '../storage/database.ts';

/**
 * `npm run eval -- --gold FILE --articles DIR [--json]`: ingests the gold file's articles into a fresh
 * in-memory database (each published on its gold date), reads the graph back, and scores it.
 */
const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'test/fixtures/seeds.gold.json' },
    articles: { type: 'string', default: 'seeds/articles' },
    json: { type: 'boolean', default: false },
  },
});

const gold = await loadGold(values.gold!);
for (const w of goldWarnings(gold)) console.error(`warning: ${w}`);

const database = await openDatabase({ driver: 'pglite', dataDir: null });
try {
  const predictions = [];
  for (const g of gold.articles) {
    const body = readFileSync(path.join(values.articles!, g.file), 'utf8').replace(/\r\n?/g, '\n');
    const article = validateArticle({ body, publishedAt: g.published });
    const { articleId } = await ingestArticle(database.db, article);
    const cut = g.boilerplate_from ? body.indexOf(g.boilerplate_from) : -1;
    predictions.push(await predictionFor(database.db, g.file, articleId, cut >= 0 ? cut : undefined));
  }
  const result = scoreAll(gold, predictions);
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : formatReport(result));
} finally {
  await database.close();
}
