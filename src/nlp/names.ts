import dateData from './data/dates.json' with { type: 'json' };
import triggerData from './data/triggers.json' with { type: 'json' };
import type { Doc, MentionRecord, Token } from './doc.ts';
import { getLexicon } from './lexicon.ts';
import { foldName } from './normalise.ts';

/**
 * Where a person's name ends after a title: 1–4 name-like tokens. A token is name-like when the name
 * list knows it (first names and frequent surnames); one unknown token is allowed after a known one
 * (a rare surname). Function words, titles, nationality adjectives, other entities and punctuation end
 * the name. A quoted name ("…", “…”, «…») is taken whole.
 */
const OPEN_QUOTES = new Set(['"', '“', '«', "'"]);
const CLOSE_QUOTES = new Set(['"', '”', '»', "'"]);
/** Particles inside Arabic names: they never end a name. */
const CONNECTORS = new Set(['بن', 'بنت', 'ابن', 'عبد', 'ابو', 'ام', 'ال', 'ولد', 'اب', 'ذو']);
const MAX_NAME_TOKENS = 4;
/** Particles of European names (دي ميستورا، فون دير لاين، دا سيلفا): inside a name, never at its end. */
const FOREIGN_PARTICLES = new Set(['دي', 'دو', 'دا', 'فون', 'فان', 'دير', 'ديل', 'لو']);

export interface NameSpan {
  start: number;
  end: number;
}

let verbForms: Set<string> | null = null;
/** Verb forms the event triggers list (التقى، يستقبل، تلقى، وصل…), their feminine forms, light and continuation verbs. */
function knownVerbs(): Set<string> {
  if (verbForms) return verbForms;
  const forms = new Set<string>();
  for (const def of triggerData.triggers) {
    if (!def.verbal) continue;
    for (const form of def.forms) {
      const verb = foldName(form.split(' ')[0]!);
      if (verb.length < 3) continue;
      forms.add(verb);
      forms.add(verb.startsWith('ي') ? 'ت' + verb.slice(1) : verb.endsWith('ي') ? verb.slice(0, -1) + 'ت' : verb + 'ت');
    }
  }
  for (const verb of [...triggerData.lightVerbs, ...triggerData.continuationVerbs]) if (verb.length >= 3) forms.add(foldName(verb));
  verbForms = forms;
  return forms;
}

/**
 * A word that cannot continue a person's name: a known verb form (with و/ف/س attached or not), or the
 * shape of a verb or verbal noun that names never have — imperfect derived verbs (يستقبل، تتعلق، يتوجه),
 * imperfect duals (يلتقيان، يبحثان), the تفعيل verbal noun (تقدير، تأكيد). Used only after a name's first word.
 */
/** Words placing a time within a period (مطلع الشهر، أواخر أيلول): they open a date, never continue a name. */
const TIME_POSITION = new Set(['مطلع', 'اوائل', 'اواخر', 'منتصف', 'مستهل', 'اواسط']);

export function isTimePosition(token: Token): boolean {
  return token.kind === 'word' && token.analyses.some((a) => /^و?$/u.test(a.clitics) && TIME_POSITION.has(a.stem));
}

export function notNameWord(token: Token): boolean {
  if (token.kind !== 'word') return true;
  const lexicon = getLexicon();
  const verbs = knownVerbs();
  for (const a of token.analyses) {
    if (a.clitics !== '' && !/^[وفس]+$/u.test(a.clitics)) continue;
    if (verbs.has(a.stem) || lexicon.functionWords.has(a.stem)) return true;
  }
  if (lexicon.nameTokens.has(token.norm)) return false;
  const word = token.norm.replace(/^[وف](?=..)/u, '');
  return /^[يت](ست|ت)../u.test(word) || (/^[يت]...+ان$/u.test(word) && word.length >= 6) || /^ت..ي.$/u.test(word);
}

/** A verb form the triggers list (with و/ف/س attached or not): "جرى", "وأجرى", "التقى". */
export function startsWithKnownVerb(token: Token): boolean {
  const verbs = knownVerbs();
  // a name the list knows is read with a clitic only when written as the bare verb ("فيصل" is not ف + يصل)
  const named = getLexicon().nameTokens.has(token.norm);
  return token.kind === 'word' && token.analyses.some((a) => (a.clitics === '' || (!named && /^[وفس]+$/u.test(a.clitics))) && verbs.has(a.stem));
}

/**
 * "علي" the name and "على" the preposition fold to one form; the text tells them apart (final ي, not ى).
 * Only that spelling counts: Egyptian texts write the name with ى too, and there it stays a preposition.
 */
function isAliName(token: Token): boolean {
  return token.text === 'علي';
}

/**
 * The shape of a definite nisba adjective (الأممي، الدولي، العربي), listed in the lexicon or not; with
 * `feminineToo`, its feminine as well (الخليجية، الاستراتيجية).
 */
export function isNisbaShaped(word: string, feminineToo = false): boolean {
  return word.length > 4 && word.startsWith('ال') && (word.endsWith('ي') || (feminineToo && word.endsWith('يه')));
}

/**
 * "باسم" is "in the name of" and the first name Basim. It is the name only where a surname follows it
 * (a name-list word or a nisba-shaped one: "باسم العوادي"), never before a common noun ("باسم الشعب").
 */
