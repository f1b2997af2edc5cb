import type { Doc, EntityRecord, MentionRecord, Stage, TitleRecord } from './doc.ts';
import { addMention, coverage, entityById, entityForId, entityForName, isCountry } from './entities.ts';
import { type Lexicon, type TitleDef, countryCode, getLexicon, heldAt } from './lexicon.ts';
import { isNameToken, isNameWordAt, isNisbaShaped, nameExtent } from './names.ts';
import { firstBodySentence } from './dateline.ts';
import { isFacilityName } from './facilities.ts';
import { stemStart } from './tokenise.ts';

/**
 * Title patterns: "<title> [nationality | of <country/org>] [، " honorific] <name>". They introduce
 * persons the lexicon does not know (the name becomes a PERSON entity) and state roles, e.g.
 * وزير الخارجية المصري سامح X → (X, Minister of Foreign Affairs, Egypt). A title with no name after it
 * ("وزير الخارجية الأمريكي" in a headline, "نظيره المصري") is kept for coreference.
 */
const SEPARATORS = new Set(['،', ',', '"', '“', '”', '«', '»', '(', ')', "'"]);
const MAX_SEPARATORS = 3;
/** "his/her counterpart": resolved in coreference against the clause's subject. */
/** Nationalities joined by و after a counterpart ("نظيريه الإيراني X والتركي Y") read at most. */
const MAX_COORDINATED_COUNTERPARTS = 3;
const COUNTERPART = new Set(['نظيره', 'نظيرته', 'نظيريه', 'نظيرها', 'نظراءه', 'نظرائه']);
/** Words after a spokesperson title that qualify it rather than name the organisation. */
const SPOKESPERSON_QUALIFIERS = new Set(['الرسمي', 'الرسميه']);
/**
 * Adjectives that qualify the body an office heads, not the office's country: "رئيس جهاز المخابرات
 * الوطني العراقي X", "رئيس المجلس الأعلى X". Skipped after a title, so that the nationality or the
 * name that follows is read as usual.
 */
const BODY_ADJECTIVES = new Set([
  'الوطني', 'الوطنيه', 'العام', 'العامه', 'الاعلي', 'العليا', 'الاتحادي', 'الاتحاديه', 'المركزي', 'المركزيه', 'الفيدرالي', 'الفيدراليه',
]);
const MAX_BODY_ADJECTIVES = 2;
/** Prepositions of a posting after an office: في لبنان، لدى الأمم المتحدة، إلى سوريا. */
const POSTING_PREPOSITIONS = new Set(['في', 'لدي', 'الي']);
/** Titles that are also kept as honorifics (a former ambassador stays "السفير X") or are also other offices (المرشد): a role only with an affiliation. */
const NEEDS_AFFILIATION = new Set(['ambassador', 'spokesperson', 'supreme-leader']);
/** Generic titles that identify no office on their own: they introduce names but state no role. */
const NO_ROLE = new Set(['honorific', 'minister']);

