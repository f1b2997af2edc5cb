import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { ConfigError, loadConfig } from '../config.ts';
import { ShabakaError } from '../errors.ts';
import { parseArticleFile } from '../ingest/article-input.ts';
import { ingestArticle, type IngestCounts } from '../ingest/ingest-article.ts';
import { openConfiguredDatabase } from '../server/main.ts';

/**
 * `npm run ingest -- PATH...`: ingests article files (.json, .txt, .md) and folders of them into the
 * configured database, one transaction per article. Bad files are reported and skipped; the exit
 * code is 1 when any file was refused.
 */
const ARTICLE_EXTENSIONS = new Set(['.json', '.txt', '.md']);

function collectFiles(paths: string[]): string[] {
  const files: string[] = [];
  for (const p of paths) {
    const stat = statSync(p, { throwIfNoEntry: false });
    if (!stat) throw new Error(`no such file or folder: ${p}`);
    if (stat.isDirectory()) {
      const entries = readdirSync(p, { recursive: true, encoding: 'utf8' }).sort();
      for (const entry of entries) {
        const full = path.join(p, entry);
        if (ARTICLE_EXTENSIONS.has(path.extname(full).toLowerCase()) && statSync(full).isFile()) files.push(full);
      }
    } else {
      files.push(p);
    }
  }
  return files;
}

async function main(argv: string[]): Promise<number> {
  const paths = argv.filter((a) => !a.startsWith('--'));
  if (paths.length === 0) {
    console.error('usage: npm run ingest -- PATH... (article files .json/.txt/.md, or folders of them)');
    return 2;
  }
  const config = loadConfig();
  const files = collectFiles(paths);
  const database = await openConfiguredDatabase(config);
  const totals: IngestCounts & { created: number; unchanged: number; refused: number } = {
    created: 0,
    unchanged: 0,
    refused: 0,
    entitiesCreated: 0,
    mentions: 0,
    eventsCreated: 0,
    evidence: 0,
    roles: 0,
  };
  const problems: string[] = [];
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} articles | {file}', hideCursor: true, noTTYOutput: true, notTTYSchedule: 2000 },
    cliProgress.Presets.shades_classic,
  );
  const t0 = performance.now();
  bar.start(files.length, 0, { file: '' });
  try {
    for (const file of files) {
      bar.increment(0, { file: path.basename(file) });
      try {
        const article = parseArticleFile(file, readFileSync(file));
        const result = await ingestArticle(database.db, article);
        if (result.status === 'CREATED') totals.created++;
        else totals.unchanged++;
        for (const k of ['entitiesCreated', 'mentions', 'eventsCreated', 'evidence', 'roles'] as const) {
          totals[k] += result.counts[k];
        }
      } catch (e) {
        if (!(e instanceof ShabakaError)) throw e;
        totals.refused++;
        problems.push(e.message);
      }
      bar.increment(1);
    }
  } finally {
    bar.stop();
    await database.close();
  }
  for (const p of problems) console.error(`refused: ${p}`);
  const seconds = ((performance.now() - t0) / 1000).toFixed(2);
  console.log(
    `${files.length} files in ${seconds}s: ${totals.created} articles added, ${totals.unchanged} unchanged, ${totals.refused} refused; ` +
      `${totals.entitiesCreated} new entities, ${totals.mentions} mentions, ${totals.eventsCreated} new events, ` +
      `${totals.evidence} evidence sentences, ${totals.roles} roles (${database.driver})`,
  );
  return totals.refused > 0 ? 1 : 0;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (e) {
  console.error(e instanceof ConfigError ? e.message : `ingest failed: ${(e as Error).message}`);
  process.exitCode = 2;
}
