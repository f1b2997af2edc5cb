import type { Doc, Stage } from './doc.ts';
import { addMention, entityForLexicon } from './entities.ts';
import { type Lexicon, type LexiconEntry, getLexicon } from './lexicon.ts';
import { isNisbaShaped } from './names.ts';
import { foldName } from './normalise.ts';
import { PLACE_NOUNS } from './place-nouns.ts';
import { stemStart } from './tokenise.ts';

/**
 * Entities from lexicon data: the longest lexicon name at each token (first token may carry
 * proclitics: بالقاهرة، وإسرائيل، لمنظمة…). Nationality adjectives are not names and are not matched here.
 */
/** Words that make a following ministry name part of a person's title. */
export const TITLE_HEADS = new Set(['وزير', 'وزيره', 'وزيري', 'وزراء', 'الوزير', 'الوزيره', 'نائب', 'مساعد', 'مساعده']);

export const lexiconMatchStage: Stage = {
  name: 'lexicon',
  needs: ['tokens'],
  adds: ['entities'],
  run(doc: Doc): Doc {
    const { names } = getLexicon();
    const tokens = doc.tokens;
    for (let i = 0; i < tokens.length; ) {
      const match = names.match(tokens, i) ?? contextMatch(doc, i);
      if (!match) {
        i++;
        continue;
      }
      const entry = match.values.length > 1 ? disambiguate(doc, match.values, tokens[i]!.text) : match.values[0]!;
      if (isCommonWordUse(doc, entry, match)) {
        i++;
        continue;
      }
      // "وزير الخارجية الأمريكي" is a title, not the ministry "الخارجية الأمريكية"
      if (entry.kind === 'ORGANIZATION' && i > 0 && (tokens[i - 1]!.analyses.some((a) => TITLE_HEADS.has(a.stem)) || insideTitle(tokens, i))) {
        i++;
        continue;
      }
      if (entry.kind === 'ORGANIZATION' && otherBodyAfterShortName(doc, match, entry)) {
        i = match.end;
        continue;
      }
      // "الشيخ محمد بن زايد آل نهيان": an honorific alias must not cut off the longer full name after it
      const inner = match.end - match.start > 1 ? names.match(tokens, i + 1) : null;
      if (inner && inner.end > match.end && inner.values[0] === entry) match.end = inner.end;
      // "محمد عبد العاطي" is not "بدر عبد العاطي": a known person's surname alias right after another first name
      if (entry.kind === 'PERSON' && otherFirstName(doc, match.start, match.cliticLength, entry)) {
        i = match.end;
        continue;
      }
      if (entry.kind === 'PERSON') match.end = patronymicEnd(tokens, match.end);
      const entity = entityForLexicon(doc, entry);
      const original = doc.body.slice(stemStart(doc, tokens[i]!, match.cliticLength), tokens[match.end - 1]!.end);
      const exact = [entry.name_ar, ...entry.aliases_ar].includes(original);
      addMention(doc, entity, match.start, match.end, match.cliticLength, exact ? 'LEXICON_EXACT' : 'LEXICON_NORMALISED', exact ? 1 : 0.95);
      i = match.end;
    }
    return doc;
  },
};


/**
 * "المجلس الأعلى للأمن القومي" with no nationality after it: the organisation of that name whose country
 * the article speaks of (its name, nationality or cities), as a reader takes it.
 */
function contextMatch(doc: Doc, i: number): ReturnType<Lexicon['names']['match']> {
  const { contextNames, nisba } = getLexicon();
  const match = contextNames.match(doc.tokens, i);
  if (!match || nisba.match(doc.tokens, match.end)) return null;
  const values = match.values.filter((v) => v.country && countryCues(doc, v.country) > 0);
  return values.length > 0 ? { ...match, values } : null;
}

/** The match is a name that is also an everyday word (LexiconEntry.common_word_names) with no place context. */
export function isCommonWordUse(doc: Doc, entry: LexiconEntry, match: { start: number; end: number; cliticLength: number }): boolean {
  if (!entry.common_word_names?.length) return false;
  const tokens = doc.tokens;
  const matched = [tokens[match.start]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? tokens[match.start]!.norm]
    .concat(tokens.slice(match.start + 1, match.end).map((t) => t.norm))
    .join(' ');
  if (!entry.common_word_names.some((n) => foldName(n) === matched)) return false;
  const before = tokens[match.start - 1];
  if (before && before.analyses.some((a) => PLACE_NOUNS.has(a.stem))) return false;
  const country = entry.country ?? (entry.subtype === 'country' ? entry.id : undefined);
  const after = getLexicon().nisba.match(tokens, match.end);
  return !(country && after && after.values.includes(country));
}

/**
 * "مجلس التعاون الاستراتيجي": a short name of a body ("مجلس التعاون" for "مجلس التعاون الخليجي") followed
 * by another adjective of that shape names another body, not this one.
 */
function otherBodyAfterShortName(doc: Doc, match: { start: number; end: number; cliticLength: number }, entry: LexiconEntry): boolean {
  const tokens = doc.tokens;
  const next = tokens[match.end];
  if (!next || next.kind !== 'word' || next.sentence !== tokens[match.start]!.sentence || !isNisbaShaped(next.norm, true)) return false;
  const matched = [tokens[match.start]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? tokens[match.start]!.norm]
    .concat(tokens.slice(match.start + 1, match.end).map((t) => t.norm))
    .join(' ');
  const full = foldName(entry.name_ar);
  return full.startsWith(matched + ' ') && !full.startsWith(`${matched} ${next.norm}`);
}