export const titlesStage: Stage = {
  name: 'titles',
  needs: ['entities'],
  adds: ['titles', 'roles'],
  run(doc: Doc): Doc {
    const { titles, nisba } = getLexicon();
    const tokens = doc.tokens;
    let covered = coverage(doc);
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (token.kind !== 'word') continue;
      if (covered[i] && entityById(doc, covered[i]!.entityKey)?.kind === 'PERSON') {
        titleInsideName(doc, covered[i]!, i);
        i = covered[i]!.end - 1;
        continue;
      }

      if (token.analyses.some((a) => COUNTERPART.has(a.stem))) {
        const adjective = nisba.match(tokens, i + 1);
        const code = adjective ? countryCode(adjective.values[0]!) : null;
        if (adjective && code) {
          const country = entityForId(doc, `country:${code}`);
          doc.titles.push(titleRecord(i, adjective.end, null, country, code, true));
        }
        continue;
      }

      const match = titles.match(tokens, i) ?? portfolioMinister(doc, i);
      if (!match || (covered[i] && covered[i]!.end > i + 1)) continue;
      // "مطار الملك خالد الدولي", "جامعة الملك سعود": a place named after a person, not the person;
      // "عبد الأمير", "أبو الأمير": a name, not a title
      if (namesPlace(doc, i) || ['عبد', 'ابو'].includes(tokens[i - 1]?.norm ?? '')) {
        i = match.end - 1;
        continue;
      }
      // "المبعوث الخاص للرئيس الروسي X", "مستشار لرئيس الوزراء": a title in ل right after another title names
      // that office's principal, neither a second office of X nor a mention of the principal himself
      const previous = doc.titles[doc.titles.length - 1];
      if (match.clitics.startsWith('ل') && previous && previous.end === i && !previous.counterpart) {
        const adjective = nisba.match(tokens, match.end);
        previous.end = skipJointAndPosting(doc, adjective?.end ?? match.end, covered);
        i = previous.end - 1;
        continue;
      }
      let def = pickTitle(match.values);
      let pos = match.end;
      let affiliation: EntityRecord | null = null;
      let code: string | null = null;
      /** "المتحدث باسم وزارة الخارجية" with no nationality: the ministry key, resolved from the person. */
      let bareMinistry: { key: string; start: number; end: number; cliticLength: number } | null = null;

      if (def.affiliation !== 'none') {
        while (def.key === 'spokesperson' && tokens[pos] && SPOKESPERSON_QUALIFIERS.has(tokens[pos]!.norm)) pos++;
        for (let k = 0; k < MAX_BODY_ADJECTIVES && tokens[pos] && !covered[pos] && BODY_ADJECTIVES.has(tokens[pos]!.norm); k++) pos++;
        const adjective = def.affiliation === 'country' ? nisba.match(tokens, pos) : null;
        if (adjective && adjective.clitics === '') {
          code = countryCode(adjective.values[0]!);
          // "المبعوث الأممي": an adjective of an organisation
          affiliation = code ? entityForId(doc, `country:${code}`) : entityForId(doc, adjective.values[0]!);
          pos = adjective.end;
        } else {
          const following = mentionAt(covered, pos);
          // a title ending in an indefinite noun (وزير خارجية، ملك، رئيس وزراء) is a construct: its country or
          // organisation must follow; one ending in a definite noun (رئيس مجلس الوزراء، ولي العهد) is complete
          const construct = !isDefinite(tokens, i, match.end, match.cliticLength);
          const entity = following ? entityById(doc, following.entityKey) : undefined;
          const linked = following && (def.affiliation === 'org' || construct || following.cliticLength > 0);
          // "رئيس الوزراء بقصر القضيبية": a palace or airport after the title is where, not whose
          const venue = entity !== undefined && (getLexicon().entries.get(entity.lexiconId ?? '')?.subtype === 'landmark' || isFacilityName(entity.nameAr));
          if (entity && linked && entity.kind !== 'PERSON' && !venue) {
            // "رئيس <country>" is its president; "رئيس <organisation>" its chairman
            if (def.key === 'chairman' && isCountry(entity)) def = getLexicon().titleByKey.get('president') ?? def;
            // "رئيس إقليم كردستان", "رئيس إقليم تيغراي": a self-governing region has a president too
            if (def.key === 'chairman' && entity.kind === 'LOCATION' && (getLexicon().entries.get(entity.lexiconId ?? '')?.subtype === 'territory' || /^إقليم /u.test(entity.nameAr))) {
              def = getLexicon().titleByKey.get('president') ?? def;
            }
            // "رئيسة المفوضية الأوروبية", "رئيس الفيفا": organisations whose head is their president
            const head = entity.lexiconId ? getLexicon().entries.get(entity.lexiconId)?.head_title : undefined;
            if (def.key === 'chairman' && head) def = getLexicon().titleByKey.get(head) ?? def;
            if (def.key === 'chairman' && entity.kind !== 'ORGANIZATION') continue;
            affiliation = entity;
            code = entity.lexiconId ? countryCode(entity.lexiconId) : null;
            pos = following!.end;
            // "المتحدث باسم مجلس الأمن القومي بالبيت الأبيض": a qualifying ب/في + organisation is skipped
            const qualifier = mentionAt(covered, pos);
            if (qualifier && qualifier.cliticLength > 0 && entityById(doc, qualifier.entityKey)?.kind !== 'PERSON') pos = qualifier.end;
            // "المنسقة الخاصة للأمم المتحدة في لبنان X", "سفير مصر لدى واشنطن X": the posting is skipped
            const posting = tokens[pos] && POSTING_PREPOSITIONS.has(tokens[pos]!.norm) ? mentionAt(covered, pos + 1) : undefined;
            if (posting && entityById(doc, posting.entityKey)?.kind === 'LOCATION') pos = posting.end;
          } else if (def.affiliation === 'org' && !following) {
            const ministryWord = tokens[pos]?.analyses.some((a) => a.stem === 'وزاره');
            const ministry = ministryWord ? getLexicon().ministries.match(tokens, pos + 1) : null;
            if (ministry) {
              bareMinistry = { key: ministry.values[0]!.key, start: pos, end: ministry.end, cliticLength: tokens[pos]!.analyses.find((a) => a.stem === 'وزاره')!.cliticLength };
              pos = ministry.end;
            } else {
              const bodyEnd = skipBareBody(doc, pos, covered);
              // "المتحدث باسم الحكومة X" with no nationality: the government of the article's home country
              const home = bodyEnd > pos && HOME_GOVERNMENT.has(tokens[pos]!.norm) ? homeCountry(doc) : null;
              if (home?.lexiconId) {
                affiliation = home;
                code = countryCode(home.lexiconId);
              }
              pos = bodyEnd;
            }
          } else if (construct || def.key === 'chairman') {
            continue; // "وزير خارجية", "ملك", "قائد" need their country or organisation after them
          }
        }
      }
      const titleEnd = pos;
      let composedEn: string | null = null;
      let composedEnd = titleEnd;
      if (def.key.endsWith('minister')) {
        pos = skipPortfolio(doc, pos, covered);
        if ((pos > titleEnd || def.key === PORTFOLIO_MINISTER) && titleEnd === match.end) composedEn = ministerOfPortfolios(doc, def, i, match.end, pos);
        if (composedEn) composedEnd = pos;
        // "وزير الخارجية والتعاون الدولي الإماراتي": the nationality after the portfolio
        const late = pos > titleEnd && !affiliation ? nisba.match(tokens, pos) : null;
        if (late && late.clitics === '') {
          code = countryCode(late.values[0]!);
          affiliation = code ? entityForId(doc, `country:${code}`) : null;
          pos = late.end;
        }
        // "وزير الخارجية وشؤون الكومنولث في المملكة المتحدة": the country after في
        const posting = !affiliation && tokens[pos]?.norm === 'في' ? mentionAt(covered, pos + 1) : undefined;
        const country = posting ? entityById(doc, posting.entityKey) : undefined;
        if (posting && country && isCountry(country)) {
          affiliation = country;
          code = countryCode(country.lexiconId!);
          pos = posting.end;
        }
      }
      const qualifier = skipQualifier(doc, pos, covered);
      pos = qualifier.end;
      if (qualifier.country && !affiliation && def.affiliation === 'country') {
        code = qualifier.country;
        affiliation = entityForId(doc, `country:${code}`);
      }
      pos = skipAffairs(doc, skipSpecialRemit(doc, pos, covered), covered);
      const portfolioEnd = pos;
      pos = skipJointAndPosting(doc, pos, covered);
      const titleAr = doc.body.slice(stemStart(doc, tokens[i]!, match.cliticLength), tokens[composedEnd - 1]!.end);

      // separators and an honorific between the title and the name: ، "الأمير X"
      let person: EntityRecord | null = null;
      let nameEnd = pos;
      for (let step = 0; step < MAX_SEPARATORS + 2 && pos < tokens.length; step++) {
        const m = mentionAt(covered, pos);
        if (m) {
          const entity = entityById(doc, m.entityKey);
          if (entity?.kind === 'PERSON') {
            person = entity;
            nameEnd = m.end;
            titleInsideName(doc, m, m.start);
          }
          break;
        }
        const t = tokens[pos]!;
        if (SEPARATORS.has(t.norm) && !isQuotedName(doc, pos, covered)) {
          pos++;
          continue;
        }
        const honorific = titles.match(tokens, pos);
        // "، ومعالي X": a second person joined by و, not the name of this title
        if (honorific && honorific.clitics.startsWith('و') && pos > portfolioEnd) break;
        if (honorific && honorific.values.some((v) => v.key === 'honorific')) {
          pos = honorific.end;
          continue;
        }
        const name = nameExtent(doc, pos, covered);
        const known = name ? joinPatronymic(doc, name, covered) : null;
        if (known) {
          person = known;
          nameEnd = covered[name!.start]!.end;
        } else if (name) {
          const nameAr = doc.body.slice(tokens[name.start]!.start, tokens[name.end - 1]!.end);
          person = entityForName(doc, 'PERSON', nameAr);
          const mention = addMention(doc, person, name.start, name.end, 0, 'TITLE_PATTERN', 0.8);
          nameEnd = name.end;
          covered = markCovered(covered, mention);
        }
        break;
      }
      if (def.key === 'honorific' && !person) continue;
      if (person && bareMinistry && !affiliation) {
        const known = person.lexiconId ? getLexicon().entries.get(person.lexiconId)?.roles : undefined;
        const role = known?.find((r) => r.affiliation.startsWith(`org:ministry:${bareMinistry!.key}:`));
        if (role) affiliation = entityForId(doc, role.affiliation);
        if (affiliation) addMention(doc, affiliation, bareMinistry.start, bareMinistry.end, bareMinistry.cliticLength, 'LEXICON_NORMALISED', 0.7);
      }
      doc.titles.push(titleRecord(i, Math.max(titleEnd, portfolioEnd), def, affiliation, code, false, person, composedEn));
      if (person && !NO_ROLE.has(def.key)) addRole(doc, person, def, titleAr, affiliation, code, token.sentence, composedEn);
      i = Math.max(i, (person ? nameEnd : titleEnd) - 1);
    }
    return doc;
  },
};

