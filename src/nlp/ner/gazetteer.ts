import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** Folded common Arabic words (dictionary stems, seeds/lexicon/arabic-words.json); absent in older models. */
  commonWords?: string[];
  /**
   * Character-trigram naive Bayes "does this spell like a name?" model, trained on the name lists
   * (person and transliteration tokens) against the common words: log-odds per trigram and the prior.
   */
  nameTrigrams?: { grams: string[]; logOdds: number[]; prior: number };
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
  readonly commonWords: ReadonlySet<string>;
  private readonly trigramLogOdds = new Map<string, number>();
  private readonly trigramPrior: number = 0;

  constructor(readonly data: GazetteerData) {
    this.personTokens = new Set(data.personTokens);
    this.commonWords = new Set(data.commonWords ?? []);
    if (data.nameTrigrams) {
      const { grams, logOdds, prior } = data.nameTrigrams;
      grams.forEach((g, k) => this.trigramLogOdds.set(g, logOdds[k]!));
      this.trigramPrior = prior;
    }
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

  /** Bucketed mean trigram log-odds (plus prior) that the stem is a name rather than a common word. */
  nameLikeness(stem: string): string {
    if (this.trigramLogOdds.size === 0 || stem.length < 3 || !/^[\u0621-\u064A]+$/.test(stem)) return '';
    const padded = '^' + stem + '$';
    let sum = 0;
    for (let k = 0; k + 3 <= padded.length; k++) sum += this.trigramLogOdds.get(padded.slice(k, k + 3)) ?? 0;
    const x = this.trigramPrior + sum / (padded.length - 2);
    return x < -1.5 ? '0' : x < -1 ? '1' : x < -0.3 ? '2' : x < 0.3 ? '3' : x < 1 ? '4' : x < 1.5 ? '5' : '6';
  }
}

/**
 * Trains the name-likeness trigram model: naive Bayes (add-0.5) over the character trigrams of
 * name tokens that are not common words against common words that are not names.
 */
export function trainNameTrigrams(names: readonly string[], commonWords: readonly string[]): NonNullable<GazetteerData['nameTrigrams']> {
  const nameSet = new Set(names.filter((w) => w.length >= 3));
  const wordSet = new Set(commonWords.filter((w) => w.length >= 3));
  const count = (words: Iterable<string>, other: Set<string>): [Map<string, number>, number, number] => {
    const c = new Map<string, number>();
    let total = 0;
    let n = 0;
    for (const w of words) {
      if (other.has(w) || !/^[\u0621-\u064A]+$/.test(w)) continue;
      n++;
      const padded = '^' + w + '$';
      for (let k = 0; k + 3 <= padded.length; k++) {
        const g = padded.slice(k, k + 3);
        c.set(g, (c.get(g) ?? 0) + 1);
        total++;
      }
    }
    return [c, total, n];
  };
  const [cN, tN, nN] = count(nameSet, wordSet);
  const [cW, tW, nW] = count(wordSet, nameSet);
  const grams = [...new Set([...cN.keys(), ...cW.keys()])].sort();
  const V = grams.length;
  const logOdds = grams.map((g) => {
    const x = Math.log(((cN.get(g) ?? 0) + 0.5) / (tN + 0.5 * V)) - Math.log(((cW.get(g) ?? 0) + 0.5) / (tW + 0.5 * V));
    return Math.round(x * 100) / 100;
  });
  return { grams, logOdds, prior: Math.round(Math.log(nN / nW) * 1000) / 1000 };
}

/**
 * Folded suffixes (possessive and object pronouns, plural and dual endings), longest first, that
 * dictionary lookup strips from a stem: the dictionary lists bare stems.
 */
const SUFFIXES = [
  'اتهما', 'اتهم', 'اتها', 'تهما', 'يون', 'يين', 'تان', 'تين', 'تهم', 'تها', 'هما', 'كما', 'اته',
  'ات', 'ان', 'ين', 'ون', 'يه', 'ته', 'ها', 'هم', 'هن', 'كم', 'نا', 'وا', 'تم',
  'ه', 'ك', 'ي', 'ا', 'ت',
] as const;

/**
 * Whether a word is a known common word: 'k' when its folded form or clitic-stripped stem is in the
 * dictionary, 's' when the stem is once a pronoun/plural suffix is removed (ة restored before it),
 * 'u' for an unknown Arabic word, '' for anything else (numbers, Latin, punctuation) or no dictionary.
 */
export function dictionaryClass(words: ReadonlySet<string>, fold: string, stem: string): string {
  if (words.size === 0 || !/[\u0621-\u064A]/.test(stem)) return '';
  if (words.has(fold) || words.has(stem)) return 'k';
  for (const suffix of SUFFIXES) {
    if (!stem.endsWith(suffix) || stem.length - suffix.length < 2) continue;
    const base = stem.slice(0, -suffix.length);
    if (words.has(base) || words.has(base + 'ه')) return 's';
  }
  return 'u';
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

/** The common-word list generated into seeds/lexicon by `npm run lexicon:build` (hunspell-ar). */
export function loadCommonWords(): string[] {
  const path = fileURLToPath(new URL('../../../seeds/lexicon/arabic-words.json', import.meta.url));
  return (JSON.parse(readFileSync(path, 'utf8')) as { words: string[] }).words;
}

/**
 * Names from the hand-curated lexicon (seeds/lexicon: cities, regions, organisations, office-holders)
 * as phrase keys by type.
 */
export function lexiconPhrases(): Partial<Record<EntityType, string[]>> {
  const files: [string, EntityType][] = [
    ['cities.json', 'LOC'],
    ['regions.json', 'LOC'],
    ['organisations.json', 'ORG'],
    ['office-holders.json', 'PER'],
  ];
  const out: Partial<Record<EntityType, string[]>> = {};
  for (const [file, type] of files) {
    const path = fileURLToPath(new URL(`../../../seeds/lexicon/${file}`, import.meta.url));
    const doc = JSON.parse(readFileSync(path, 'utf8')) as { entries: { name_ar: string; aliases_ar?: string[] }[] };
    const keys = doc.entries.flatMap((e) => [e.name_ar, ...(e.aliases_ar ?? [])]).map((n) => phraseKey(n.split(/\s+/).filter((w) => w !== '')));
    out[type] = [...new Set([...(out[type] ?? []), ...keys.filter((k) => k !== '')])].sort();
  }
  return out;
}

/** The union of phrase lists, per type. */
export function mergePhrases(...lists: Partial<Record<EntityType, string[]>>[]): Partial<Record<EntityType, string[]>> {
  const out: Partial<Record<EntityType, string[]>> = {};
  for (const list of lists)
    for (const [type, keys] of Object.entries(list) as [EntityType, string[]][]) out[type] = [...new Set([...(out[type] ?? []), ...keys])].sort();
  return out;
}

/** Arabic country names from the i18n-iso-countries package (a dependency already), as LOC phrases. */
export function countryPhrases(): string[] {
  const require = createRequire(import.meta.url);
  const ar = require('i18n-iso-countries/langs/ar.json') as { countries: Record<string, string | string[]> };
  const names = Object.values(ar.countries).flat();
  return [...new Set(names.map((n) => phraseKey(n.split(/\s+/).filter((w) => w !== ''))))].sort();
}
