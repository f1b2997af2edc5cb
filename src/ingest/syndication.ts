import { createHash } from 'node:crypto';
import { foldName } from '../nlp/normalise.ts';

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
