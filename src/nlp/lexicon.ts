import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EntityKind } from '../ontology/kinds.ts';
import functionWords from './data/function-words.json' with { type: 'json' };
import type { Token } from './doc.ts';
import { isDictionaryWord } from './common-words.ts';
import { foldName } from './normalise.ts';

/**
 * The gazetteer: curated lexicon data under seeds/lexicon/ loaded once per process (lazy singleton)
 * into token tries keyed by folded forms, so that matching is a walk over the article's tokens.
 */

export interface LexiconRole {
  title: string;
  affiliation: string;
  from: string | null;
  to: string | null;
}

export interface LexiconEntry {
  id: string;
  kind: EntityKind;
  subtype?: string;
  name_ar: string;
  name_en: string;
  aliases_ar: string[];
  aliases_en: string[];
  source: string;
  country?: string;
  roles?: LexiconRole[];
  /** The title of an organisation's head when it is not "Chairman": "president" (رئيس الفيفا → President of FIFA). */
  head_title?: string;
  /** A news agency that reports from everywhere (Reuters, AFP): its country says nothing about the article's home. */
  international?: boolean;
  /**
   * Names that are also everyday words (الخبر "the news", لفيف "a group", تدمر "destroys"): matched only
   * after a place noun (مدينة الخبر) or before the country's nationality (تدمر السورية).
   */
  common_word_names?: string[];
  /** A country's capital (cities.json): "العاصمة المصرية" names it. */
  capital?: boolean;
}

export interface TitleDef {
  key: string;
  ar: string[];
  en: string | null;
  en_by_country: Record<string, string>;
  affiliation: 'country' | 'org' | 'none';
  /** Derive "نائب/مساعد <title>" (Deputy/Assistant <en>) forms, so a deputy is never read as the office-holder. */
  deputy?: boolean;
}

export interface MinistryDef {
  key: string;
  ar: string[];
  en: string;
  short: boolean;
}

export interface BodyDef {
  key: string;
  ar: string[];
  en: string;
}

/** A trie over folded tokens; values sit on the node where a phrase ends. */
export class TokenTrie<T> {
  private readonly root = new Map<string, TrieNode<T>>();

  add(phrase: string, value: T): void {
    const parts = foldName(phrase).split(' ').filter(Boolean);
    if (parts.length === 0) return;
    let level = this.root;
    let node: TrieNode<T> | undefined;
    for (const part of parts) {
      node = level.get(part);
      if (!node) {
        node = { children: new Map(), values: [] };
        level.set(part, node);
      }
      level = node.children;
    }
    if (!node!.values.includes(value)) node!.values.push(value);
  }

