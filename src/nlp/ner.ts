import type { EntityKind } from '../ontology/kinds.ts';
import type { Doc, EntityRecord, MentionRecord, Stage } from './doc.ts';
import { findDates } from './dates.ts';
import { addMention, coverage, entityForName } from './entities.ts';
import { getLexicon } from './lexicon.ts';
import { isCommonWordUse } from './lexicon-match.ts';
import { isDictionaryWord } from './common-words.ts';
import { isNameToken, isNisbaShaped, isTimePosition, nameExtent, notNameWord } from './names.ts';
import { foldName } from './normalise.ts';
import { PLACE_NOUNS } from './place-nouns.ts';
import { isNamedAfterNoun, joinPatronymic } from './titles.ts';
import { stemStart } from './tokenise.ts';

/**
 * The slot for a statistical tagger: it receives the article's sentences as token lists (original
 * spelling, in order, so a document-aware tagger can use the whole article) and returns one BIO tag
 * per token (B-PER, I-ORG, O…). Its spans become candidates for entities wherever the lexicon and
 * institution patterns found nothing; title patterns and coreference then work on them as on any mention.
 */
export type BioTagger = (sentences: string[][]) => string[][];

const KINDS: Record<string, EntityKind> = {
  PER: 'PERSON',
  PERSON: 'PERSON',
  ORG: 'ORGANIZATION',
  ORGANIZATION: 'ORGANIZATION',
  LOC: 'LOCATION',
  LOCATION: 'LOCATION',
  GPE: 'LOCATION',
};
const TAGGER_CONFIDENCE = 0.7;
const ARABIC_LETTER = /[\u0621-\u064A]/;

/** The article's multi-word person whose name ends with these (folded) tokens, if exactly one does. */
function personEndingWith(doc: Doc, tokens: string[]): EntityRecord | undefined {
  const matches = doc.entities.filter((e) => {
    if (e.kind !== 'PERSON') return false;
    const name = e.nameTokens.length > 0 ? e.nameTokens : foldName(e.nameAr).split(' ');
    return name.length > tokens.length && tokens.every((t, i) => name[name.length - tokens.length + i] === t);
  });
  return matches.length === 1 ? matches[0] : undefined;
}