/** A first name and patronymic ("X بن Y", "X Y") right before the surname of a known person whose first name is X. */
/**
 * "عادل بن أحمد الجبير": a known person's name with the father's name inserted, read as a name before
 * the known surname's mention: that mention is widened over the name, which becomes an alias. Returns
 * the person, or null when the name is not such a patronymic.
 */
export function joinPatronymic(doc: Doc, name: { start: number; end: number }, covered: (MentionRecord | undefined)[]): EntityRecord | null {
  const known = patronymicOf(doc, name, covered);
  if (!known) return null;
  const m = covered[name.end]!;
  m.start = name.start;
  m.cliticLength = 0;
  const text = doc.body.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end);
  if (!known.aliases.includes(text)) known.aliases.push(text);
  markCovered(covered, m);
  return known;
}

function patronymicOf(doc: Doc, name: { start: number; end: number }, covered: (MentionRecord | undefined)[]): EntityRecord | null {
  const m = covered[name.end];
  if (!m || m.start !== name.end || m.end !== name.end + 1 || m.cliticLength !== 0) return null;
  const entity = entityById(doc, m.entityKey);
  if (!entity || entity.kind !== 'PERSON' || !entity.lexiconId) return null;
  const words = doc.tokens.slice(name.start, name.end).map((t) => t.norm);
  // a compound given name counts as one word, written apart or joined: "عبد اللطيف" = "عبداللطيف"
  const givenLength = (tokens: string[]) => (COMPOUND_GIVEN.has(tokens[0]!) && tokens.length > 1 ? 2 : 1);
  const given = givenLength(words);
  const rest = words.slice(given);
  // "عادل بن أحمد الجبير", and the father's name without بن: "أسعد حسن الشيباني" (given, father's, family name)
  const patronymic = (rest.length >= 2 && (rest[0] === 'بن' || rest[0] === 'ابن')) || rest.length === 1;
  const known = entity.nameTokens;
  const knownGiven = givenLength(known);
  return patronymic && known.length === knownGiven + 1 && known.slice(0, knownGiven).join('') === words.slice(0, given).join('') ? entity : null;
}

const COMPOUND_GIVEN = new Set(['عبد', 'ابو']);

function pickTitle(values: TitleDef[]): TitleDef {
  return values.find((v) => v.key !== 'honorific') ?? values[0]!;
}

function mentionAt(covered: (MentionRecord | undefined)[], i: number): MentionRecord | undefined {
  const m = covered[i];
  return m && m.start === i ? m : undefined;
}

function markCovered(covered: (MentionRecord | undefined)[], m: MentionRecord): (MentionRecord | undefined)[] {
  for (let k = m.start; k < m.end; k++) covered[k] = m;
  return covered;
}

/** An opening quote that starts a quoted name is not a separator to skip. */
function isQuotedName(doc: Doc, i: number, covered: (MentionRecord | undefined)[]): boolean {
  const t = doc.tokens[i]!;
  return (t.norm === '"' || t.norm === '“' || t.norm === '«') && nameExtent(doc, i, covered) !== null && !covered[i + 1];
}

function titleRecord(
  start: number,
  end: number,
  def: TitleDef | null,
  affiliation: EntityRecord | null,
  code: string | null,
  counterpart: boolean,
  person: EntityRecord | null = null,
  titleEn: string | null = null,
): TitleRecord {
  return {
    start,
    end,
    titleKey: def?.key ?? '',
    titleAr: def?.ar[0] ?? '',
    titleEn: titleEn ?? (def ? englishTitle(def, code) : ''),
    affiliationKey: affiliation?.key ?? null,
    countryCode: code,
    personKey: person?.key ?? null,
    counterpart,
  };
}

export function englishTitle(def: TitleDef, code: string | null): string {
  return (code && def.en_by_country[code]) || def.en || '';
}

/** Records a role; with no stated affiliation, the lexicon's record of the person's office supplies it. */
function addRole(
  doc: Doc,
  person: EntityRecord,
  def: TitleDef,
  titleAr: string,
  affiliation: EntityRecord | null,
  code: string | null,
  sentence: number,
  /** The English title when the matched one does not say it all (several portfolios). */
  titleEn: string | null = null,
) {
  let affiliationEntity = affiliation;
  let countryOfRole = code;
  if (!affiliationEntity && person.lexiconId) {
    const known = getLexicon().entries.get(person.lexiconId)?.roles?.find((r) => r.title === def.key);
    if (known) {
      affiliationEntity = entityForId(doc, known.affiliation);
      countryOfRole = countryCode(known.affiliation);
    }
  }
  if (!affiliationEntity && NEEDS_AFFILIATION.has(def.key)) return;
  const title = (countryOfRole && def.en_by_country[countryOfRole]) || titleEn || englishTitle(def, countryOfRole);
  const duplicate = doc.roles.some(
    (r) => r.personKey === person.key && r.titleKey === def.key && r.affiliationKey === (affiliationEntity?.key ?? null),
  );
  if (duplicate) return;
  doc.roles.push({
    personKey: person.key,
    titleKey: def.key,
    title,
    titleAr,
    affiliationKey: affiliationEntity?.key ?? null,
    sentence,
  });
}

/** Whether the last word of a matched title is definite (its folded stem starts with the article). */
function isDefinite(tokens: Doc['tokens'], start: number, end: number, cliticLength: number): boolean {
  if (end - start > 1) return /^[وف]?(ال|لل)/u.test(tokens[end - 1]!.norm);
  const analysis = tokens[start]!.analyses.find((a) => a.cliticLength === cliticLength) ?? tokens[start]!.analyses[0]!;
  return analysis.stem.startsWith('ال');
}