  /**
   * Longest phrase starting at token `i`. The first token may carry proclitics (any of its readings);
   * the following tokens must match whole.
   */
  match(tokens: readonly Token[], i: number, limit = tokens.length): TrieMatch<T> | null {
    const first = tokens[i];
    if (!first || first.kind === 'punct') return null;
    let best: TrieMatch<T> | null = null;
    for (const analysis of first.analyses) {
      let node = this.root.get(analysis.stem);
      let j = i + 1;
      while (node) {
        if (node.values.length > 0 && (!best || j > best.end)) {
          best = { start: i, end: j, values: node.values, cliticLength: analysis.cliticLength, clitics: analysis.clitics };
        }
        let next = tokens[j];
        // "جان-إيف لودريان": a hyphen between two words of a phrase stands for the space
        if (next?.norm === '-' && tokens[j + 1]?.kind === 'word' && j + 1 < limit && node.children.has(tokens[j + 1]!.norm)) next = tokens[++j];
        if (!next || j >= limit || next.sentence !== first.sentence) break;
        node = node.children.get(next.norm);
        j++;
      }
    }
    return best;
  }
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

export interface TrieMatch<T> {
  start: number;
  end: number;
  values: T[];
  cliticLength: number;
  clitics: string;
}

export interface Lexicon {
  entries: Map<string, LexiconEntry>;
  /** Names and aliases of entities. */
  names: TokenTrie<LexiconEntry>;
  /**
   * An organisation's name without the nationality that ends it ("المجلس الأعلى للأمن القومي" for
   * "… الإيراني"): said so where the article is about that country; matched only then (lexicon-match).
   */
  contextNames: TokenTrie<LexiconEntry>;
  /** Nationality adjectives (all inflections) → country id. */
  nisba: TokenTrie<string>;
  titles: TokenTrie<TitleDef>;
  titleByKey: Map<string, TitleDef>;
  ministries: TokenTrie<MinistryDef>;
  bodies: TokenTrie<BodyDef>;
  ministryByKey: Map<string, MinistryDef>;
  /** Folded institution phrases that name the home country's institution when no nationality follows. */
  homeBodies: Set<string>;
  bodyByKey: Map<string, BodyDef>;
  /** Country id → its masculine singular nisba (first listed base), for naming institutions. */
  nisbaByCountry: Map<string, string>;
  /** Folded name token → [English spelling, attestations]. */
  nameTokens: Map<string, readonly [string, number]>;
  functionWords: ReadonlySet<string>;
}

const FUNCTION_WORDS: ReadonlySet<string> = new Set(functionWords.words.map(foldName));

const DEFAULT_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds', 'lexicon');
let lexiconDir = process.env['SHABAKA_LEXICON_DIR'] ?? DEFAULT_DIR;
let cached: Lexicon | null = null;

/** Points the loader at another lexicon directory (tests, deployments); drops the cached copy. */
export function setLexiconDir(dir: string): void {
  lexiconDir = dir;
  cached = null;
}

export function getLexicon(): Lexicon {
  cached ??= loadLexicon(lexiconDir);
  return cached;
}

function readJson<T>(dir: string, file: string): T {
  return JSON.parse(readFileSync(join(dir, file), 'utf8')) as T;
}

/** Masculine singular nisba → its feminine, plural and definite forms (مصري → المصرية، المصريون…). */
export function inflectNisba(base: string): string[] {
  const words = foldName(base).split(' ');
  const endings = ['', 'ه', 'ون', 'ين', 'ات'];
  const forms: string[] = [];
  for (const ending of endings) {
    const inflected = words.map((w) => w + ending);
    forms.push(inflected.join(' '), inflected.map((w) => 'ال' + w).join(' '));
  }
  return forms;
}

export function loadLexicon(dir: string): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  const put = (e: LexiconEntry) => entries.set(e.id, e);
  for (const e of readJson<{ entries: LexiconEntry[] }>(dir, 'countries.json').entries) put({ ...e });
  for (const o of readJson<{ entries: Partial<LexiconEntry>[] }>(dir, 'countries-overlay.json').entries) {
    const base = entries.get(o.id!);
    if (!base) continue;
    base.name_en = o.name_en ?? base.name_en;
    base.name_ar = o.name_ar ?? base.name_ar;
    base.aliases_ar = [...new Set([...base.aliases_ar, ...(o.aliases_ar ?? [])])];
    base.aliases_en = [...new Set([...base.aliases_en, ...(o.aliases_en ?? [])])];
    base.source = `${base.source}; ${o.source}`;
  }
  for (const file of ['regions.json', 'cities.json', 'organisations.json', 'office-holders.json']) {
    for (const e of readJson<{ entries: LexiconEntry[] }>(dir, file).entries) put(e);
  }

  const names = new TokenTrie<LexiconEntry>();
  for (const e of entries.values()) {
    for (const name of [e.name_ar, ...e.aliases_ar]) for (const variant of nameVariants(name, e)) names.add(variant, e);
  }

  const nisba = new TokenTrie<string>();
  const nisbaByCountry = new Map<string, string>();
  const curatedNisba = readJson<{ entries: { country: string; forms: string[] }[] }>(dir, 'nisba.json').entries;
  const covered = new Set(curatedNisba.map((n) => n.country));
  const derived = [...entries.values()]
    .filter((e) => e.subtype === 'country' && e.id.startsWith('country:') && !covered.has(e.id))
    .map((e) => ({ country: e.id, forms: [e.name_ar, ...e.aliases_ar].flatMap((name) => deriveNisba(name) ?? []).slice(0, 2) }))
    .filter((n) => n.forms.length > 0);
  const nisbaCountry = new Map<string, string>();
  for (const n of [...curatedNisba, ...derived]) {
    for (const base of n.forms) {
      for (const form of inflectNisba(base)) {
        nisba.add(form, n.country);
        nisbaCountry.set(form, n.country);
      }
    }
    if (n.forms[0] && !nisbaByCountry.has(n.country)) nisbaByCountry.set(n.country, n.forms[0]);
  }

