import { parseArgs } from 'node:util';
import { goldWarnings, loadGold } from '../eval/gold.ts';
import { formatReport } from '../eval/report.ts';
import { evaluate } from '../eval/run.ts';
import { openDatabase } from '../storage/database.ts';

/**
 * `npm run eval -- --gold FILE --articles DIR [--json]`: ingests the gold file's articles into a fresh
 * in-memory database (each published on its gold date), reads the graph back, and scores it
 * (src/eval/run.ts). Warnings and unreadable articles go to stderr; stdout holds only the report.
 */
const { values } = parseArgs({
  options: {
    gold: { type: 'string', default: 'test/fixtures/seeds.gold.json' },
    articles: { type: 'string', default: 'seeds/articles' },
    json: { type: 'boolean', default: false },
  },
});

const warnings: string[] = [];
const gold = await loadGold(values.gold!, warnings);
for (const w of [...warnings, ...goldWarnings(gold)]) console.error(`warning: ${w}`);

const database = await openDatabase({ driver: 'pglite', dataDir: null });
try {
  const result = await evaluate(database.db, gold, values.articles!, (message) => console.error(`error: ${message}`));
  process.stdout.write(values.json ? `${JSON.stringify(result)}\n` : formatReport(result));
} finally {
  await database.close();
}