/**
 * The rest of a ministerial portfolio after the matched title: "وزير الخارجية والتعاون الدولي",
 * "وزير الشؤون الخارجية والجالية الوطنية بالخارج". Coordinated (و-) words and the definite or
 * prepositional words that follow them are skipped up to the name.
 */
/** Nouns of places and institutions named after a person: مطار الملك خالد، جامعة الملك سعود، شارع الشيخ زايد. */
const NAMED_AFTER = new Set(['مطار', 'جامعه', 'مستشفي', 'شارع', 'قاعه', 'مركز', 'مدينه', 'جسر', 'مسجد', 'ميناء', 'قاعده', 'مؤسسه', 'جائزه', 'استاد', 'ملعب', 'طريق', 'ميدان', 'كليه', 'مجمع', 'قصر']);

/** Token `at` is such a noun in the sentence of token `of` (و and ال allowed on it: "وجامعة", "المطار"). */
export function isNamedAfterNoun(doc: Doc, at: number, of: number): boolean {
  const token = doc.tokens[at];
  return token !== undefined && token.sentence === doc.tokens[of]!.sentence && token.analyses.some((a) => NAMED_AFTER.has(a.stem) && /^و?(ال)?$/u.test(a.clitics));
}

function namesPlace(doc: Doc, i: number): boolean {
  return isNamedAfterNoun(doc, i - 1, i);
}

const JOINT = new Set(['المشترك', 'المشتركه']);
/**
 * "المبعوث الأممي والعربي المشترك إلى سوريا X", "المبعوث الأممي إلى ليبيا X": a second adjective joined by
 * و, "المشترك", and the posting (إلى/في/لدى + a place) between a title and the name are skipped.
 */
function skipJointAndPosting(doc: Doc, pos: number, covered: (MentionRecord | undefined)[]): number {
  const tokens = doc.tokens;
  let j = pos;
  const second = tokens[j];
  if (second && !covered[j] && second.analyses.some((a) => a.clitics === 'و' && isNisbaShaped(a.stem))) j++;
  if (tokens[j] && JOINT.has(tokens[j]!.norm)) j++;
  const posting = tokens[j] && POSTING_PREPOSITIONS.has(tokens[j]!.norm) ? mentionAt(covered, j + 1) : undefined;
  if (posting && posting.start === j + 1 && entityById(doc, posting.entityKey)?.kind === 'LOCATION') j = posting.end;
  return j;
}

const SPECIAL = new Set(['الخاص', 'الخاصه']);
const MAX_REMIT_WORDS = 3;
/**
 * "المبعوث الأمريكي الخاص للقرن الأفريقي X": "الخاص" after the nationality, and the remit in ل after it
 * (a place, or a noun and its adjectives), belong to the title.
 */
function skipSpecialRemit(doc: Doc, pos: number, covered: (MentionRecord | undefined)[]): number {
  const tokens = doc.tokens;
  if (!SPECIAL.has(tokens[pos]?.norm ?? '') || covered[pos]) return pos;
  let j = pos + 1;
  const place = mentionAt(covered, j);
  if (place) return place.cliticLength > 0 && entityById(doc, place.entityKey)?.kind !== 'PERSON' ? place.end : j;
  if (!tokens[j]?.analyses.some((a) => /ل$/u.test(a.clitics)) || covered[j]) return j;
  j++;
  while (j - pos <= MAX_REMIT_WORDS && tokens[j] && !covered[j] && isNisbaShaped(tokens[j]!.norm, true)) j++;
  return j;
}

const MAX_AFFAIRS_WORDS = 2;
/**
 * "مساعد الرئيس الروسي للشؤون الدولية X", "مستشار … لشؤون الشرق الأوسط X": the affairs an office is for,
 * skipped up to the name (its adjectives, or the place or body it names).
 */
function skipAffairs(doc: Doc, pos: number, covered: (MentionRecord | undefined)[]): number {
  const tokens = doc.tokens;
  if (covered[pos] || !tokens[pos]?.analyses.some((a) => a.clitics === 'ل' && (a.stem === 'الشوون' || a.stem === 'شوون'))) return pos;
  let j = pos + 1;
  const body = mentionAt(covered, j);
  if (body) return entityById(doc, body.entityKey)?.kind === 'PERSON' ? j : body.end;
  // (adjectives of either gender: الدولي، الدولية)
  while (j - pos <= MAX_AFFAIRS_WORDS && tokens[j] && !covered[j] && isNisbaShaped(tokens[j]!.norm, true)) j++;
  return j;
}

const MAX_BARE_BODY_WORDS = 3;
/** Bodies that, named bare, are the home country's own: الحكومة، الرئاسة. */
const HOME_GOVERNMENT = new Set(['الحكومه', 'الرئاسه']);
/**
 * "المتحدث باسم الحكومة باسم العوادي", "مدير المكتب الإعلامي X": a body named by common definite words
 * (no entity) after an office of an organisation, skipped up to the name; only when a name follows.
 */
function skipBareBody(doc: Doc, pos: number, covered: (MentionRecord | undefined)[]): number {
  const tokens = doc.tokens;
  let j = pos;
  while (j - pos < MAX_BARE_BODY_WORDS && tokens[j]?.kind === 'word' && !covered[j] && /^ال/u.test(tokens[j]!.norm) && !isNameWordAt(doc, j)) j++;
  return j > pos && tokens[j]?.kind === 'word' && !covered[j] && isNameWordAt(doc, j) && tokens[j]!.sentence === tokens[pos]!.sentence ? j : pos;
}

const MAX_QUALIFIER_WORDS = 4;
/**
 * "وزير الخارجية في حكومة تصريف الأعمال X", "كبير المفاوضين في الملف النووي X": what the office is in,
 * skipped up to the name (the first name-list word); only when a name follows.
 */
function skipQualifier(doc: Doc, pos: number, covered: (MentionRecord | undefined)[]): { end: number; country: string | null } {
  const tokens = doc.tokens;
  const first = tokens[pos + 1];
  const none = { end: pos, country: null };
  if (tokens[pos]?.norm !== 'في' || !first) return none;
  // "وزير الخارجية في الحكومة السورية الانتقالية X": a country's government, then its adjectives
  const body = mentionAt(covered, pos + 1);
  const bodyEntity = body && body.cliticLength === 0 ? entityById(doc, body.entityKey) : undefined;
  const country = bodyEntity?.kind === 'ORGANIZATION' ? bodyEntity.lexiconId?.match(/^org:[a-z-]+(?::[a-z-]+)?:([A-Z]{2})$/)?.[1] ?? null : null;
  if (covered[pos + 1] && !country) return none;
  if (!country && !first.norm.startsWith('ال') && !first.analyses.some((a) => a.stem === 'حكومه' && a.clitics === '')) return none;
  let j = country ? body!.end : pos + 1;
  while (j < tokens.length && j - pos - 1 < MAX_QUALIFIER_WORDS && tokens[j]!.kind === 'word' && !covered[j] && !isNameToken(tokens[j]!)) j++;
  return tokens[j]?.kind === 'word' && j > pos + 1 && isNameToken(tokens[j]!) && !covered[j] ? { end: j, country } : none;
}