  const contextNames = new TokenTrie<LexiconEntry>();
  const known = new Set([...entries.values()].flatMap((e) => [e.name_ar, ...e.aliases_ar].map(foldName)));
  for (const e of entries.values()) {
    if (e.kind !== 'ORGANIZATION' || !e.country) continue;
    for (const name of [e.name_ar, ...e.aliases_ar]) {
      const words = name.split(/\s+/u);
      const bare = words.slice(0, -1).join(' ');
      // three words at least: "وزارة الخارجية"، "رئاسة الجمهورية" are any country's (ministries.json)
      if (words.length >= 4 && nisbaCountry.get(foldName(words.at(-1)!)) === e.country && !known.has(foldName(bare))) contextNames.add(bare, e);
    }
  }

  // A state's formal name by its adjective: "الجمهورية التركية", "المملكة المغربية".
  for (const [country, base] of nisbaByCountry) {
    const entry = entries.get(country);
    if (!entry || entry.subtype !== 'country' || base.includes(' ')) continue;
    for (const state of FORMAL_STATE_NOUNS) names.add(`${state} ال${base}ة`, entry);
  }

  const titles = new TokenTrie<TitleDef>();
  const titleByKey = new Map<string, TitleDef>();
  const titleDefs = readJson<{ entries: TitleDef[] }>(dir, 'titles.json').entries;
  for (const t of [...titleDefs, ...titleDefs.flatMap(deputyTitles)]) {
    if (titleByKey.has(t.key)) continue;
    titleByKey.set(t.key, t);
    for (const form of t.ar) titles.add(form, t);
  }

  const ministryData = readJson<{ entries: MinistryDef[]; bodies: BodyDef[]; homeBodies?: string[] }>(dir, 'ministries.json');
  const ministries = new TokenTrie<MinistryDef>();
  for (const m of ministryData.entries) for (const form of m.ar) ministries.add(form, m);
  const bodies = new TokenTrie<BodyDef>();
  for (const b of ministryData.bodies) for (const form of b.ar) bodies.add(form, b);

  const nameTokens = new Map<string, readonly [string, number]>();
  try {
    const data = readJson<{ tokens: Record<string, [string, number]> }>(dir, 'name-tokens.json');
    for (const [ar, pair] of Object.entries(data.tokens)) nameTokens.set(ar, pair);
  } catch {
    // optional: generated by `npm run lexicon:build`; without it names are delimited by rules alone
  }

  return {
    entries,
    names,
    contextNames,
    nisba,
    titles,
    titleByKey,
    ministries,
    bodies,
    ministryByKey: new Map(ministryData.entries.map((m) => [m.key, m])),
    homeBodies: new Set((ministryData.homeBodies ?? []).map(foldName)),
    bodyByKey: new Map(ministryData.bodies.map((b) => [b.key, b])),
    nisbaByCountry,
    nameTokens,
    functionWords: FUNCTION_WORDS,
  };
}

/**
 * The office was held in the year of publication (years as the data gives them; an open end runs on).
 * An unknown date counts as held.
 */
export function heldAt(role: LexiconRole, publishedAt: string | null | undefined): boolean {
  if (!publishedAt) return true;
  const year = publishedAt.slice(0, 4);
  return (role.from === null || role.from.slice(0, 4) <= year) && (role.to === null || role.to.slice(0, 4) >= year);
}

/** Country code ("EG") of a country id ("country:EG"), else null. */
export function countryCode(id: string): string | null {
  return id.startsWith('country:') ? id.slice('country:'.length) : null;
}

/** Prefixes that make a deputy or assistant of an office: نائب وزير الخارجية، مساعدة وزير الدفاع. */
const DEPUTY_PREFIXES: readonly [string, string][] = [
  ['نائب', 'Deputy'],
  ['نائبة', 'Deputy'],
  ['مساعد', 'Assistant'],
  ['مساعدة', 'Assistant'],
];