export function createNerStage(tagger: BioTagger): Stage {
  return {
    name: 'ner',
    needs: ['entities'],
    adds: [],
    run(doc: Doc): Doc {
      const bySentence = new Map<number, number[]>();
      doc.tokens.forEach((t, i) => {
        const list = bySentence.get(t.sentence);
        if (list) list.push(i);
        else bySentence.set(t.sentence, [i]);
      });
      const sentences = [...bySentence.values()];
      const tagged = tagger(sentences.map((indices) => indices.map((i) => doc.tokens[i]!.text)));
      const tagAt: string[] = [];
      sentences.forEach((indices, s) => indices.forEach((i, k) => (tagAt[i] = tagged[s]?.[k] ?? 'O')));
      trimTitleNames(doc, tagAt);
      const covered = coverage(doc);
      // "صباح الجمعة", "مطلع الشهر": words of a date are never part of a name
      const inDate: boolean[] = new Array(doc.tokens.length).fill(false);
      for (const d of findDates(doc.tokens, doc.input.publishedAt ?? null)) inDate.fill(true, d.start, d.end);
      const timeWord = (j: number) => inDate[j] || isTimePosition(doc.tokens[j]!);
      sentences.forEach((indices, s) => {
        const tags = tagged[s] ?? [];
        let k = 0;
        while (k < indices.length) {
          const [prefix, type] = (tags[k] ?? 'O').split('-');
          const kind = type ? KINDS[type.toUpperCase()] : undefined;
          if (prefix !== 'B' && prefix !== 'I') {
            k++;
            continue;
          }
          let end = k + 1;
          while (end < indices.length && tags[end] === `I-${type}`) end++;
          let start = indices[k]!;
          let stop = indices[end - 1]! + 1;
          // "الجزائري عبد القادر مساهل": a nationality adjective before a name is the person's affiliation,
          // never the first word of the name
          while (kind === 'PERSON' && stop - start > 1 && isNisbaWord(doc, start)) start++;
          // "العماد جوزاف عون", "اللواء X": a rank or honorific before a name is not part of it
          const honorific = kind === 'PERSON' ? getLexicon().titles.match(doc.tokens, start) : null;
          if (honorific && honorific.cliticLength === 0 && honorific.end < stop && honorific.values.every((v) => v.key === 'honorific')) start = honorific.end;
          // a person span that runs into a verb ("X يلتقيان", "X تلقى") or a date ("X مطلع الشهر") ends before it
          while (kind === 'PERSON' && stop - start > 1 && (notNameWord(doc.tokens[stop - 1]!) || timeWord(stop - 1))) stop--;
          // a span that starts inside a date ("19 نيسان": a month named like a company) is the date
          if (inDate[start]) {
            k = end;
            continue;
          }
          // a first name alone ("عبد العزيز") before a word the tagger did not know takes it as the surname
          if (kind === 'PERSON') stop = withSurname(doc, start, stop, covered);
          // "مطار الملك خالد الدولي": a place named after a person is the place, from its noun on
          let kindHere = kind;
          if (kind === 'PERSON') {
            const place = namedAfterStart(doc, start);
            if (place !== null && !covered.slice(place, start).some(Boolean)) {
              start = place;
              kindHere = 'LOCATION';
            } else if (afterPlaceNoun(doc, start) || (stop - start > 1 && isSettlementNoun(doc, start))) kindHere = 'LOCATION'; // "العاصمة الكازاخية نور سلطان", "ميناء جيهان"
          }
          // a title alone ("ولي العهد") names an office, not a person
          const titleOnly = kindHere === 'PERSON' && (getLexicon().titles.match(doc.tokens, start)?.end ?? -1) >= stop;
          // "فيروس كورونا", "لقاح سبوتنيك": the name of a disease or a vaccine, not a person
          const disease = kindHere === 'PERSON' && start > 0 && doc.tokens[start - 1]!.analyses.some((a) => DISEASE_NOUNS.has(a.stem));
          // "لفيف من المسؤولين": a place name that is also an everyday word, used as the word
          const known = getLexicon().names.match(doc.tokens, start);
          const everyday = known !== null && known !== undefined && known.end === stop && known.values.every((v) => isCommonWordUse(doc, v, known));
          // "ونوفاك": the conjunction is not part of the name
          const lead = kindHere === 'PERSON' ? personLead(doc.tokens[start]!) : 0;
          const nameAr = doc.body.slice(stemStart(doc, doc.tokens[start]!, lead), doc.tokens[stop - 1]!.end);
          // Latin handles and URLs in embedded posts are not Arabic names.
          // A lone nationality adjective (سعودية، المصري) is an affiliation, never a mention of the country.
          const nisba = stop - start === 1 && getLexicon().nisba.match(doc.tokens, start)?.end === stop;
          // "نظيره الليبي محمد الطاهر سيالة": given and father's name before a known person's surname are his
          // name, not a second person
          const free = !covered.slice(start, stop).some(Boolean);
          if (kindHere === 'PERSON' && free && lead === 0 && joinPatronymic(doc, { start, end: stop }, covered)) {
            k = end;
            continue;
          }
          if (kindHere && !nisba && !titleOnly && !everyday && !disease && ARABIC_LETTER.test(nameAr) && free) {
            // A surname the tagger found alone belongs to the full name already in the article.
            // a tagger "place" that is the surname of a person named in the article is that person
            const person = kindHere !== kind ? undefined : kind === 'PERSON' || kind === 'LOCATION' ? personEndingWith(doc, foldName(nameAr).split(' ')) : undefined;
            const mention = person
              ? addMention(doc, person, start, stop, lead, 'COREFERENCE', TAGGER_CONFIDENCE)
              : addMention(doc, entityForName(doc, kindHere, nameAr), start, stop, lead, 'NER', TAGGER_CONFIDENCE);
            for (let c = start; c < stop; c++) covered[c] = mention;
          }
          k = end;
        }
      });
      coordinatedPersons(doc, covered);
      return doc;
    },
  };
}

/**
 * A definite word that reads as a family name: nisba-shaped (العوادي) or not a dictionary word
 * (البحرة; not المنطقة, الشعب).
 */
function definiteSurname(token: Doc['tokens'][number]): boolean {
  if (token.kind !== 'word' || !token.norm.startsWith('ال') || token.norm.length < 5) return false;
  return isNisbaShaped(token.norm) || !isDictionaryWord(token.norm);
}

/**
 * "الرئيسين المشتركين أحمد X وهادي Y", "بحضور X وسمير Y": a person's name followed by و and a first
 * name from the name list, itself followed by a surname, is a second person, whether or not the tagger
 * saw it. A title, a nationality or any other mention after و is not.
 */
