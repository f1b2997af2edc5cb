import type { Doc, EntityRecord, Stage, TitleRecord } from './doc.ts';
import { addMention, coverage, entityById } from './entities.ts';
import { countryCode, getLexicon, heldAt } from './lexicon.ts';
import { foldName } from './normalise.ts';
import { isNisbaShaped, startsWithKnownVerb } from './names.ts';
import { attachCounterparts, attachTitles, homeCountry } from './titles.ts';

/**
 * Within-article coreference by simple rules:
 *  - a surname alone (X) refers to the person whose full name ends in X earlier or later in the article;
 *  - a title without a name refers to the article's person holding that title: "وزير الخارجية الأمريكي"
 *    → the US foreign minister named elsewhere, "الوزير" → the last minister mentioned, and
 *    "نظيره المصري" (his Egyptian counterpart) → the Egyptian holder of the subject's own title.
 */
const MIN_SURNAME = 3;
/**
 * Words after which the last name is the father's or the family's ("محمد بن سلمان": سلمان alone is the
 * father). Not the Mauritanian ولد: "محمد ولد الشيخ الغزواني" is "الرئيس الغزواني" and "ولد الغزواني".
 */
const PATRONYMIC = new Set(['بن', 'بنت', 'ابن', 'ال']);
const MINISTER_KEYS = /minister|secretary/;
/** A loose title and the fuller offices it may stand for in a later mention. */
const TITLE_FAMILIES: Record<string, RegExp> = { envoy: /^(special-envoy|special-representative|high-representative)$/ };
/** A government portfolio (foreign-minister, minister-of-state…), not a head of government or a deputy. */
const PORTFOLIO_MINISTER = /^(?!deputy|first-deputy|assistant|prime)(?:[a-z-]+-)?minister(?:-of-state(?:-foreign)?)?$/;

export const coreferenceStage: Stage = {
  name: 'coreference',
  needs: ['entities', 'titles', 'roles'],
  adds: ['coreference'],
  run(doc: Doc): Doc {
    mergePersons(doc);
    linkSurnames(doc);
    linkLatter(doc);
    attachTitles(doc);
    linkOfficials(doc);
    linkTheMan(doc);
    let resolved = false;
    for (const title of doc.titles) {
      if (title.personKey || title.counterpart) continue;
      const person = resolveTitle(doc, title);
      if (person) {
        title.personKey = person.key;
        addMention(doc, person, title.start, title.end, 0, 'COREFERENCE', 0.7, false);
        resolved = true;
      }
    }
    // "وعقد الوزير السعودي مباحثات مع نظيره الإيراني X": a subject named by its title alone is known only
    // now, so counterparts after it are read again
    if (resolved) attachCounterparts(doc);
    for (const title of doc.titles) {
      if (title.personKey || !title.counterpart) continue;
      const person = resolveTitle(doc, title);
      if (person) {
        title.personKey = person.key;
        addMention(doc, person, title.start, title.end, 0, 'COREFERENCE', 0.7, false);
      }
    }
    return doc;
  },
};

/**
 * Two records for one person: the same name read twice (one reading took a following word that a later
 * stage trimmed), or a one-word name that is the surname of exactly one fuller name in the article
 * ("الرئيس X" … "Y X"), or failing that the first word of exactly one two-word name (family name first:
 * "بارك جين" … "بارك"). The second record's mentions, titles and roles move to the first.
 */
