import type { Doc, EntityRecord, MentionRecord, Stage, TitleRecord } from './doc.ts';
import { addMention, coverage, entityById, entityForId, entityForName } from './entities.ts';
import { type TitleDef, countryCode, getLexicon } from './lexicon.ts';
import { nameExtent } from './names.ts';
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
const COUNTERPART = new Set(['نظيره', 'نظيرته', 'نظيريه', 'نظيرها', 'نظراءه', 'نظرائه']);
/** Words after a spokesperson title that qualify it rather than name the organisation. */
const SPOKESPERSON_QUALIFIERS = new Set(['الرسمي', 'الرسميه']);
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
      if (token.kind !== 'word' || (covered[i] && entityById(doc, covered[i]!.entityKey)?.kind === 'PERSON')) continue;

      if (token.analyses.some((a) => COUNTERPART.has(a.stem))) {
        const adjective = nisba.match(tokens, i + 1);
        const code = adjective ? countryCode(adjective.values[0]!) : null;
        if (adjective && code) {
          const country = entityForId(doc, `country:${code}`);
          doc.titles.push(titleRecord(i, adjective.end, null, country, code, true));
        }
        continue;
      }

      const match = titles.match(tokens, i);
      if (!match || (covered[i] && covered[i]!.end > i + 1)) continue;
      const def = pickTitle(match.values);
      let pos = match.end;
      let affiliation: EntityRecord | null = null;
      let code: string | null = null;
      /** "المتحدث باسم وزارة الخارجية" with no nationality: the ministry key, resolved from the person. */
      let bareMinistry: { key: string; start: number; end: number; cliticLength: number } | null = null;

      if (def.affiliation !== 'none') {
        while (def.key === 'spokesperson' && tokens[pos] && SPOKESPERSON_QUALIFIERS.has(tokens[pos]!.norm)) pos++;
        const adjective = def.affiliation === 'country' ? nisba.match(tokens, pos) : null;
        if (adjective && adjective.clitics === '') {
          code = countryCode(adjective.values[0]!);
          affiliation = code ? entityForId(doc, `country:${code}`) : null;
          pos = adjective.end;
        } else {
          const following = mentionAt(covered, pos);
          const construct = !def.ar.some((form) => tokens[i]!.analyses.some((a) => form.startsWith('ال') && a.stem.startsWith('ال')));
          const entity = following ? entityById(doc, following.entityKey) : undefined;
          const linked = following && (def.affiliation === 'org' || construct || following.cliticLength > 0);
          if (entity && linked && entity.kind !== 'PERSON') {
            affiliation = entity;
            code = entity.lexiconId ? countryCode(entity.lexiconId) : null;
            pos = following!.end;
            // "المتحدث باسم مجلس الأمن القومي بالبيت الأبيض": a qualifying ب/في + organisation is skipped
            const qualifier = mentionAt(covered, pos);
            if (qualifier && qualifier.cliticLength > 0 && entityById(doc, qualifier.entityKey)?.kind !== 'PERSON') pos = qualifier.end;
          } else if (def.affiliation === 'org' && !following) {
            const ministryWord = tokens[pos]?.analyses.some((a) => a.stem === 'وزاره');
            const ministry = ministryWord ? getLexicon().ministries.match(tokens, pos + 1) : null;
            if (ministry) {
              bareMinistry = { key: ministry.values[0]!.key, start: pos, end: ministry.end, cliticLength: tokens[pos]!.analyses.find((a) => a.stem === 'وزاره')!.cliticLength };
              pos = ministry.end;
            }
          } else if (construct) {
            continue; // "وزير خارجية", "ملك", "قائد" need their country or organisation after them
          }
        }
      }
      const titleEnd = pos;
      const titleAr = doc.body.slice(stemStart(doc, tokens[i]!, match.cliticLength), tokens[titleEnd - 1]!.end);

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
          }
          break;
        }
        const t = tokens[pos]!;
        if (SEPARATORS.has(t.norm) && !isQuotedName(doc, pos, covered)) {
          pos++;
          continue;
        }
        const honorific = titles.match(tokens, pos);
        if (honorific && honorific.values.some((v) => v.key === 'honorific')) {
          pos = honorific.end;
          continue;
        }
        const name = nameExtent(doc, pos, covered);
        if (name) {
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
      doc.titles.push(titleRecord(i, titleEnd, def, affiliation, code, false, person));
      if (person && !NO_ROLE.has(def.key)) addRole(doc, person, def, titleAr, affiliation, code, token.sentence);
      i = Math.max(i, (person ? nameEnd : titleEnd) - 1);
    }
    return doc;
  },
};

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
): TitleRecord {
  return {
    start,
    end,
    titleKey: def?.key ?? '',
    titleAr: def?.ar[0] ?? '',
    titleEn: def ? englishTitle(def, code) : '',
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
  const title = englishTitle(def, countryOfRole);
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