function coordinatedPersons(doc: Doc, covered: (MentionRecord | undefined)[]): void {
  const { nameTokens, functionWords, titles, nisba } = getLexicon();
  const tokens = doc.tokens;
  for (const m of [...doc.mentions]) {
    const e = m.end;
    const first = tokens[e];
    const next = tokens[e + 1];
    if (!first || !next || first.kind !== 'word' || covered[e] || covered[e + 1]) continue;
    if (first.sentence !== tokens[m.start]!.sentence || next.sentence !== first.sentence) continue;
    if (doc.entities.find((x) => x.key === m.entityKey)?.kind !== 'PERSON') continue;
    const conj = first.analyses.find((a) => a.clitics === 'و' && nameTokens.has(a.stem) && !functionWords.has(a.stem));
    if (!conj || titles.match(tokens, e) || nisba.match(tokens, e + 1) || notNameWord(next)) continue;
    const surname = nameExtent(doc, e + 1, covered);
    const stop = surname && surname.start === e + 1 ? surname.end : definiteSurname(next) ? e + 2 : null;
    if (stop === null) continue;
    const nameAr = doc.body.slice(stemStart(doc, first, conj.cliticLength), tokens[stop - 1]!.end);
    const mention = addMention(doc, entityForName(doc, 'PERSON', nameAr), e, stop, conj.cliticLength, 'NAME_PATTERN', TAGGER_CONFIDENCE);
    for (let c = e; c < stop; c++) covered[c] = mention;
  }
}

const COMPOUND_FIRST = new Set(['عبد', 'ابو']);
/** Nouns whose next word names a disease, a virus or a vaccine. */
const DISEASE_NOUNS = new Set(['فيروس', 'الفيروس', 'وباء', 'جائحه', 'مرض', 'لقاح', 'متحور', 'سلاله']);

/** "في العاصمة الكازاخية نور سلطان", "مدينة X": a tagged name after a settlement noun names the place. */
function afterPlaceNoun(doc: Doc, start: number): boolean {
  let j = start - 1;
  // one adjective of nationality between, listed or of its shape (الكازاخية)
  if (j >= 0 && (getLexicon().nisba.match(doc.tokens, j)?.end === start || isNisbaShaped(doc.tokens[j]!.norm, true))) j--;
  return j >= 0 && doc.tokens[j]!.sentence === doc.tokens[start]!.sentence && isSettlementNoun(doc, j);
}

function isSettlementNoun(doc: Doc, j: number): boolean {
  return doc.tokens[j]!.analyses.some((a) => PLACE_NOUNS.has(a.stem) && /^[وفبل]?$/u.test(a.clitics));
}

/**
 * The end of a person span the tagger closed after a compound first name ("عبد العزيز"): the name
 * runs on over one unknown surname when the name rules read it so ("عبد العزيز بوتفليقة"); a verb,
 * function word, title, nationality or mention still ends it.
 */
function withSurname(doc: Doc, start: number, stop: number, covered: (MentionRecord | undefined)[]): number {
  // only a compound first name ("عبد العزيز", "أبو بكر"): a lone word before a verb is a name already ("سليمان عرض")
  if (stop - start !== 2 || !COMPOUND_FIRST.has(doc.tokens[start]!.norm) || !isNameToken(doc.tokens[start + 1]!)) return stop;
  const extent = nameExtent(doc, start, covered);
  return extent && extent.start === start && extent.end === stop + 1 ? extent.end : stop;
}

/**
 * Letters of a person span's first token that are proclitics, not the name: "ونوفاك" (و), "لكوفي عنان"
 * (ل): a conjunction or ل before a name-list word.
 */
function personLead(token: Doc['tokens'][number]): number {
  if (isNameToken(token)) return 0;
  const { nameTokens } = getLexicon();
  // not ب: too many foreign names begin with it (بلامبلي، بوتين)
  const clitic = token.analyses.find((a) => a.cliticLength > 0 && /^[وف]?ل?$/u.test(a.clitics) && nameTokens.has(a.stem));
  if (clitic) return clitic.cliticLength;
  return /^و../u.test(token.norm) ? 1 : 0;
}

/** Where "مطار [الملك] خالد" begins when a person span starts at خالد or الملك: the place noun's index, else null. */
function namedAfterStart(doc: Doc, start: number): number | null {
  if (isNamedAfterNoun(doc, start - 1, start)) return start - 1;
  const title = getLexicon().titles.match(doc.tokens, start - 1);
  if (title && title.end === start && isNamedAfterNoun(doc, start - 2, start)) return start - 2;
  return null;
}

/** One bare nationality adjective (no clitic): "الجزائري", "المصرية". */
function isNisbaWord(doc: Doc, i: number): boolean {
  const match = getLexicon().nisba.match(doc.tokens, i);
  return match !== null && match !== undefined && match.end === i + 1 && match.clitics === '';
}