const MAX_PORTFOLIO = 8;
function skipPortfolio(doc: Doc, pos: number, covered: (MentionRecord | undefined)[]): number {
  const tokens = doc.tokens;
  const first = tokens[pos];
  if (!first || first.kind !== 'word' || covered[pos] || !/^و(ال|[^ا])/u.test(first.norm)) return pos;
  // "رئيس مجلس الوزراء والمالكي": a portfolio opens with a noun; a definite word shaped like a nisba
  // (an adjective or a family name) is a second person joined by و
  if (/^وال/u.test(first.norm) && isNisbaShaped(first.norm.slice(1))) return pos;
  const { functionWords, titles, nisba } = getLexicon();
  let j = pos;
  while (j < tokens.length && j - pos < MAX_PORTFOLIO && tokens[j]!.sentence === first.sentence) {
    const t = tokens[j]!;
    // an organisation inside the portfolio: "وزير الخارجية وشؤون الكومنولث"
    const inner = covered[j];
    if (inner && inner.start === j && j > pos && entityById(doc, inner.entityKey)?.kind === 'ORGANIZATION' && inner.cliticLength === 0) {
      j = inner.end;
      continue;
    }
    if (t.kind !== 'word' || covered[j] || functionWords.has(t.norm) || titles.match(tokens, j) || nisba.match(tokens, j)) break;
    const portfolioWord = /^(و|وال|ال|بال|لل|وب|ول)/u.test(t.norm);
    // a first name that begins with و (وليد، وسيم) starts the name, not the portfolio
    if (!portfolioWord || (/^و[^ا]/u.test(t.norm) && isNameToken(t))) break;
    j++;
  }
  return j;
}

const MINISTER_OF = 'Minister of ';
/** The title read from "وزير" and a known ministry (titles.json has no forms for it). */
const PORTFOLIO_MINISTER = 'portfolio-minister';
/**
 * "وزير الموارد المائية والري" → "Minister of Water Resources and Irrigation", "وزير المياه والري والطاقة" →
 * "Minister of Water, Irrigation and Energy": a minister's title with several portfolios joined by و,
 * composed from the ministries' English names, only when every portfolio is a known ministry (the
 * matched title's own English stands otherwise). Tokens [titleStart + 1, titleEnd) are the matched
 * title's portfolio, [titleEnd, portfolioEnd) the coordinated ones.
 */