const TITLE_LOOKBACK = 3;
/** Token i lies inside a title phrase that starts up to three tokens earlier ("وزير الشؤون الخارجية"). */
function insideTitle(tokens: Doc['tokens'], i: number): boolean {
  const { titles } = getLexicon();
  for (let k = 1; k <= TITLE_LOOKBACK && i - k >= 0; k++) {
    const m = titles.match(tokens, i - k);
    if (m && m.end > i && !m.values.every((v) => v.key === 'honorific')) return true;
  }
  return false;
}

/**
 * The alias matched at `start` is shorter than the person's full name and follows, with no clitic, a
 * title and then a name-list word (not part of a name already read) that is not the word before it in
 * the full name: another person with the same surname.
 */
function otherFirstName(doc: Doc, start: number, cliticLength: number, entry: LexiconEntry): boolean {
  const tokens = doc.tokens;
  const before = tokens[start - 1];
  if (!before || cliticLength > 0 || before.kind !== 'word' || before.sentence !== tokens[start]!.sentence) return false;
  // the word before ends another name already read: two persons side by side
  if (doc.mentions.some((m) => m.end === start)) return false;
  const { nameTokens, titles } = getLexicon();
  if (!nameTokens.has(before.norm) || titles.match(tokens, start - 1)) return false;
  // only after a title, where the first name is surely a name ("الدكتور محمد عبد العاطي"), not two surnames side by side
  if (!titleEndsAt(tokens, start - 1)) return false;
  const full = foldName(entry.name_ar).split(' ');
  const aliasFirst = tokens[start]!.norm;
  const at = full.indexOf(aliasFirst);
  if (at <= 0) return false;
  return full[at - 1] !== before.norm && ![entry.name_ar, ...entry.aliases_ar].some((a) => foldName(a).split(' ').includes(before.norm));
}

/** A title or honorific phrase ends right before token `at` (it may be a few words long: وزير الموارد المائية والري). */
function titleEndsAt(tokens: Doc['tokens'], at: number): boolean {
  const { titles } = getLexicon();
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const m = titles.match(tokens, k);
    if (m && m.end === at) return true;
  }
  return false;
}

const PATRONYMIC = new Set(['بن', 'بنت', 'ابن', 'ال']);
/**
 * A known person's name followed by more of their lineage or family name ("محمد بن سلمان بن عبد العزيز",
 * "عبدالله بن زايد آل نهيان"): the mention takes it in, so the tail is not read as another person.
 */
function patronymicEnd(tokens: Doc['tokens'], end: number): number {
  const { functionWords } = getLexicon();
  let j = end;
  while (j + 1 < tokens.length && PATRONYMIC.has(tokens[j]!.norm) && tokens[j + 1]!.sentence === tokens[j]!.sentence) {
    const next = tokens[j + 1]!;
    if (next.kind !== 'word' || functionWords.has(next.norm)) break;
    j += next.norm === 'عبد' && tokens[j + 2]?.kind === 'word' ? 3 : 2;
  }
  return j;
}

const SHADDA = '\u0651';
/**
 * One spelling, several places (عمان: Amman or Oman). A written shadda (عمّان) marks the city; otherwise
 * the article's context decides: how often it names each candidate's country or its nationality
 * adjective (الأردن، الأردني… against سلطنة، العماني، مسقط…), the first listed winning a tie.
 */
function disambiguate(doc: Doc, values: LexiconEntry[], surface: string): LexiconEntry {
  if (surface.includes(SHADDA)) {
    const city = values.find((v) => v.subtype === 'city');
    if (city) return city;
  }
  let best = values[0]!;
  let bestScore = -1;
  for (const v of values) {
    const countryId = v.subtype === 'country' ? v.id : v.country;
    const score = countryId ? countryCues(doc, countryId, v.name_ar) : 0;
    if (score > bestScore) [best, bestScore] = [v, score];
  }
  return best;
}

/**
 * How often the article names a country (other than by `except`): its names, its nationality, and its
 * other places (مسقط for Oman, العقبة for Jordan).
 */
function countryCues(doc: Doc, countryId: string, except = ''): number {
  const { entries, nisbaByCountry } = getLexicon();
  const country = entries.get(countryId);
  if (!country) return 0;
  const text = doc.folded.text;
  const count = (phrase: string) => {
    const needle = foldName(phrase);
    if (needle.length < 3 || needle === foldName(except)) return 0;
    let n = 0;
    for (let k = text.indexOf(needle); k >= 0; k = text.indexOf(needle, k + needle.length)) n++;
    return n;
  };
  let score = 0;
  for (const name of new Set([country.name_ar, ...country.aliases_ar])) score += count(name);
  const nisba = nisbaByCountry.get(country.id);
  if (nisba) score += count(nisba);
  for (const city of citiesOf(country.id)) score += count(city);
  return score;
}

let cityIndex: Map<string, string[]> | null = null;
function citiesOf(countryId: string): string[] {
  if (!cityIndex) {
    cityIndex = new Map();
    for (const e of getLexicon().entries.values()) {
      if (e.subtype !== 'city' || !e.country) continue;
      cityIndex.set(e.country, [...(cityIndex.get(e.country) ?? []), e.name_ar]);
    }
  }
  return cityIndex.get(countryId) ?? [];
}