/**
 * A name read after a title may have taken one word the name list did not know ("ناصر جودة جلسة"):
 * when the tagger ends the person before that word, the word is dropped from the name.
 */
function trimTitleNames(doc: Doc, tagAt: string[]): void {
  const taken = coverage(doc);
  for (const m of doc.mentions) {
    joinHyphenatedSurname(doc, m, tagAt, taken);
    // the tagger continues the name past where the name list stopped ("فياتشيسلاف فولودين")
    if (m.method === 'TITLE_PATTERN' && tagAt[m.start] === 'B-PER' && tagAt[m.end] === 'I-PER' && !taken[m.end] && doc.tokens[m.end]?.sentence === doc.tokens[m.start]!.sentence) {
      const entity = doc.entities.find((e) => e.key === m.entityKey);
      if (entity && entity.kind === 'PERSON' && !entity.lexiconId) {
        const before = doc.body.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end);
        let end = m.end;
        while (tagAt[end] === 'I-PER' && !taken[end] && end - m.start < 6) end++;
        const after = doc.body.slice(doc.tokens[m.start]!.start, doc.tokens[end - 1]!.end);
        for (let k = m.end; k < end; k++) taken[k] = m;
        m.end = end;
        if (entity.nameAr === before) {
          entity.nameAr = after;
          entity.nameTokens = foldName(after).split(' ');
        }
        entity.aliases = entity.aliases.map((a) => (a === before ? after : a));
        continue;
      }
    }
    if (m.method !== 'TITLE_PATTERN' || m.end - m.start < 2) continue;
    const last = m.end - 1;
    const entity = doc.entities.find((e) => e.key === m.entityKey);
    if (!entity || entity.kind !== 'PERSON' || entity.lexiconId) continue;
    // only a common noun's shape (feminine ة: جلسة، زيارة), not a rare surname
    if (tagAt[last] !== 'O' || !/PER/u.test(tagAt[last - 1] ?? '') || isNameToken(doc.tokens[last]!) || !/[ةه]$/u.test(doc.tokens[last]!.text)) continue;
    // a noun heads a construct with the next word ("جلسة مباحثات", "لسياسة النأي"); a surname is
    // followed by a function word, a verb or punctuation ("X قد", "X أن", "X بصفته")
    const next = doc.tokens[last + 1];
    if (!next || next.kind !== 'word' || next.sentence !== doc.tokens[last]!.sentence || notNameWord(next)) continue;
    const before = doc.body.slice(doc.tokens[m.start]!.start, doc.tokens[last]!.end);
    const after = doc.body.slice(doc.tokens[m.start]!.start, doc.tokens[last - 1]!.end);
    m.end = last;
    if (entity.nameAr === before) {
      entity.nameAr = after;
      entity.nameTokens = foldName(after).split(' ');
    }
    entity.aliases = entity.aliases.map((a) => (a === before ? after : a));
  }
}

const HYPHENS = new Set(['-', '–', '‐']);
/** "جينين هينيس - بلاسخارت": a double-barrelled surname written with a spaced hyphen. */
function joinHyphenatedSurname(doc: Doc, m: MentionRecord, tagAt: string[], taken: (MentionRecord | undefined)[]): void {
  if (m.method !== 'TITLE_PATTERN' && m.method !== 'NER') return;
  const hyphen = doc.tokens[m.end];
  const next = doc.tokens[m.end + 1];
  const after = doc.tokens[m.end + 2];
  if (!hyphen || !next || !HYPHENS.has(hyphen.norm) || next.kind !== 'word' || taken[m.end + 1]) return;
  if (next.sentence !== doc.tokens[m.start]!.sentence || getLexicon().functionWords.has(next.norm)) return;
  const closes = !after || after.kind === 'punct' || after.sentence !== next.sentence;
  if (!closes && tagAt[m.end + 1] === 'O') return;
  const entity = doc.entities.find((e) => e.key === m.entityKey);
  if (!entity || entity.kind !== 'PERSON' || entity.lexiconId) return;
  const before = doc.body.slice(doc.tokens[m.start]!.start, doc.tokens[m.end - 1]!.end);
  const joined = doc.body.slice(doc.tokens[m.start]!.start, next.end);
  taken[m.end] = m;
  taken[m.end + 1] = m;
  m.end += 2;
  if (entity.nameAr === before) {
    entity.nameAr = joined;
    entity.nameTokens = foldName(joined).split(' ').filter((t) => !HYPHENS.has(t));
  }
  entity.aliases = entity.aliases.map((a) => (a === before ? joined : a));
}