function isBasimName(doc: Doc, i: number): boolean {
  const token = doc.tokens[i]!;
  const next = doc.tokens[i + 1];
  if (token.norm !== 'باسم' || !next || next.kind !== 'word' || next.sentence !== token.sentence) return false;
  const lexicon = getLexicon();
  return !lexicon.functionWords.has(next.norm) && (lexicon.nameTokens.has(next.norm) || isNisbaShaped(next.norm));
}

/** Token i can be a word of a person's name: a name-list word, or a function word that is a name here. */
export function isNameWordAt(doc: Doc, i: number): boolean {
  return isNameToken(doc.tokens[i]!) || isBasimName(doc, i);
}

/**
 * "عبدالله", "عبدالكريم": a compound given name written as one word (عبد + ال…), as names are in much
 * Gulf and Yemeni copy; the name list has them mostly apart ("عبد الله"), so the joined form counts too.
 */
const JOINED_ABD = /^عبدال..+$/u;

export function isNameToken(token: Token): boolean {
  const lexicon = getLexicon();
  return (
    token.kind === 'word' &&
    (!lexicon.functionWords.has(token.norm) || isAliName(token)) &&
    (lexicon.nameTokens.has(token.norm) || CONNECTORS.has(token.norm) || JOINED_ABD.test(token.norm))
  );
}

function stopsName(doc: Doc, i: number, covered: (MentionRecord | undefined)[]): boolean {
  const lexicon = getLexicon();
  const token = doc.tokens[i]!;
  if (token.kind !== 'word' || (lexicon.functionWords.has(token.norm) && !isAliName(token) && !isBasimName(doc, i))) return true;
  if (covered[i]) return true;
  return lexicon.titles.match(doc.tokens, i) !== null || lexicon.nisba.match(doc.tokens, i) !== null;
}

/** Parts of the day that are also names (صباح، فجر: the dates' day prefixes): before a day word they tell the time. */
const DAYTIME = new Set(dateData.dayPrefixes);
const DAY_WORDS = new Set(['يوم', 'الغد', ...Object.keys(dateData.weekdays), ...Object.keys(dateData.dayWords)]);

/** "صباح الجمعة", "مساء أمس", "فجر اليوم": a time of day, not a person named صباح or فجر. */
export function isTimeOfDay(doc: Doc, i: number): boolean {
  const next = doc.tokens[i + 1];
  return DAYTIME.has(doc.tokens[i]!.norm) && next !== undefined && next.sentence === doc.tokens[i]!.sentence && (DAY_WORDS.has(next.norm) || /^\d/u.test(next.norm));
}

export function nameExtent(doc: Doc, i: number, covered: (MentionRecord | undefined)[]): NameSpan | null {
  const tokens = doc.tokens;
  const first = tokens[i];
  // "، جرى خلاله": a verb the triggers list never starts a name, even one spelled like a name (جري)
  if (!first || isTimeOfDay(doc, i) || startsWithKnownVerb(first)) return null;
  if (OPEN_QUOTES.has(first.norm)) {
    let j = i + 1;
    while (j < tokens.length && j - i <= MAX_NAME_TOKENS + 1 && tokens[j]!.kind === 'word' && tokens[j]!.sentence === first.sentence) j++;
    const closed = tokens[j] && CLOSE_QUOTES.has(tokens[j]!.norm);
    if (closed && j > i + 1 && !stopsName(doc, i + 1, covered)) return { start: i + 1, end: j };
    return null;
  }
  let j = i;
  let unknownUsed = false;
  let words = 0;
  while (j < tokens.length && words < MAX_NAME_TOKENS && tokens[j]!.sentence === first.sentence) {
    const token = tokens[j]!;
    // particles (بن، آل، عبد) do not count towards the length: "خليفة بن زايد آل نهيان"
    if (!CONNECTORS.has(token.norm)) words++;
    // a title word right after a particle is part of the name: "إسماعيل ولد الشيخ أحمد", "عبد الأمير"
    const afterParticle = j > i && CONNECTORS.has(tokens[j - 1]!.norm) && !covered[j] && token.kind === 'word';
    if ((!afterParticle && stopsName(doc, j, covered)) || (j > i && (notNameWord(token) || isTimePosition(token)))) break;
    const afterConnector = j > i && (CONNECTORS.has(tokens[j - 1]!.norm) || FOREIGN_PARTICLES.has(tokens[j - 1]!.norm));
    // an unknown first name before a particle: "ستافان دي ميستورا"
    const beforeParticle = j === i && tokens[j + 1] !== undefined && FOREIGN_PARTICLES.has(tokens[j + 1]!.norm) && tokens[j + 1]!.sentence === token.sentence;
    if (isNameWordAt(doc, j) || afterConnector || beforeParticle || (j > i && FOREIGN_PARTICLES.has(token.norm))) {
      // the unknown first name is the one word the name list may lack
      if (!isNameWordAt(doc, j) && (beforeParticle || (j > i && FOREIGN_PARTICLES.has(tokens[j - 1]!.norm)))) unknownUsed = true;
      j++;
      continue;
    }
    // one unknown token after a known name token: a surname the name list lacks (not a clitic-led word)
    if (j > i && !unknownUsed && !/^[وف]/u.test(token.norm)) {
      unknownUsed = true;
      j++;
      continue;
    }
    break;
  }
  while (j > i && (CONNECTORS.has(tokens[j - 1]!.norm) || FOREIGN_PARTICLES.has(tokens[j - 1]!.norm))) j--;
  return j > i ? { start: i, end: j } : null;
}
