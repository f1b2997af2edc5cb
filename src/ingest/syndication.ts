import { createHash } from 'node:crypto';
import { asc, sql } from 'drizzle-orm';
import { foldName } from '../nlp/normalise.ts';
import type { Queryable } from '../storage/database.ts';
import { articles } from '../storage/tables.ts';

/**
 * Syndicated copies: outlets republish agency copy with a new intro and a different tail, so whole-text
 * hashes differ while most paragraphs are the same. An article is a copy of an earlier one when most
 * of its substantial paragraphs (folded: diacritics, spelling variants, punctuation and spacing aside)
 * appear there too. Copies are counted once when corroboration counts outlets.
 */

/** Paragraphs shorter than this (folded characters) are headlines, datelines or link lists: not evidence of copying. */
const MIN_PARAGRAPH_CHARS = 60;
/** Share of the shorter article's paragraphs that must be shared to call it a copy. */
export const SYNDICATION_OVERLAP = 0.5;
/** And at least this many shared paragraphs, so two one-paragraph briefs on the same quote are not merged. */
const MIN_SHARED_PARAGRAPHS = 2;

/** Fingerprints of an article's substantial paragraphs (sentences, when the text has no paragraph breaks). */
export function paragraphFingerprints(body: string, boilerplateFrom: number | null): string[] {
  const text = boilerplateFrom === null ? body : body.slice(0, boilerplateFrom);
  const blocks = text.split(/\n+/).flatMap((block) => (block.length > 600 ? block.split(/(?<=[.!?؟])\s+/) : [block]));
  const hashes = new Set<string>();
  for (const block of blocks) {
    const folded = foldName(block);
    if (folded.length < MIN_PARAGRAPH_CHARS) continue;
    hashes.add(createHash('sha1').update(folded).digest('hex').slice(0, 16));
  }
  return [...hashes];
}

/** True when two articles' fingerprints overlap enough to call one a copy of the other. */
export function isSyndicatedCopy(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const other = new Set(b);
  const shared = a.filter((h) => other.has(h)).length;
  return shared >= MIN_SHARED_PARAGRAPHS && shared / Math.min(a.length, b.length) >= SYNDICATION_OVERLAP;
}

/**
 * The earliest stored article this one copies, with the source key the copy inherits; null when it is
 * an original. Candidates share at least one fingerprint (GIN index on paragraph_hashes).
 */
export async function findSyndicationSource(
  tx: Queryable,
  hashes: readonly string[],
): Promise<{ articleId: number; sourceKey: string } | null> {
  if (hashes.length === 0) return null;
  const candidates = await tx
    .select({ id: articles.id, hashes: articles.paragraphHashes, syndicatedFrom: articles.syndicatedFrom, sourceKey: articles.sourceKey })
    .from(articles)
    .where(sql`${articles.paragraphHashes} && ${sql`ARRAY[${sql.join(
      hashes.map((h) => sql`${h}`),
      sql`, `,
    )}]::text[]`}`)
    .orderBy(asc(articles.id))
    .limit(50);
  const original = candidates.find((c) => isSyndicatedCopy(hashes, c.hashes));
  // A copy of a copy points at the first original, so chains never form.
  return original ? { articleId: original.syndicatedFrom ?? original.id, sourceKey: original.sourceKey } : null;
}