function ministerOfPortfolios(doc: Doc, def: TitleDef, titleStart: number, titleEnd: number, portfolioEnd: number): string | null {
  if (!def.en?.startsWith(MINISTER_OF) && def.key !== PORTFOLIO_MINISTER) return null;
  const { ministries } = getLexicon();
  const first = ministries.match(doc.tokens, titleStart + 1);
  if (!first || first.end !== titleEnd || first.clitics !== '') return null;
  const names = [first.values[0]!.en];
  for (let j = titleEnd; j < portfolioEnd; ) {
    const next = ministries.match(doc.tokens, j);
    if (!next || next.clitics !== 'و' || next.end > portfolioEnd) return null;
    names.push(next.values[0]!.en);
    j = next.end;
  }
  return names.length === 1 ? `${MINISTER_OF}${names[0]}` : `${MINISTER_OF}${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * "وزير التكنولوجيا والابتكار X": a minister whose portfolio no title of the lexicon names, but a known
 * ministry does; read as the generic minister title over "وزير" and the ministry's words.
 */
function portfolioMinister(doc: Doc, i: number): ReturnType<Lexicon['titles']['match']> {
  const { ministries, titleByKey } = getLexicon();
  const head = doc.tokens[i]!.analyses.find((a) => (a.stem === 'وزير' || a.stem === 'وزيره') && /^[وف]?$/u.test(a.clitics));
  const ministry = head ? ministries.match(doc.tokens, i + 1) : null;
  const minister = titleByKey.get(PORTFOLIO_MINISTER);
  if (!head || !ministry || ministry.clitics !== '' || !minister) return null;
  return { start: i, end: ministry.end, values: [minister], clitics: head.clitics, cliticLength: head.cliticLength };
}

/** A lexicon name that includes its title ("الملك عبدالله الثاني"): the title states the person's role. */
function titleInsideName(doc: Doc, mention: MentionRecord, i: number): void {
  if (mention.start !== i) return;
  const match = getLexicon().titles.match(doc.tokens, i, mention.end);
  if (!match || match.end >= mention.end) return;
  const def = pickTitle(match.values);
  if (NO_ROLE.has(def.key) || def.affiliation === 'org') return;
  const person = entityById(doc, mention.entityKey)!;
  const titleAr = doc.body.slice(stemStart(doc, doc.tokens[i]!, match.cliticLength), doc.tokens[match.end - 1]!.end);
  doc.titles.push(titleRecord(i, match.end, def, null, null, false, person));
  addRole(doc, person, def, titleAr, null, null, doc.tokens[i]!.sentence);
}

/**
 * "نظيره الفرنسي X": X holds the subject's office in that country. Run again by coreference once a
 * subject named by its title alone ("الوزير السعودي") is known.
 */
export function attachCounterparts(doc: Doc): void {
  const covered = coverage(doc);
  const defs = getLexicon().titleByKey;
  const personAt = (j: number): EntityRecord | null => {
    const m = covered[j];
    if (!m || m.start !== j) return null;
    const e = entityById(doc, m.entityKey);
    return e?.kind === 'PERSON' ? e : null;
  };
  for (const t of doc.titles) {
    if (!t.counterpart || !t.affiliationKey) continue;
    // a counterpart found before the subject's office was known is given the office on the second run
    if (t.personKey && doc.roles.some((r) => r.personKey === t.personKey && r.affiliationKey === t.affiliationKey)) continue;
    let j = t.end;
    while (j < doc.tokens.length && SEPARATORS.has(doc.tokens[j]!.norm)) j++;
    const person = personAt(j);
    if (t.personKey && person?.key !== t.personKey) continue;
    const subject = person ? subjectOf(doc, t.start) : null;
    if (!person || !subject || subject === person) continue;
    const held = doc.roles.filter((r) => r.personKey === subject.key);
    const role = held.find((r) => /minister|secretary/u.test(r.titleKey)) ?? held[0];
    const def = role ? defs.get(role.titleKey) : undefined;
    t.personKey = person.key;
    if (!def) continue;
    const affiliation = entityById(doc, t.affiliationKey) ?? null;
    const titleAr = doc.body.slice(doc.tokens[t.start]!.start, doc.tokens[t.end - 1]!.end);
    addRole(doc, person, def, titleAr, affiliation, t.countryCode, doc.tokens[t.start]!.sentence);
    // "بنظيريه الإيراني X والتركي Y": a further nationality joined by و, and its person, share the office
    let k = covered[j]?.end ?? j + 1;
    for (let more = 0; more < MAX_COORDINATED_COUNTERPARTS && k < doc.tokens.length; more++) {
      const adjective = getLexicon().nisba.match(doc.tokens, k);
      const code = adjective && adjective.clitics === 'و' ? countryCode(adjective.values[0]!) : null;
      const other = code ? personAt(adjective!.end) : null;
      if (!code || !other || other === subject || other === person) break;
      const country = entityForId(doc, `country:${code}`);
      const titleOf = doc.body.slice(stemStart(doc, doc.tokens[k]!, adjective!.cliticLength), doc.tokens[adjective!.end - 1]!.end);
      addRole(doc, other, def, titleOf, country, code, doc.tokens[k]!.sentence);
      k = covered[adjective!.end]?.end ?? adjective!.end + 1;
    }
  }
}

/**
 * After the tagger has run: titles still without a person get one from
 *  - a person mention right after them (a name the name list did not know, found by the tagger);
 *  - a chain of titles held by one person ("نائب رئيس الوزراء وزير الخارجية X", "X ولي العهد رئيس
 *    مجلس الوزراء"): the title next to the one that has the person;
 *  - apposition after a name ("X، وزير الخارجية الجزائري،", "X رئيس وزراء الهند").
 * A title that names a different person's office elsewhere in the article is left to coreference.
 */
export function attachTitles(doc: Doc): void {
  const titles = doc.titles.filter((t) => !t.counterpart && t.titleKey !== '').sort((a, b) => a.start - b.start);
  if (titles.length === 0) return;
  const covered = coverage(doc);
  const defs = getLexicon().titleByKey;
  const attach = (t: TitleRecord, person: EntityRecord, neighbour: TitleRecord | null) => {
    t.personKey = person.key;
    const def = defs.get(t.titleKey);
    if (!def || NO_ROLE.has(def.key)) return;
    let affiliation = t.affiliationKey ? entityById(doc, t.affiliationKey) ?? null : null;
    let code = t.countryCode;
    // a chain shares its country: "ولي العهد السعودي رئيس مجلس الوزراء"
    if (!affiliation && neighbour?.countryCode && def.affiliation === 'country') {
      affiliation = neighbour.affiliationKey ? entityById(doc, neighbour.affiliationKey) ?? null : null;
      code = neighbour.countryCode;
    }
    const cliticLength = getLexicon().titles.match(doc.tokens, t.start)?.cliticLength ?? 0;
    const titleAr = doc.body.slice(stemStart(doc, doc.tokens[t.start]!, cliticLength), doc.tokens[t.end - 1]!.end);
    // a title composed from several portfolios keeps its English
    const composed = t.titleEn !== englishTitle(def, t.countryCode) ? t.titleEn : null;
    addRole(doc, person, def, titleAr, affiliation, code, doc.tokens[t.start]!.sentence, composed);
  };
  const personAt = (j: number): EntityRecord | null => {
    const m = covered[j];
    if (!m || m.start !== j) return null;
    const e = entityById(doc, m.entityKey);
    return e?.kind === 'PERSON' ? e : null;
  };
  // 1. a person right after the title
  for (const t of titles) {
    if (t.personKey) continue;
    let j = t.end;
    for (let step = 0; step < MAX_SEPARATORS + 2 && j < doc.tokens.length && doc.tokens[j]!.sentence === doc.tokens[t.start]!.sentence; step++) {
      const person = personAt(j);
      // "رئيس مجلس الوزراء والمالكي": a name joined by و is a second person, not the title's holder
      if (person && joinedByAnd(doc, covered[j]!)) break;
      if (person) {
        attach(t, person, null);
        break;
      }
      const honorific = getLexicon().titles.match(doc.tokens, j);
      if (SEPARATORS.has(doc.tokens[j]!.norm)) j++;
      else if (honorific && honorific.values.some((v) => v.key === 'honorific') && !(j > t.end && honorific.clitics.startsWith('و'))) j = honorific.end;
      else break;
    }
  }
  attachCounterparts(doc);
  // 2. chains of titles, right to left
  for (let k = titles.length - 2; k >= 0; k--) {
    const t = titles[k]!;
    const next = titles[k + 1]!;
    if (t.personKey || !next.personKey || !adjacent(doc, t.end, next.start)) continue;
    // "استقبل رئيس الجمهورية الرئيس المكلف X": a definite title after a complete one opens a new noun
    // phrase (the object), not a second office of the same person ("ولي العهد رئيس مجلس الوزراء")
    // (a bare "السفير" before the name is a diplomat's rank: "المبعوث الأمريكي الخاص السفير X")
    const rank = next.titleKey === 'ambassador' && next.affiliationKey === null && next.end - next.start === 1;
    if (/^ال/u.test(doc.tokens[next.start]!.norm) && isDefinite(doc.tokens, t.start, t.end, 0) && !rank) continue;
    // "…، ومعالي X": an honorific joined by و introduces a second person, and so does any title after a
    // comma and و ("… حاكم دبي، وأمير الكويت X"); "نائب رئيس الوزراء ووزير الخارجية X" stays one chain
    const joined = getLexicon().titles.match(doc.tokens, next.start)?.clitics.startsWith('و') ?? false;
    if (joined && (next.titleKey === 'honorific' || hasComma(doc, t.end, next.start))) continue;
    const person = entityById(doc, next.personKey);
    if (person && !heldByOther(doc, t, person)) attach(t, person, next);
  }
  // 3. apposition: "<person>، <title>" and the rest of its chain, left to right
  for (let k = 0; k < titles.length; k++) {
    const t = titles[k]!;
    if (t.personKey) continue;
    let j = t.start - 1;
    while (j >= 0 && SEPARATORS.has(doc.tokens[j]!.norm) && doc.tokens[j]!.norm !== '(') j--;
    // a family name the lexicon name stopped short of: "عبدالله بن زايد آل نهيان وزير الخارجية"
    if (j >= 2 && !covered[j] && doc.tokens[j - 1]!.norm === 'ال' && covered[j - 2]) j -= 2;
    if (j < 0 || doc.tokens[j]!.sentence !== doc.tokens[t.start]!.sentence) continue;
    const m = covered[j];
    const previous = k > 0 && titles[k - 1]!.end === j + 1 && titles[k - 1]!.personKey ? titles[k - 1]! : null;
    const startsWithAnd = /^و/u.test(doc.tokens[t.start]!.norm) && !doc.tokens[t.start]!.analyses.some((a) => a.cliticLength === 0 && defs.get(t.titleKey)?.ar.some((f) => foldFirst(f) === a.stem));
    if (startsWithAnd) continue; // "X وولي العهد": a second person, not X's title
    let person: EntityRecord | null = null;
    let neighbour: TitleRecord | null = null;
    if (m && m.end === j + 1 && entityById(doc, m.entityKey)?.kind === 'PERSON') person = entityById(doc, m.entityKey)!;
    else if (previous) {
      person = entityById(doc, previous.personKey!) ?? null;
      neighbour = previous;
    }
    // "استقبل الرئيس النيجري X الوزير الفرنسي": a title of another country than the one just before the
    // name opens the verb's object, not a second office of X
    const before = m ? doc.titles.find((o) => o !== t && o.personKey === person?.key && o.end === m.start && o.affiliationKey !== null) : undefined;
    if (before && t.affiliationKey !== null && before.affiliationKey !== t.affiliationKey && isCountryKey(doc, before.affiliationKey) && isCountryKey(doc, t.affiliationKey)) continue;
    if (person && !heldByOther(doc, t, person) && consistentWithLexicon(person, t)) attach(t, person, neighbour);
  }
  // "X، وزير الداخلية، … مع نظيره الإسباني Y": the subject's office may be known only by apposition
  attachCounterparts(doc);
  homeAffiliations(doc);
  // "الأمين العام بان كي مون" after "الأمين العام للأمم المتحدة بان كي مون": the same office, stated once
  doc.roles = doc.roles.filter((r) => r.affiliationKey !== null || !doc.roles.some((o) => o !== r && o.personKey === r.personKey && o.titleKey === r.titleKey && o.affiliationKey !== null));
}

/** Words of a dateline line that names the outlet before the city ("هسبريس - الرباط"). */
const MAX_DATELINE_WORDS = 4;

/**
 * The article's home country: the country of its dateline city ("عمان 19 نيسان (بترا)"), else of the
 * national news agency it cites. An office named with no country ("رئيس الحكومة X") is held there.
 */
/** What follows a dateline's place: "الكويت -"، "المنامة:". */
const DATELINE_MARKS = new Set(['-', ':', '–', '—']);

export function homeCountry(doc: Doc): EntityRecord | null {
  const { entries } = getLexicon();
  // the first sentence after the headline line (a headline may hold several sentences: "X.. وY")
  const afterHeadline = firstBodySentence(doc);
  const firstBody = afterHeadline > 0 ? afterHeadline : 0;
  const wordsIn = new Map<number, number>();
  for (const t of doc.tokens) if (t.kind === 'word' && t.sentence <= firstBody) wordsIn.set(t.sentence, (wordsIn.get(t.sentence) ?? 0) + 1);
  const dateline = doc.mentions.find((m) => {
    const t = doc.tokens[m.start]!;
    if (t.sentence > firstBody || m.cliticLength !== 0) return false;
    const lexiconId = entityById(doc, m.entityKey)?.lexiconId;
    // a city, or a country named as the dateline (الكويت -، البحرين -: city-states and their capitals)
    const subtype = lexiconId ? entries.get(lexiconId)?.subtype : undefined;
    if (subtype !== 'city' && subtype !== 'country') return false;
    if (subtype === 'country' && !DATELINE_MARKS.has(doc.tokens[m.end]?.norm ?? '')) return false;
    if (m.start === 0 || doc.tokens[m.start - 1]!.sentence !== t.sentence) return true;
    // a dateline line with the outlet first: "هسبريس - الرباط", "خاص - بيروت"
    return t.sentence === firstBody && firstBody > 0 && (wordsIn.get(t.sentence) ?? 0) <= MAX_DATELINE_WORDS;
  });
  const datelineEntity = dateline ? entityById(doc, dateline.entityKey) : undefined;
  const datelineEntry = datelineEntity?.lexiconId ? entries.get(datelineEntity.lexiconId) : undefined;
  const agencies = new Set<string>();
  const national = new Set<string>();
  for (const m of doc.mentions) {
    const e = entityById(doc, m.entityKey);
    const entry = e?.lexiconId ? entries.get(e.lexiconId) : undefined;
    if (entry?.subtype === 'agency' && entry.country) {
      agencies.add(entry.country);
      if (!entry.international) national.add(entry.country);
    }
  }
  // a national agency reporting from abroad ("الرياض - سبأ") speaks of its own country's officials
  if (national.size === 1 && datelineEntry?.subtype === 'city' && datelineEntry.country !== [...national][0]) return entityForId(doc, [...national][0]!);
  if (datelineEntry?.subtype === 'city' && datelineEntry.country) return entityForId(doc, datelineEntry.country);
  if (datelineEntry?.subtype === 'country' && datelineEntity) return datelineEntity;
  if (agencies.size === 1) return entityForId(doc, [...agencies][0]!);
  return headOfStateCountry(doc);
}

/** Offices that, named bare (رئيس الجمهورية، الملك), are the article's own country's. */
const HOME_HEAD_OFFICES = new Set(['president', 'king', 'emir', 'sultan', 'prime-minister']);
const LEAD_SENTENCES = 2;

/**
 * "استقبل رئيس الجمهورية الباجي قايد السبسي … بقصر قرطاج": with no dateline nor agency, a head of state
 * or government named by the bare title in the lead, and known to the lexicon as that country's, tells
 * the home country.
 */
function headOfStateCountry(doc: Doc): EntityRecord | null {
  const { entries } = getLexicon();
  // in the lead only (a byline line may come first): a foreign head named bare later ("بتوجيه من الملك
  // X") is not the home country's
  const lead = Math.max(firstBodySentence(doc), 0) + LEAD_SENTENCES;
  for (const t of doc.titles) {
    if (doc.tokens[t.start]!.sentence > lead) continue;
    if (t.affiliationKey || t.counterpart || !t.personKey || !HOME_HEAD_OFFICES.has(t.titleKey)) continue;
    const person = entityById(doc, t.personKey);
    const known = person?.lexiconId ? entries.get(person.lexiconId)?.roles?.find((r) => r.title === t.titleKey) : undefined;
    const code = known ? countryCode(known.affiliation) : null;
    if (code) return entityForId(doc, `country:${code}`);
  }
  return null;
}

/** Roles stated with no country, held by persons the lexicon does not know: the article's home country. */
function homeAffiliations(doc: Doc): void {
  const { titleByKey, entries } = getLexicon();
  let home: EntityRecord | null | undefined;
  for (const r of doc.roles) {
    if (r.affiliationKey) continue;
    const def = titleByKey.get(r.titleKey);
    const person = entityById(doc, r.personKey);
    if (!def || def.affiliation !== 'country' || !person) continue;
    // a known office-holder holds a further office in their own country, not the article's
    const known = person.lexiconId ? entries.get(person.lexiconId)?.roles ?? [] : [];
    const ownCountries = new Set(known.map((k) => countryCode(k.affiliation)).filter((c): c is string => c !== null));
    // the country of the person's other offices in this article ("نائب وزير الخارجية الإيراني كبير المفاوضين X")
    const stated = new Set(
      doc.roles.filter((o) => o.personKey === r.personKey && o.affiliationKey && isCountry(entityById(doc, o.affiliationKey)!)).map((o) => o.affiliationKey!),
    );
    let country: EntityRecord | null;
    if (known.length > 0) {
      country = ownCountries.size === 1 ? entityForId(doc, `country:${[...ownCountries][0]!}`) : null;
    } else if (stated.size === 1) {
      country = entityById(doc, [...stated][0]!) ?? null;
    } else {
      home ??= homeCountry(doc);
      country = sideCountry(doc, r.personKey, r.titleKey) ?? home;
    }
    if (!country) continue;
    const code = country.lexiconId ? countryCode(country.lexiconId) : null;
    if (doc.roles.some((o) => o !== r && o.personKey === r.personKey && o.titleKey === r.titleKey && o.affiliationKey === country!.key)) continue;
    r.affiliationKey = country.key;
    // a title composed from its portfolios stays, unless the country names the office its own way
    if (code && def.en_by_country[code]) r.title = def.en_by_country[code]!;
  }
}

const SIDE_NOUNS = new Set(['وفد', 'الوفد', 'الجانب', 'جانب']);
const SIDE_REACH = 4;

/**
 * "ضم الوفد اللبناني وزير المالية X", "ومن الجانب العماني وكيل الوزارة X": a delegation or side named by
 * its nationality just before the title is the country of the office.
 */
function sideCountry(doc: Doc, personKey: string, titleKey: string): EntityRecord | null {
  const t = doc.titles.find((x) => x.personKey === personKey && x.titleKey === titleKey);
  if (!t) return null;
  const { nisba } = getLexicon();
  for (let k = t.start - 1; k >= Math.max(0, t.start - SIDE_REACH); k--) {
    const token = doc.tokens[k]!;
    if (token.kind !== 'word' || token.sentence !== doc.tokens[t.start]!.sentence) return null;
    if (!token.analyses.some((a) => SIDE_NOUNS.has(a.stem))) continue;
    const adjective = nisba.match(doc.tokens, k + 1);
    const code = adjective && adjective.end <= t.start ? countryCode(adjective.values[0]!) : null;
    return code ? entityForId(doc, `country:${code}`) : null;
  }
  return null;
}

function foldFirst(form: string): string {
  return form.split(' ')[0]!.replace(/[أإآ]/gu, 'ا');
}

/** A comma between tokens `end` (inclusive) and `start` (exclusive). */
function hasComma(doc: Doc, end: number, start: number): boolean {
  for (let k = end; k < start; k++) if (doc.tokens[k]!.norm === '،' || doc.tokens[k]!.norm === ',') return true;
  return false;
}

/** Two titles side by side, or separated only by commas. */
function adjacent(doc: Doc, end: number, start: number): boolean {
  for (let j = end; j < start; j++) if (doc.tokens[j]!.norm !== '،' && doc.tokens[j]!.norm !== ',') return false;
  return start - end <= 1;
}

/** The article names another person holding this exact office: the title refers to them. */
function heldByOther(doc: Doc, t: TitleRecord, person: EntityRecord): boolean {
  if (!t.affiliationKey) return false;
  if (doc.roles.some((r) => r.titleKey === t.titleKey && r.affiliationKey === t.affiliationKey && r.personKey !== person.key)) return true;
  // a known holder of the office is named in the article: "استقبل X وزير الخارجية الأمريكي" refers to them
  const affiliation = entityById(doc, t.affiliationKey)?.lexiconId;
  const { entries } = getLexicon();
  return doc.entities.some(
    (e) => e !== person && e.kind === 'PERSON' && e.lexiconId !== null && !!affiliation &&
      (entries.get(e.lexiconId)?.roles ?? []).some((r) => r.title === t.titleKey && r.affiliation === affiliation && heldAt(r, doc.input.publishedAt)),
  );
}

/** A known office-holder is not given an office of another country by apposition. */
function consistentWithLexicon(person: EntityRecord, t: TitleRecord): boolean {
  const known = person.lexiconId ? getLexicon().entries.get(person.lexiconId)?.roles : undefined;
  if (!known || known.length === 0 || !t.countryCode) return true;
  return known.some((r) => countryCode(r.affiliation) === t.countryCode);
}

/** The nearest person mentioned before token i in its sentence: the subject in "X … مع نظيره". */
function subjectOf(doc: Doc, i: number): EntityRecord | null {
  const sentence = doc.tokens[i]!.sentence;
  let best: MentionRecord | null = null;
  for (const m of doc.mentions) {
    if (m.end > i || doc.tokens[m.start]!.sentence !== sentence || entityById(doc, m.entityKey)?.kind !== 'PERSON') continue;
    if (!best || m.start > best.start) best = m;
  }
  return best ? entityById(doc, best.entityKey) ?? null : null;
}

function isCountryKey(doc: Doc, key: string | null): boolean {
  const e = key ? entityById(doc, key) : undefined;
  return e !== undefined && isCountry(e);
}

/** A mention whose first word carries the conjunction و as a proclitic ("والمالكي"). */
function joinedByAnd(doc: Doc, m: MentionRecord): boolean {
  if (m.cliticLength === 0) return false;
  return doc.tokens[m.start]!.analyses.some((a) => a.cliticLength === m.cliticLength && a.clitics.startsWith('و'));
}
