import type { EntityKind, LinkMethod } from '../ontology/kinds.ts';
import type { Doc, EntityRecord, MentionRecord } from './doc.ts';
import { type LexiconEntry, countryCode, getLexicon } from './lexicon.ts';
import { foldName } from './normalise.ts';
import { stemStart } from './tokenise.ts';

/**
 * The article's entity registry: one record per lexicon id or per unknown name, and the mentions that
 * point at them. Stages add to it through these helpers so that keys and aliases stay consistent.
 */

/** Keys are "e<n>", numbered in creation order, so the key is the index into doc.entities. */
export function entityById(doc: Doc, key: string): EntityRecord | undefined {
  const entity = doc.entities[Number(key.slice(1)) - 1];
  return entity?.key === key ? entity : doc.entities.find((e) => e.key === key);
}

export function entityForLexicon(doc: Doc, entry: LexiconEntry): EntityRecord {
  const existing = doc.entities.find((e) => e.lexiconId === entry.id);
  if (existing) return existing;
  const record: EntityRecord = {
    key: `e${doc.entities.length + 1}`,
    kind: entry.kind,
    nameAr: entry.name_ar,
    nameEn: entry.name_en,
    nameEnSource: 'LEXICON',
    lexiconId: entry.id,
    aliases: [],
    nameTokens: foldName(entry.name_ar).split(' '),
  };
  doc.entities.push(record);
  return record;
}

/** Entity for a lexicon id, including generated institution ids (org:ministry:<key>:<CC>, org:<body>:<CC>). */
export function entityForId(doc: Doc, id: string): EntityRecord | null {
  const entry = getLexicon().entries.get(id) ?? institutionEntry(id);
  return entry ? entityForLexicon(doc, entry) : null;
}

/** Builds the lexicon entry of a generated institution id from ministries.json / bodies and the country. */
export function institutionEntry(id: string): LexiconEntry | null {
  const lexicon = getLexicon();
  const known = lexicon.entries.get(id);
  if (known) return known;
  const parts = id.split(':');
  const code = parts[parts.length - 1]!;
  const country = lexicon.entries.get(`country:${code}`);
  if (!country || parts[0] !== 'org') return null;
  let nameEn: string;
  let nameAr: string;
  const ministry = parts[1] === 'ministry' && parts.length === 4 ? lexicon.ministryByKey.get(parts[2]!) : undefined;
  const body = parts.length === 3 ? lexicon.bodyByKey.get(parts[1]!) : undefined;
  const nisba = lexicon.nisbaByCountry.get(country.id);
  if (ministry) {
    nameEn = `Ministry of ${ministry.en} of ${country.name_en}`;
    nameAr = `وزارة ${ministry.ar[0]} ${nisba ? `ال${nisba}ة` : country.name_ar}`;
  } else if (body) {
    const feminine = body.ar[0]!.endsWith('ة');
    nameEn = body.en.replace('{country}', country.name_en);
    nameAr = `${body.ar[0]} ${nisba ? `ال${nisba}${feminine ? 'ة' : ''}` : country.name_ar}`;
  } else return null;
  const entry: LexiconEntry = {
    id,
    kind: 'ORGANIZATION',
    subtype: 'institution',
    name_ar: nameAr,
    name_en: nameEn,
    aliases_ar: [],
    aliases_en: [],
    source: 'generated from ministries.json and the country lexicon',
    country: country.id,
  };
  lexicon.entries.set(id, entry);
  return entry;
}

/** Unknown entity found by a pattern or tagger: keyed by its folded name within the article. */
export function entityForName(doc: Doc, kind: EntityKind, nameAr: string): EntityRecord {
  const folded = foldName(nameAr);
  const existing = doc.entities.find((e) => e.lexiconId === null && e.kind === kind && foldName(e.nameAr) === folded);
  if (existing) return existing;
  const record: EntityRecord = {
    key: `e${doc.entities.length + 1}`,
    kind,
    nameAr,
    nameEn: null,
    nameEnSource: 'TRANSLITERATION',
    lexiconId: null,
    aliases: [],
    nameTokens: folded.split(' '),
  };
  doc.entities.push(record);
  return record;
}

export function addMention(
  doc: Doc,
  entity: EntityRecord,
  start: number,
  end: number,
  cliticLength: number,
  method: LinkMethod,
  confidence: number,
  asAlias = true,
): MentionRecord {
  const mention: MentionRecord = { start, end, cliticLength, entityKey: entity.key, method, confidence };
  doc.mentions.push(mention);
  if (asAlias) {
    const text = mentionText(doc, mention);
    if (!entity.aliases.includes(text)) entity.aliases.push(text);
  }
  return mention;
}

export function mentionSpan(doc: Doc, m: MentionRecord): { start: number; end: number } {
  const first = doc.tokens[m.start]!;
  return { start: stemStart(doc, first, m.cliticLength), end: doc.tokens[m.end - 1]!.end };
}

export function mentionText(doc: Doc, m: MentionRecord): string {
  const span = mentionSpan(doc, m);
  return doc.body.slice(span.start, span.end);
}

/** Token index → the mention covering it, for stages that must not overlap earlier findings. */
export function coverage(doc: Doc): (MentionRecord | undefined)[] {
  const covered: (MentionRecord | undefined)[] = new Array(doc.tokens.length);
  for (const m of doc.mentions) for (let i = m.start; i < m.end; i++) covered[i] = m;
  return covered;
}

export function isCountry(entity: EntityRecord): boolean {
  return entity.lexiconId !== null && countryCode(entity.lexiconId) !== null;
}