function deputyTitles(t: TitleDef): TitleDef[] {
  if (!t.deputy || !t.en) return [];
  return ['Deputy', 'Assistant'].map((en) => {
    const prefixes = DEPUTY_PREFIXES.filter(([, e]) => e === en).map(([w]) => w);
    return {
      key: `${en.toLowerCase()}-${t.key}`,
      ar: t.ar.flatMap((form) => prefixes.map((p) => `${p} ${form}`)),
      en: `${en} ${t.en}`,
      en_by_country: Object.fromEntries(Object.entries(t.en_by_country).map(([c, v]) => [c, `${en} ${v}`])),
      affiliation: t.affiliation,
    };
  });
}

/**
 * The nationality adjective of a one-word country name, by the regular pattern: the article is dropped,
 * a final يا or ا becomes ي (روسيا → روسي، أوغندا → أوغندي), a final ي stays (جيبوتي), and ي is added
 * otherwise (تشاد → تشادي، السودان → سوداني). Irregular adjectives are listed in nisba.json; names whose
 * adjective would be a common word are skipped.
 */
const NISBA_COLLISIONS = new Set(['مالي', 'عمان', 'توغي', 'جزري', 'ماني']);
export function deriveNisba(countryName: string): string | null {
  const name = countryName.trim();
  if (name.includes(' ') || name.length < 3) return null;
  const stem = name.startsWith('ال') ? name.slice(2) : name;
  let base: string;
  if (/يا$/u.test(stem)) base = stem.slice(0, -1);
  else if (/[اى]$/u.test(stem)) base = stem.slice(0, -1) + 'ي';
  else if (stem.endsWith('ي')) base = stem;
  else if (stem.endsWith('ة')) base = stem.slice(0, -1) + 'ي';
  else base = stem + 'ي';
  if (base.length < 4 || NISBA_COLLISIONS.has(foldName(base))) return null;
  return base;
}

/** Definite state nouns that name a country with its adjective: "الجمهورية التركية", "المملكة الأردنية". */
const FORMAL_STATE_NOUNS = ['الجمهورية', 'المملكة'];

/** Words that open a country's formal name: "جمهورية الهند"، "دولة قطر"، "سلطنة عمان". */
const STATE_WORDS = ['جمهورية', 'دولة', 'مملكة', 'سلطنة', 'إمارة'];

/**
 * Spelling variants of a lexicon name that Arabic news uses interchangeably: "عبد الله" / "عبدالله"
 * (also عبد الرحمن، عبد العزيز…), and a country's name after a state word (جمهورية الهند).
 */
export function nameVariants(name: string, entry: Pick<LexiconEntry, 'id' | 'subtype'>): string[] {
  const out = new Set([name]);
  if (entry.id.startsWith('person:')) {
    out.add(name.replace(/(^|\s)عبد\s+ال/gu, '$1عبدال'));
    out.add(name.replace(/(^|\s)عبدال(?=\S)/gu, '$1عبد ال'));
    // Gulf names give the father's name with or without the article: صباح الخالد الحمد الصباح / صباح خالد الحمد الصباح
    const words = name.split(/\s+/u);
    if (words.length >= 3 && /^ال\S{3,}$/u.test(words[1]!) && !words[1]!.startsWith('الل')) {
      out.add([words[0], words[1]!.slice(2), ...words.slice(2)].join(' '));
    }
  }
  // a foreign city ending in -a is spelt with ة or ا (أسمرة / أسمرا); not where that makes a word (جدة → جدا)
  if (entry.subtype === 'city' && !name.includes(' ') && name.endsWith('ة')) {
    const variant = `${name.slice(0, -1)}ا`;
    if (!isDictionaryWord(variant) && !FUNCTION_WORDS.has(foldName(variant))) out.add(variant);
  }
  if (entry.subtype === 'country' && !STATE_WORDS.some((w) => name.startsWith(w + ' '))) {
    for (const w of STATE_WORDS) out.add(`${w} ${name}`);
  }
  return [...out];
}
