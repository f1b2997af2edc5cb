import type { Doc, Stage } from './doc.ts';
import { addMention, coverage, entityForId, entityForName } from './entities.ts';
import { countryCode, getLexicon } from './lexicon.ts';
import { TITLE_HEADS } from './lexicon-match.ts';
import { homeCountry } from './titles.ts';
import { foldName } from './normalise.ts';
import { stemStart } from './tokenise.ts';

/**
 * Institutions named by pattern rather than listed one by one: "وزارة <ministry> <nationality>"
 * (وزارة الخارجية التركية → Ministry of Foreign Affairs of Turkey), the short form "الخارجية المصرية",
 * and "<body> <nationality>" (الجيش الإسرائيلي، الحكومة المصرية). Ids are org:ministry:<key>:<CC> and
 * org:<body>:<CC>, so curated organisations with the same id (their everyday English name) take over.
 */
export const institutionsStage: Stage = {
  name: 'institutions',
  needs: ['entities'],
  adds: [],
  run(doc: Doc): Doc {
    const { ministries, bodies, nisba } = getLexicon();
    const tokens = doc.tokens;
    const covered = coverage(doc);
    let home: string | null | undefined;
    for (let i = 0; i < tokens.length; i++) {
      if (covered[i] || tokens[i]!.kind !== 'word') continue;
      const ministryWord = tokens[i]!.analyses.find((a) => a.stem === 'وزاره');
      const from = ministryWord ? i + 1 : i;
      const ministry = ministries.match(tokens, from);
      let id: string | null = null;
      let end = i;
      if (ministry && (ministryWord || ministry.values[0]!.short)) {
        const adjective = nisba.match(tokens, ministry.end);
        const code = adjective ? countryCode(adjective.values[0]!) : null;
        if (adjective && code && adjective.clitics === '') {
          id = `org:ministry:${ministry.values[0]!.key}:${code}`;
          end = adjective.end;
        } else if (ministryWord && !adjective && !covered[ministry.end]) {
          // "بيان لوزارة الشؤون الخارجية": the ministry of the article's home country
          home ??= homeCode(doc);
          if (home) {
            id = `org:ministry:${ministry.values[0]!.key}:${home}`;
            end = ministry.end;
          }
        }
      } else {
        const body = bodies.match(tokens, i);
        const adjective = body ? nisba.match(tokens, body.end) : null;
        const code = adjective ? countryCode(adjective.values[0]!) : null;
        if (body && adjective && code && adjective.clitics === '') {
          id = `org:${body.values[0]!.key}:${code}`;
          end = adjective.end;
        } else if (body && !adjective && !covered[body.end] && getLexicon().homeBodies.has(phraseOf(tokens, body))) {
          // "رئاسة الجمهورية", "الديوان الملكي" with no nationality: the article's home country
          home ??= homeCode(doc);
          if (home) {
            id = `org:${body.values[0]!.key}:${home}`;
            end = body.end;
          }
        }
      }
      if (!id) {
        const named = namedInstitution(doc, i, covered);
        if (named) {
          const nameAr = doc.body.slice(stemStart(doc, tokens[i]!, named.cliticLength), tokens[named.end - 1]!.end);
          const mention = addMention(doc, entityForName(doc, 'ORGANIZATION', nameAr), i, named.end, named.cliticLength, 'NAME_PATTERN', 0.8);
          for (let k = i; k < named.end; k++) covered[k] = mention;
          i = named.end - 1;
        }
        continue;
      }
      if (covered.slice(i, end).some(Boolean)) continue;
      if (!ministryWord && i > 0 && tokens[i - 1]!.analyses.some((a) => TITLE_HEADS.has(a.stem))) continue;
      const entity = entityForId(doc, id);
      if (!entity) continue;
      const cliticLength = ministryWord ? ministryWord.cliticLength : (ministries.match(tokens, i) ?? bodies.match(tokens, i))?.cliticLength ?? 0;
      const mention = addMention(doc, entity, i, end, cliticLength, 'LEXICON_NORMALISED', 0.9);
      for (let k = i; k < end; k++) covered[k] = mention;
      i = end - 1;
    }
    return doc;
  },
};

function phraseOf(tokens: Doc['tokens'], m: { start: number; end: number; cliticLength: number }): string {
  const first = tokens[m.start]!.analyses.find((a) => a.cliticLength === m.cliticLength)?.stem ?? tokens[m.start]!.norm;
  return [first, ...tokens.slice(m.start + 1, m.end).map((t) => t.norm)].join(' ');
}

function homeCode(doc: Doc): string | null {
  const home = homeCountry(doc);
  return home?.lexiconId ? countryCode(home.lexiconId) : null;
}

/** Nouns that head a named institution: المجلس الوطني السوري، هيئة التفاوض السورية، جهاز المخابرات العراقي. */
const INSTITUTION_HEADS = new Set(
  [
    'مجلس', 'هيئة', 'لجنة', 'جهاز', 'حزب', 'حركة', 'جبهة', 'ائتلاف', 'تحالف', 'اتحاد', 'منظمة', 'مؤسسة', 'صندوق', 'بنك', 'مصرف',
    'محكمة', 'مفوضية', 'جمعية', 'نقابة', 'غرفة', 'مديرية', 'قيادة', 'أكاديمية', 'جامعة',
  ].map(foldName),
);
const MAX_INSTITUTION_WORDS = 3;

/**
 * "<institution noun> <one to three definite words> <nationality>": an institution the lexicon does not
 * list, named in full ("المجلس الوطني السوري", "اللجنة الدستورية السورية", "جهاز المخابرات الوطني العراقي").
 * The nationality ends the name; without one nothing is read ("اللجنة المشتركة" names no institution).
 */
function namedInstitution(doc: Doc, i: number, covered: readonly unknown[]): { end: number; cliticLength: number } | null {
  const tokens = doc.tokens;
  const head = tokens[i]!.analyses.find((a) => INSTITUTION_HEADS.has(a.stem.replace(/^ال/u, '')) && /^[وفبلك]*(ال)?$/u.test(a.clitics + (a.stem.startsWith('ال') ? 'ال' : '')));
  if (!head) return null;
  const { nisba, functionWords } = getLexicon();
  // "رئيس مجلس الوزراء العماني": the cabinet named in its head's title (the prime minister's), not an institution
  if (head.stem.replace(/^ال/u, '') === 'مجلس' && tokens[i + 1]?.norm === 'الوزراء') return null;
  if (i > 0 && tokens[i - 1]!.analyses.some((a) => TITLE_HEADS.has(a.stem))) return null;
  for (let j = i + 1; j <= i + 1 + MAX_INSTITUTION_WORDS && j < tokens.length; j++) {
    const t = tokens[j]!;
    if (covered[j] || t.kind !== 'word' || t.sentence !== tokens[i]!.sentence) return null;
    const adjective = nisba.match(tokens, j);
    if (adjective && adjective.clitics === '' && t.norm.startsWith('ال') && countryCode(adjective.values[0]!)) {
      // at least one word between the noun and the nationality: "اللجنة الكويتية" alone names no institution
      return j > i + 1 ? { end: adjective.end, cliticLength: head.cliticLength } : null;
    }
    if (!t.norm.startsWith('ال') || functionWords.has(t.norm)) return null;
  }
  return null;
}
