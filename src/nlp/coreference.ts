import type { Doc, EntityRecord, Stage, TitleRecord } from './doc.ts';
import { addMention, coverage, entityById } from './entities.ts';
import { getLexicon } from './lexicon.ts';
import { attachTitles } from './titles.ts';

/**
 * Within-article coreference by simple rules:
 *  - a surname alone (X) refers to the person whose full name ends in X earlier or later in the article;
 *  - a title without a name refers to the article's person holding that title: "وزير الخارجية الأمريكي"
 *    → the US foreign minister named elsewhere, "الوزير" → the last minister mentioned, and
 *    "نظيره المصري" (his Egyptian counterpart) → the Egyptian holder of the subject's own title.
 */
const MIN_SURNAME = 3;
const PATRONYMIC = new Set(['بن', 'بنت', 'ابن', 'ال', 'ولد']);
const MINISTER_KEYS = /minister|secretary/;

export const coreferenceStage: Stage = {
  name: 'coreference',
  needs: ['entities', 'titles', 'roles'],
  adds: ['coreference'],
  run(doc: Doc): Doc {
    linkSurnames(doc);
    attachTitles(doc);
    for (const title of doc.titles) {
      if (title.personKey) continue;
      const person = resolveTitle(doc, title);
      if (person) {
        title.personKey = person.key;
        addMention(doc, person, title.start, title.end, 0, 'COREFERENCE', 0.7, false);
      }
    }
    return doc;
  },
};

function linkSurnames(doc: Doc): void {
  const { functionWords } = getLexicon();
  const bySurname = new Map<string, EntityRecord | null>();
  for (const e of doc.entities) {
    if (e.kind !== 'PERSON' || e.nameTokens.length < 2) continue;
    const last = e.nameTokens[e.nameTokens.length - 1]!;
    const before = e.nameTokens[e.nameTokens.length - 2]!;
    if (last.length < MIN_SURNAME || PATRONYMIC.has(before) || functionWords.has(last)) continue;
    // two people sharing a surname: the bare surname is ambiguous
    bySurname.set(last, bySurname.has(last) && bySurname.get(last) !== e ? null : e);
  }
  if (bySurname.size === 0) return;
  const covered = coverage(doc);
  doc.tokens.forEach((token, i) => {
    if (covered[i] || token.kind !== 'word') return;
    for (const analysis of token.analyses) {
      const person = bySurname.get(analysis.stem);
      if (!person) continue;
      addMention(doc, person, i, i + 1, analysis.cliticLength, 'COREFERENCE', 0.9);
      return;
    }
  });
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
    return people.size === 1 ? entityById(doc, [...people][0]!) ?? null : null;
  }
  const people = new Set(holders(title.titleKey, title.affiliationKey).map((r) => r.personKey));
  if (people.size === 0) {
    // a known office-holder named elsewhere in the article without the title: "وزير الخارجية الروسي" … "لافروف"
    const affiliation = entityById(doc, title.affiliationKey)?.lexiconId;
    const { entries } = getLexicon();
    for (const e of doc.entities) {
      if (e.kind !== 'PERSON' || !e.lexiconId || !affiliation) continue;
      if ((entries.get(e.lexiconId)?.roles ?? []).some((r) => r.title === title.titleKey && r.affiliation === affiliation)) people.add(e.key);
    }
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
