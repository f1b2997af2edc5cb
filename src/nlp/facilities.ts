import { isDictionaryWord } from './common-words.ts';
import type { Doc, Stage } from './doc.ts';
import { addMention, coverage, entityForLexicon, entityForName } from './entities.ts';
import { type LexiconEntry, getLexicon } from './lexicon.ts';
import { isNameWordAt } from './names.ts';
import { foldName } from './normalise.ts';
import { stemStart } from './tokenise.ts';

/**
 * Places and organisations named by a noun and a proper name. Facilities: "سد الروصيرص", "استاد لوسيل", "مخيم الركبان",
 * "ميناء جيهان", "مطار X الدولي". The name must be a word the dictionary does not know, so that
 * "مخيم اللاجئين" (the refugee camp) or "محطة الكهرباء" name no place; facilities named by common
 * words ("سد النهضة") come from the lexicon. A place the lexicon knows after the noun ("مطار القاهرة")
 * stays that place. Facilities are LOCATIONs, as in the gold annotations.
 */
const FACILITY_NOUNS = new Set([
  'سد', 'ملعب', 'استاد', 'مخيم', 'محطه', 'ميناء', 'مرفا', 'مطار', 'قصر', 'معبر', 'قاعده', 'منشاه', 'مفاعل', 'جسر', 'سجن', 'حقل', 'مصفاه',
]);
/**
 * Nouns of administrative divisions: "محافظة ظفار", "ولاية X", "إقليم تيغراي". The division is named by
 * its name alone (the mention covers the name, not the noun), as "ظفار" is used on its own.
 */
const DIVISION_NOUNS = new Set(['محافظه', 'ولايه', 'اقليم', 'مقاطعه']);
/**
 * Nouns of organisations named by a proper name: "شركة سيمنس", "مجموعة X", "بنك X", "حركة X". Like a
 * division, the organisation is named by its name alone (up to three words the dictionary does not know).
 */
const ORGANISATION_NOUNS = new Set(['شركه', 'مجموعه', 'منظمه', 'مؤسسه', 'حركه', 'حزب', 'جبهه', 'جمعيه', 'وكاله', 'صندوق', 'بنك', 'مصرف', 'تحالف']);
const MAX_ORGANISATION_NAME = 3;
/** Adjectives that stay with a facility's name: "مطار X الدولي". */
const FACILITY_ADJECTIVES = new Set(['الدولي', 'الدوليه', 'النووي', 'النوويه', 'الجوي', 'الجويه', 'البري', 'البحري']);
/** و/ف, then ب/ل/ك, before the noun; never the article (a construct noun has none). */
const LEADING_CLITICS = /^[وف]?[بلك]?$/u;
const FACILITY_CONFIDENCE = 0.8;

/** A name made by this stage's pattern: it opens with a facility noun ("مطار زفنتم الدولي"). */
export function isFacilityName(nameAr: string): boolean {
  const first = nameAr.split(/\s+/u)[0] ?? '';
  return FACILITY_NOUNS.has(foldName(first));
}

/** "العاصمة المصرية"، "العاصمة السعودية": the capital named by the country's nationality. */
const CAPITAL_NOUN = 'عاصمه';
let capitals: Map<string, LexiconEntry> | null = null;
function capitalOf(countryId: string): LexiconEntry | undefined {
  capitals ??= new Map([...getLexicon().entries.values()].filter((e) => e.capital && e.country).map((e) => [e.country!, e]));
  return capitals.get(countryId);
}

export const facilitiesStage: Stage = {
  name: 'facilities',
  needs: ['entities'],
  adds: [],
  run(doc: Doc): Doc {
    const { functionWords, titles } = getLexicon();
    const tokens = doc.tokens;
    const covered = coverage(doc);
    for (let i = 0; i + 1 < tokens.length; i++) {
      // "وصل إلى العاصمة المصرية": a destination, the capital, unless its name follows ("العاصمة الروسية
      // موسكو"); elsewhere ("المنعقد في العاصمة الجزائرية") it is a description, not a name
      const capitalNoun = tokens[i - 1]?.norm === 'الي' ? tokens[i]!.analyses.find((a) => a.stem === `ال${CAPITAL_NOUN}` && a.clitics === '') : undefined;
      const adjective = capitalNoun && !covered[i] ? getLexicon().nisba.match(tokens, i + 1) : null;
      const capital = adjective && adjective.clitics === '' && !covered[adjective.end] ? capitalOf(adjective.values[0]!) : undefined;
      if (capital && !isNameWordAt(doc, adjective!.end)) {
        const mention = addMention(doc, entityForLexicon(doc, capital), i, adjective!.end, capitalNoun!.cliticLength, 'NAME_PATTERN', FACILITY_CONFIDENCE);
        for (let k = i; k < adjective!.end; k++) covered[k] = mention;
        i = adjective!.end - 1;
        continue;
      }
      const division = tokens[i]!.analyses.find((a) => DIVISION_NOUNS.has(a.stem) && LEADING_CLITICS.test(a.clitics));
      const organisation = tokens[i]!.analyses.find((a) => ORGANISATION_NOUNS.has(a.stem) && LEADING_CLITICS.test(a.clitics));
      const noun = division ?? organisation ?? tokens[i]!.analyses.find((a) => FACILITY_NOUNS.has(a.stem) && LEADING_CLITICS.test(a.clitics));
      const name = tokens[i + 1]!;
      if (!noun || covered[i] || covered[i + 1] || name.kind !== 'word' || name.sentence !== tokens[i]!.sentence) continue;
      if (functionWords.has(name.norm) || titles.match(tokens, i + 1) || isDictionaryWord(name.text, true)) continue;
      if (organisation) {
        let end = i + 2;
        const nameWord = (k: number) => {
          const t = tokens[k];
          if (t === undefined || t.kind !== 'word' || covered[k] || t.sentence !== name.sentence || functionWords.has(t.norm) || titles.match(tokens, k)) return false;
          // "مجموعة سيمنس لبناء …": a word that is a common word under a clitic ends the name
          return !t.analyses.some((a) => isDictionaryWord(a.stem, true));
        };
        while (end - i - 1 < MAX_ORGANISATION_NAME && nameWord(end)) end++;
        const nameAr = doc.body.slice(name.start, tokens[end - 1]!.end);
        const mention = addMention(doc, entityForName(doc, 'ORGANIZATION', nameAr), i + 1, end, 0, 'NAME_PATTERN', FACILITY_CONFIDENCE);
        for (let k = i + 1; k < end; k++) covered[k] = mention;
        i = end - 1;
        continue;
      }
      if (division) {
        const mention = addMention(doc, entityForName(doc, 'LOCATION', name.text), i + 1, i + 2, 0, 'NAME_PATTERN', FACILITY_CONFIDENCE);
        covered[i + 1] = mention;
        i++;
        continue;
      }
      let end = i + 2;
      if (tokens[end] && !covered[end] && tokens[end]!.sentence === name.sentence && FACILITY_ADJECTIVES.has(tokens[end]!.norm)) end++;
      const nameAr = doc.body.slice(stemStart(doc, tokens[i]!, noun.cliticLength), tokens[end - 1]!.end);
      const mention = addMention(doc, entityForName(doc, 'LOCATION', nameAr), i, end, noun.cliticLength, 'NAME_PATTERN', FACILITY_CONFIDENCE);
      for (let k = i; k < end; k++) covered[k] = mention;
      i = end - 1;
    }
    return doc;
  },
};
