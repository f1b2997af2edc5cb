import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { count } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../storage/database.ts';
import { articles } from '../storage/tables.ts';
import { parseArticleFile } from './article-input.ts';
import { ingestArticle, type IngestResult } from './ingest-article.ts';

export const SEEDS_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));

const ManifestSchema = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      language: z.string().nullish(),
      publishedAt: z.string().nullish(),
      outlet: z.string().nullish(),
      url: z.string().nullish(),
      title: z.string().nullish(),
    }),
  ),
});

/** Reads seeds/manifest.json and the article files it lists, with their metadata. */
export function readSeedArticles(seedsDir = SEEDS_DIR) {
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(path.join(seedsDir, 'manifest.json'), 'utf8')));
  return manifest.articles.map((entry) => {
    const file = path.join(seedsDir, 'articles', entry.file);
    const parsed = parseArticleFile(file, readFileSync(file));
    return {
      file: entry.file,
      article: {
        title: entry.title ?? parsed.title,
        body: parsed.body,
        language: entry.language ?? parsed.language,
        publishedAt: entry.publishedAt ?? parsed.publishedAt,
        outlet: entry.outlet ?? parsed.outlet,
        url: entry.url ?? parsed.url,
      },
    };
  });
}

/** Loads the seed articles into an empty database (first start); does nothing once any article exists. */
export async function loadSeedsIfEmpty(db: Db, seedsDir = SEEDS_DIR): Promise<IngestResult[] | null> {
  const [row] = await db.select({ n: count() }).from(articles);
  if ((row?.n ?? 0) > 0) return null;
  const results: IngestResult[] = [];
  for (const seed of readSeedArticles(seedsDir)) results.push(await ingestArticle(db, seed.article));
  return results;
}
