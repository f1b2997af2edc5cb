import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldWord, stripClitics } from './clitics.ts';
import type { EntityType } from './tags.ts';

/**
 * Name lists the tagger consults. Single tokens (person-name parts from public name pairs) and
 * multi-word phrases (e.g. country names) are stored folded with the first word's clitics stripped,
 * the same key the feature extractor builds, so وبألمانيا finds ألمانيا.
 */
export interface GazetteerData {
  /** Folded tokens known as parts of person names. */
  personTokens: string[];
  /** Occurrence counts in the source list, aligned with personTokens (absent in older models). */
  personCounts?: number[];
  /** Folded tokens from transliteration pairs (mostly names, type unknown). */
  translitTokens: string[];
  /** Phrases by type, each a space-joined key from phraseKey(). */
  phrases: Partial<Record<EntityType, string[]>>;
}

export function phraseKey(words: readonly string[]): string {
  return words.map((w, i) => (i === 0 ? stripClitics(foldWord(w)).stem : foldWord(w))).join(' ');
}

export class Gazetteer {
  readonly personTokens: ReadonlySet<string>;
  /** Person-name token → frequency bucket ('1', '2-5', '6-30', '31+'). */
  readonly personBucket = new Map<string, string>();
  readonly translitTokens: ReadonlySet<string>;
  /** phrase key → types; maxWords bounds the lookup window. */
  readonly phrases = new Map<string, EntityType[]>();
  readonly maxWords: number = 1;
  /** First words of the phrase keys: most tokens start no phrase, and this skips them quickly. */
  readonly firstWords = new Set<string>();

  constructor(readonly data: GazetteerData) {
    this.personTokens = new Set(data.personTokens);
    this.translitTokens = new Set(data.translitTokens);
    if (data.personCounts) {
      data.personTokens.forEach((t, i) => this.personBucket.set(t, countBucket(data.personCounts![i]!)));
    }
    for (const [type, list] of Object.entries(data.phrases) as [EntityType, string[]][]) {
      for (const key of list) {
        const types = this.phrases.get(key) ?? [];
        if (!types.includes(type)) types.push(type);
        this.phrases.set(key, types);
        this.maxWords = Math.max(this.maxWords, key.split(' ').length);
        this.firstWords.add(key.split(' ')[0]!);
      }
    }
  }
}

function countBucket(n: number): string {
  return n <= 1 ? '1' : n <= 5 ? '2-5' : n <= 30 ? '6-30' : '31+';
}

function tsvColumn(path: string, column: string): string[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const at = lines[0]!.split('\t').indexOf(column);
  if (at < 0) throw new Error(`${path}: no column ${column}`);
  return lines.slice(1).flatMap((l) => (l === '' ? [] : [l.split('\t')[at]!]));
}

/** Single-letter and very short "names" match too many ordinary words to be evidence. */
const usableToken = (t: string): boolean => t.length >= 3 && !/\s/.test(t);

/** Reads the public name lists from the shared data directory (names/*.tsv). */
export function loadNameLists(dataDir: string): Pick<GazetteerData, 'personTokens' | 'personCounts' | 'translitTokens'> {
  const path = join(dataDir, 'names/netranslit_wikidata_en_ar.tsv');
  const person = tsvColumn(path, 'ar').map(foldWord);
  const counts = tsvColumn(path, 'count').map(Number);
  const total = new Map<string, number>();
  person.forEach((t, i) => {
    if (usableToken(t)) total.set(t, (total.get(t) ?? 0) + (counts[i] || 1));
  });
  const translit = tsvColumn(join(dataDir, 'names/google_ar2en_en_ar.tsv'), 'ar').map(foldWord);
  const personTokens = [...total.keys()].sort();
  return {
    personTokens,
    personCounts: personTokens.map((t) => total.get(t)!),
    translitTokens: [...new Set(translit.filter(usableToken))].sort(),
  };
}

/** Arabic country names from the i18n-iso-countries package (a dependency already), as LOC phrases. */
export function countryPhrases(): string[] {
  const require = createRequire(import.meta.url);
  const ar = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
  const names = Object.values(ar.countries).flat();
  return [...new Set(names.map((n) => phraseKey(n.split(/\s+/).filter((w) => w !== ''))))].sort();
}