function mergePersons(doc: Doc): void {
  const persons = doc.entities.filter((e) => e.kind === 'PERSON');
  const into = new Map<string, EntityRecord>();
  for (const e of persons) {
    if (e.lexiconId) {
      const other = surnameNamesOther(doc, e, persons);
      if (other && !into.has(other.key)) into.set(e.key, other);
      continue;
    }
    const folded = foldName(e.nameAr);
    let target = persons.find((o) => o !== e && !into.has(o.key) && foldName(o.nameAr) === folded && (o.lexiconId !== null || persons.indexOf(o) < persons.indexOf(e)));
    if (!target && e.nameTokens.length === 1 && e.nameTokens[0]!.length >= MIN_SURNAME) {
      const fuller = persons.filter((o) => {
        const n = o.nameTokens;
        return o !== e && !into.has(o.key) && n.length > 1 && n[n.length - 1] === e.nameTokens[0] && !PATRONYMIC.has(n[n.length - 2]!);
      });
      if (fuller.length === 1) target = fuller[0];
      // a name written family name first ("بارك جين" … "الوزير بارك"): the first word of one two-word name
      const familyFirst = persons.filter((o) => o !== e && !into.has(o.key) && o.nameTokens.length === 2 && o.nameTokens[0] === e.nameTokens[0]);
      if (!target && fuller.length === 0 && familyFirst.length === 1) target = familyFirst[0];
      // a transliteration variant of one fuller name's surname (زنغنه … زنكنه), read as a name of its own
      const word = e.nameTokens[0]!;
      if (!target && fuller.length === 0 && word.length >= MIN_VARIANT && !word.startsWith('ال')) {
        const variants = persons.filter((o) => {
          const n = o.nameTokens;
          return o !== e && !into.has(o.key) && n.length > 1 && spellingKey(n[n.length - 1]!) === spellingKey(word) && !PATRONYMIC.has(n[n.length - 2]!);
        });
        if (variants.length === 1) target = variants[0];
      }
    }
    if (!target && e.nameTokens.length === 1 && titledMention(doc, e.key)) {
      // "الأمير فيصل", "الشيخ محمد": a title and the first name of one "X بن Y" named in the article
      const fuller = persons.filter((o) => o !== e && !into.has(o.key) && o.nameTokens.length > 2 && o.nameTokens[0] === e.nameTokens[0] && PATRONYMIC.has(o.nameTokens[1]!));
      if (fuller.length === 1) target = fuller[0];
    }
    if (target) into.set(e.key, target);
  }
  if (into.size === 0) return;
  for (const m of doc.mentions) {
    const target = into.get(m.entityKey);
    if (!target) continue;
    const from = entityById(doc, m.entityKey)!;
    m.entityKey = target.key;
    for (const alias of from.aliases) if (!target.aliases.includes(alias)) target.aliases.push(alias);
  }
  for (const t of doc.titles) if (t.personKey && into.has(t.personKey)) t.personKey = into.get(t.personKey)!.key;
  const seen = new Set<string>();
  doc.roles = doc.roles.filter((r) => {
    r.personKey = into.get(r.personKey)?.key ?? r.personKey;
    const key = `${r.personKey}|${r.titleKey}|${r.affiliationKey ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * "الدكتور محمد عبد العاطي" … "وأكد عبد العاطي" in 2020: a known person named only by their surname,
 * holding none of their offices at the article's date, is the one other person of that surname the
 * article names in full (not بدر عبد العاطي, minister from 2024).
 */
function surnameNamesOther(doc: Doc, e: EntityRecord, persons: EntityRecord[]): EntityRecord | undefined {
  const roles = getLexicon().entries.get(e.lexiconId!)?.roles ?? [];
  if (roles.length === 0 || roles.some((r) => heldAt(r, doc.input.publishedAt))) return undefined;
  const mentions = doc.mentions.filter((m) => m.entityKey === e.key);
  const words = (m: (typeof mentions)[number]) =>
    doc.tokens.slice(m.start, m.end).map((t, k) => (k === 0 ? t.analyses.find((a) => a.cliticLength === m.cliticLength)?.stem ?? t.norm : t.norm));
  const surnames = new Set(mentions.map((m) => words(m).join(' ')));
  if (mentions.length === 0 || surnames.size !== 1) return undefined;
  const surname = [...surnames][0]!.split(' ');
  const endsWith = (n: string[]) => n.length > surname.length && surname.every((w, k) => n[n.length - surname.length + k] === w);
  if (!endsWith(e.nameTokens)) return undefined;
  const others = persons.filter((o) => o !== e && !o.lexiconId && endsWith(o.nameTokens));
  return others.length === 1 ? others[0] : undefined;
}

/** The person named last before token i (in sentence `fromSentence` or later). */
function lastPersonBefore(doc: Doc, i: number, fromSentence = 0): EntityRecord | null {
  const last = doc.mentions
    .filter((m) => m.end <= i && doc.tokens[m.start]!.sentence >= fromSentence && entityById(doc, m.entityKey)?.kind === 'PERSON')
    .sort((a, b) => b.end - a.end)[0];
  return last ? entityById(doc, last.entityKey) ?? null : null;
}

const LATTER = new Set(['الاخير', 'الاخيره']);

/**
 * "قبل أن يتوجه الأخير إلى الرياض", "وأكد الأخيرة": "the latter" right after a verb is its subject, the
 * person named last before it (after a noun it is an adjective: "الاجتماع الأخير").
 */
function linkLatter(doc: Doc): void {
  const covered = coverage(doc);
  doc.tokens.forEach((token, i) => {
    if (covered[i] || !LATTER.has(token.norm) || i === 0 || !startsWithKnownVerb(doc.tokens[i - 1]!)) return;
    const last = lastPersonBefore(doc, i);
    if (last) addMention(doc, last, i, i + 1, 0, 'COREFERENCE', 0.7);
  });
}

/** Countries whose names are written family name first. */
const FAMILY_NAME_FIRST = new Set(['CN', 'KR', 'KP', 'VN']);
/** Family names spelt like an Arabic particle: بان (بأن without its hamza), لي ("to me"). */
const PARTICLE_NAMES = new Set(['بان', 'لي']);

/** A lexicon office-holder of a country that writes the family name first. */
function familyNameFirst(e: EntityRecord): boolean {
  const roles = e.lexiconId ? getLexicon().entries.get(e.lexiconId)?.roles ?? [] : [];
  return roles.some((r) => FAMILY_NAME_FIRST.has(countryCode(r.affiliation ?? '') ?? ''));
}

/** "فالرجل الذي وصل …": a sentence that opens with "the man who" speaks of the person just told about. */
const THE_MAN = new Set(['الرجل']);
const MAX_SENTENCES_BACK = 2;
function linkTheMan(doc: Doc): void {
  const covered = coverage(doc);
  doc.tokens.forEach((token, i) => {
    const opens = i === 0 || doc.tokens[i - 1]!.sentence !== token.sentence;
    if (!opens || covered[i] || doc.tokens[i + 1]?.norm !== 'الذي') return;
    const analysis = token.analyses.find((a) => THE_MAN.has(a.stem) && /^[وف]?$/u.test(a.clitics));
    if (!analysis) return;
    const before = lastPersonBefore(doc, i, token.sentence - MAX_SENTENCES_BACK);
    if (before) addMention(doc, before, i, i + 1, analysis.cliticLength, 'COREFERENCE', 0.6, false);
  });
}

function linkSurnames(doc: Doc): void {
  const { functionWords } = getLexicon();
  const bySurname = new Map<string, EntityRecord | null>();
  const sharers = new Map<string, EntityRecord[]>();
  for (const e of doc.entities) {
    if (e.kind !== 'PERSON' || e.nameTokens.length < 2) continue;
    const last = e.nameTokens[e.nameTokens.length - 1]!;
    const before = e.nameTokens[e.nameTokens.length - 2]!;
    if (last.length < MIN_SURNAME || PATRONYMIC.has(before) || functionWords.has(last)) continue;
    // two people sharing a surname: the bare surname is ambiguous
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== e ? null : e);
    sharers.set(last, [...(sharers.get(last) ?? []), e]);
  }
  // "شي جين بينغ" … "وكان شي قد وصل": Chinese, Korean and Vietnamese names put the family name first,
  // and Arabic news calls the holder by it alone (شي، وانغ، يون)
  for (const e of doc.entities) {
    const family = e.nameTokens[0]!;
    if (e.kind !== 'PERSON' || e.nameTokens.length < 2 || family.length < 2 || !familyNameFirst(e) || functionWords.has(family) || PARTICLE_NAMES.has(family)) continue;
    bySurname.set(family, bySurname.has(family) && bySurname.get(family) !== e ? null : e);
  }
  // "X بارزاني" … "بارزاني" … later "Y بارزاني": a shared surname names the one sharer introduced before it
  const introducedBefore = (surname: string, i: number): EntityRecord | null => {
    const named = (sharers.get(surname) ?? []).filter((e) => doc.mentions.some((m) => m.entityKey === e.key && m.end <= i));
    return named.length === 1 ? named[0]! : null;
  };
  if (bySurname.size === 0) return;
  // transliteration variants of a foreign surname: غريفيث/جريفيث، زنغنه/زنكنه، ميستورا/مستورا
  const byVariant = new Map<string, EntityRecord | null>();
  for (const [surname, person] of bySurname) {
    if (surname.length < MIN_VARIANT || surname.startsWith('ال')) continue;
    const key = spellingKey(surname);
    byVariant.set(key, byVariant.has(key) && byVariant.get(key) !== person ? null : person);
  }
  const { nameTokens } = getLexicon();
  const covered = coverage(doc);
  doc.tokens.forEach((token, i) => {
    if (covered[i] || token.kind !== 'word') return;
    for (const analysis of token.analyses) {
      const person = bySurname.get(analysis.stem) ?? (bySurname.has(analysis.stem) ? introducedBefore(analysis.stem, i) : undefined);
      if (!person) continue;
      // "المبعوث الأممي والعربي": an adjective joined by و to another (a nisba: definite, ending in ي),
      // not the surname العربي
      if (analysis.clitics === 'و' && i > 0 && !covered[i - 1] && isNisbaShaped(doc.tokens[i - 1]!.norm)) continue;
      addMention(doc, person, i, i + 1, analysis.cliticLength, 'COREFERENCE', 0.9);
      return;
    }
    for (const analysis of token.analyses) {
      if (analysis.stem.length < MIN_VARIANT || analysis.stem.startsWith('ال') || functionWords.has(analysis.stem) || (analysis.cliticLength > 0 && nameTokens.has(token.norm))) continue;
      const person = byVariant.get(spellingKey(analysis.stem));
      if (!person) continue;
      addMention(doc, person, i, i + 1, analysis.cliticLength, 'COREFERENCE', 0.8);
      return;
    }
  });
}

/** "المسؤول الأميركي": an official named by nationality alone. */
const OFFICIAL_WORDS = new Set(['المسوول', 'المسووله', 'المسؤول', 'المسؤوله'].map(foldName));

/**
 * "كما أجرى المسؤول الأميركي اتصالا …": the official of that country the article has told most about so
 * far (the visitor it follows, not an attendee named once); none on a tie.
 */
function linkOfficials(doc: Doc): void {
  const { nisba } = getLexicon();
  const covered = coverage(doc);
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    const analysis = doc.tokens[i]!.analyses.find((a) => OFFICIAL_WORDS.has(a.stem) && /^[وف]?$/u.test(a.clitics));
    if (!analysis || covered[i]) continue;
    const adjective = nisba.match(doc.tokens, i + 1);
    const code = adjective && adjective.clitics === '' ? countryCode(adjective.values[0]!) : null;
    if (!adjective || !code || covered[i + 1]) continue;
    const officials = new Set(doc.roles.filter((r) => entityById(doc, r.affiliationKey ?? '')?.lexiconId === `country:${code}`).map((r) => r.personKey));
    const counts = new Map<string, number>();
    for (const m of doc.mentions) if (m.end <= i && officials.has(m.entityKey)) counts.set(m.entityKey, (counts.get(m.entityKey) ?? 0) + 1);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    if (ranked.length === 0 || (ranked[1] && ranked[1][1] === ranked[0]![1])) continue;
    const person = entityById(doc, ranked[0]![0]);
    if (person) addMention(doc, person, i, adjective.end, analysis.cliticLength, 'COREFERENCE', 0.6, false);
  }
}

const MIN_VARIANT = 5;
/**
 * A spelling key for foreign names written several ways in Arabic: g as غ/ج/ك/ق, long vowels written or
 * not (ميستورا/مستورا), final ه/ة/ا. Only used to link a word to a surname already named in the article.
 */
function spellingKey(word: string): string {
  const first = word[0]!;
  const rest = word.slice(1).replace(/[غجكق]/gu, 'G').replace(/[اويىءئؤ]/gu, '').replace(/[هة]$/u, '');
  return first.replace(/[غجكق]/u, 'G') + rest;
}

function resolveTitle(doc: Doc, title: TitleRecord): EntityRecord | null {
  const holders = (titleKey: string | null, affiliationKey: string | null) =>
    doc.roles.filter(
      (r) => (titleKey === null || r.titleKey === titleKey) && (affiliationKey === null || r.affiliationKey === affiliationKey),
    );

  if (title.counterpart) {
    const subject = subjectBefore(doc, title.start);
    const subjectTitle = subject ? doc.roles.find((r) => r.personKey === subject.key)?.titleKey ?? null : null;
    const candidates = holders(subjectTitle, title.affiliationKey).filter((r) => r.personKey !== subject?.key);
    const fallback = holders(null, title.affiliationKey).filter((r) => MINISTER_KEYS.test(r.titleKey) && r.personKey !== subject?.key);
    const role = candidates[0] ?? fallback[0];
    return role ? entityById(doc, role.personKey) ?? null : null;
  }
  if (title.titleKey === 'minister' && !title.affiliationKey) {
    // "الوزير": the most recently mentioned person who holds a ministerial role
    const ministers = new Set(doc.roles.filter((r) => MINISTER_KEYS.test(r.titleKey)).map((r) => r.personKey));
    const before = doc.mentions
      .filter((m) => m.end <= title.start && ministers.has(m.entityKey))
      .sort((a, b) => b.start - a.start)[0];
    return before ? entityById(doc, before.entityKey) ?? null : null;
  }
  if (title.titleKey === 'honorific') return null;
  if (!title.affiliationKey) {
    // "ولي العهد", "رئيس الحكومة" with no country: the article's only holder of that office
    if (title.titleKey === 'minister') return null;
    const people = new Set(holders(title.titleKey, null).map((r) => r.personKey));
    // "المبعوث الأممي" after "المبعوث الخاص للأمم المتحدة X": the same office named more loosely
    const family = TITLE_FAMILIES[title.titleKey];
    if (people.size === 0 && family) for (const r of doc.roles) if (family.test(r.titleKey)) people.add(r.personKey);
    if (people.size > 1) {
      // several holders ("وزير الخارجية" of two countries): a bare title in a national report names the
      // home country's one ("وكان وزير الخارجية قد استقبل" in an Omani agency's story)
      const home = homeCountry(doc);
      const local = new Set(home ? holders(title.titleKey, home.key).map((r) => r.personKey) : []);
      if (local.size === 1) return entityById(doc, [...local][0]!) ?? null;
      // "سمو رئيس مجلس الوزراء" again, after "سمو رئيس مجلس الوزراء X" and "رئيس وزراء العراق Y": the
      // holder introduced with these very words (a foreign holder is introduced with his country)
      const text = foldName(doc.body.slice(doc.tokens[title.start]!.start, doc.tokens[title.end - 1]!.end)).replace(/^[وفبل]/u, '');
      const same = new Set(holders(title.titleKey, null).filter((r) => foldName(r.titleAr).replace(/^[وفبل]/u, '') === text).map((r) => r.personKey));
      return same.size === 1 ? entityById(doc, [...same][0]!) ?? null : null;
    }
    return people.size === 1 ? entityById(doc, [...people][0]!) ?? null : null;
  }
  const people = new Set(holders(title.titleKey, title.affiliationKey).map((r) => r.personKey));
  if (people.size === 0) {
    // a known office-holder named elsewhere in the article without the title: "وزير الخارجية الروسي" … "لافروف"
    const affiliation = entityById(doc, title.affiliationKey)?.lexiconId;
    const { entries } = getLexicon();
    for (const e of doc.entities) {
      if (e.kind !== 'PERSON' || !e.lexiconId || !affiliation) continue;
      // (only an office held when the article was written: a former deputy minister is not "نائب الوزير" now)
      if ((entries.get(e.lexiconId)?.roles ?? []).some((r) => r.title === title.titleKey && r.affiliation === affiliation && heldAt(r, doc.input.publishedAt))) people.add(e.key);
    }
  }
  // "المبعوث الأممي" after "المبعوث الخاص للأمم المتحدة X": the same office of the same organisation, named more loosely
  const family = TITLE_FAMILIES[title.titleKey];
  if (people.size === 0 && family) for (const r of doc.roles) if (family.test(r.titleKey) && r.affiliationKey === title.affiliationKey) people.add(r.personKey);
  if (people.size === 0 && title.titleKey === 'minister') {
    // "الوزير السعودي", "الوزير الأمريكي": the one person of the article holding a ministerial office of
    // that country, whatever the portfolio (a foreign minister, a secretary of state)
    for (const r of holders(null, title.affiliationKey)) if (PORTFOLIO_MINISTER.test(r.titleKey)) people.add(r.personKey);
  }
  // only an unambiguous holder: two people with the same office in one article stay unresolved
  return people.size === 1 ? entityById(doc, [...people][0]!) ?? null : null;
}

/** The nearest person mentioned before token `i` in the same sentence: the clause's subject in "X … مع نظيره". */
function subjectBefore(doc: Doc, i: number): EntityRecord | null {
  const sentence = doc.tokens[i]!.sentence;
  const mention = doc.mentions
    .filter((m) => m.end <= i && doc.tokens[m.start]!.sentence === sentence && entityById(doc, m.entityKey)?.kind === 'PERSON')
    .sort((a, b) => b.start - a.start)[0];
  return mention ? entityById(doc, mention.entityKey) ?? null : null;
}

/** Some mention of the person comes right after a title (الأمير X، الملك X). */
function titledMention(doc: Doc, key: string): boolean {
  return doc.mentions.some((m) => m.entityKey === key && doc.titles.some((t) => t.end === m.start));
}

