import type { EventKind, ParticipantRole } from '../ontology/kinds.ts';
import triggerData from './data/triggers.json' with { type: 'json' };
import { clauseAround, sentenceAround } from './clauses.ts';
import type { Doc, EntityRecord, EventRecord, MentionRecord, ParticipantRecord, Stage } from './doc.ts';
import { coverage, entityById } from './entities.ts';
import { TokenTrie, getLexicon } from './lexicon.ts';
import { foldName } from './normalise.ts';

/**
 * Events from trigger words (data/triggers.json): meetings, calls, visits, press conferences, summits
 * and statements. Participants are the persons in the trigger's clause: Arabic is verb-first, so the
 * subject is looked for right after a verb, then before it (reported speech "إن X سيتوجه"), then, when
 * the verb has no overt subject, the person the sentence is about. Visits yield one event per destination.
 */
interface TriggerDef {
  kind: EventKind;
  verbal: boolean;
  forms: string[];
  subject: ParticipantRole;
  object: ParticipantRole;
  requires?: string;
  orgParticipants?: boolean;
}

const PREPOSITIONS = new Set(['مع', 'الي', 'علي', 'عن', 'من', 'في', 'لدي', 'عند']);
const VISIT_PREPOSITIONS = new Set(triggerData.visitPrepositions.map(foldName));
const DESTINATION_FILLERS = new Set(triggerData.destinationFillers.map(foldName));
/** Visit verbs whose destination needs a preposition (توجه إلى); the others take it as object (زار الأردن). */
const DIRECT_OBJECT_VISITS = new Set(['زار', 'يزور', 'زياره', 'زيارته', 'زيارتها', 'زيارات']);
const MAX_DESTINATION_SCAN = 12;
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي', 'الذين', 'اللذين', 'اللتين', 'اللواتي', 'اللذان', 'اللتان']);
const ORG_PARTICIPANT_WINDOW = 4;

let triggerTrie: TokenTrie<TriggerDef> | null = null;
/** Imperfect verb forms (يلتقي and feminine تلتقي), to tell present from past tense. */
const imperfectForms = new Set<string>();

/** Trigger forms with derived inflections: feminine verbs (قالت، تلتقي) and definite nouns (الاتصال الهاتفي). */
function triggers(): TokenTrie<TriggerDef> {
  if (triggerTrie) return triggerTrie;
  const trie = new TokenTrie<TriggerDef>();
  for (const def of triggerData.triggers as TriggerDef[]) {
    for (const form of def.forms) {
      trie.add(form, def);
      const words = form.split(' ');
      if (def.verbal) {
        const [verb, ...rest] = words;
        const imperfect = verb!.startsWith('ي');
        const feminine = imperfect ? 'ت' + verb!.slice(1) : verb!.endsWith('ي') ? verb!.slice(0, -1) + 'ت' : verb + 'ت';
        trie.add([feminine, ...rest].join(' '), def);
        if (imperfect) imperfectForms.add(foldName(verb!)).add(foldName(feminine));
      } else if (!words[0]!.startsWith('ال')) {
        trie.add(words.map((w) => (w.startsWith('ال') ? w : 'ال' + w.replace(/ا$/u, ''))).join(' '), def);
      }
    }
  }
  triggerTrie = trie;
  return trie;
}

export const eventsStage: Stage = {
  name: 'events',
  needs: ['entities', 'coreference', 'dates'],
  adds: ['events'],
  run(doc: Doc): Doc {
    const trie = triggers();
    const covered = coverage(doc);
    const quoted = quotedSpeech(doc);
    for (let i = 0; i < doc.tokens.length; i++) {
      if (covered[i] || quoted[i]) continue;
      const match = trie.match(doc.tokens, i);
      if (!match) continue;
      const def = match.values[0]!;
      const clause = clauseAround(doc, i);
      if (def.requires && !doc.tokens.slice(match.end, clause.end).some((t) => t.analyses.some((a) => a.stem === def.requires))) continue;
      const base: Omit<EventRecord, 'participants' | 'locationKey'> = {
        kind: def.kind,
        triggerStart: i,
        triggerEnd: match.end,
        clauseStart: clause.start,
        clauseEnd: clause.end,
        sentence: doc.tokens[i]!.sentence,
        verbal: def.verbal,
        futureMarked: match.clitics.includes('س'),
        imperfect: def.verbal && imperfectForms.has(doc.tokens[i]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? ''),
        status: 'OCCURRED',
        date: null,
        datePrecision: null,
      };
      const participants = findParticipants(doc, covered, def, i, match.end, clause);
      if (def.kind === 'VISIT') {
        const visitor = participants.slice(0, 1).map((p) => ({ ...p, role: 'VISITOR' as const }));
        if (visitor.length === 0) continue;
        const trigger = doc.tokens[i]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? doc.tokens[i]!.norm;
        for (const destination of destinations(doc, covered, match.end, clause, DIRECT_OBJECT_VISITS.has(trigger), i, def.verbal)) {
          doc.events.push({ ...base, participants: visitor, locationKey: destination.key });
        }
      } else {
        if (participants.length === 0) continue;
        doc.events.push({ ...base, participants, locationKey: def.kind === 'STATEMENT' ? null : placeOf(doc, covered, clause) });
      }
      i = match.end - 1;
    }
    return doc;
  },
};

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»' };
/** Quotes around more words than a name are reported speech: what a speaker says is not an event report. */
const MIN_SPEECH_TOKENS = 6;

function quotedSpeech(doc: Doc): boolean[] {
  const inside: boolean[] = new Array(doc.tokens.length).fill(false);
  for (let i = 0; i < doc.tokens.length; i++) {
    const close = QUOTE_PAIRS[doc.tokens[i]!.norm];
    if (!close) continue;
    let j = i + 1;
    while (j < doc.tokens.length && doc.tokens[j]!.sentence === doc.tokens[i]!.sentence && doc.tokens[j]!.norm !== close) j++;
    if (j >= doc.tokens.length || doc.tokens[j]!.norm !== close) continue;
    if (j - i - 1 >= MIN_SPEECH_TOKENS) inside.fill(true, i + 1, j);
    i = j;
  }
  return inside;
}

interface Candidate {
  mention: MentionRecord;
  entity: EntityRecord;
  /** Introduced by a preposition (مع X، بـX، لـX): an object, never the subject. */
  prepositional: boolean;
}

/** Mentions by sentence, built once per document: candidate lookups stay local to a sentence. */
const mentionIndex = new WeakMap<Doc, Map<number, MentionRecord[]>>();

function mentionsOfSentence(doc: Doc, sentence: number): MentionRecord[] {
  let index = mentionIndex.get(doc);
  if (!index) {
    index = new Map();
    for (const m of doc.mentions) {
      const s = doc.tokens[m.start]!.sentence;
      index.set(s, [...(index.get(s) ?? []), m]);
    }
    mentionIndex.set(doc, index);
  }
  return index.get(sentence) ?? [];
}

function candidatesIn(doc: Doc, from: number, to: number, kinds: EntityRecord['kind'][]): Candidate[] {
  const seen = new Set<string>();
  const out: Candidate[] = [];
  if (from >= to) return out;
  const relative = relativeClauses(doc, from, to);
  for (const m of mentionsOfSentence(doc, doc.tokens[from]!.sentence)) {
    if (m.start < from || m.end > to || relative.some((r) => m.start >= r.start && m.start < r.end)) continue;
    const entity = entityById(doc, m.entityKey);
    if (!entity || !kinds.includes(entity.kind) || seen.has(entity.key)) continue;
    seen.add(entity.key);
    const clitics = doc.tokens[m.start]!.analyses.find((a) => a.cliticLength === m.cliticLength)?.clitics ?? '';
    const before = doc.tokens[m.start - 1];
    const prepositional = /[بل]/u.test(clitics) || (before !== undefined && PREPOSITIONS.has(before.norm));
    out.push({ mention: m, entity, prepositional });
  }
  return out.sort((a, b) => a.mention.start - b.mention.start);
}

/**
 * Relative clauses describing a person ("X، الذي يقوم بجولة،", "X الذي كانت علاقاته متوترة مع Y"): people
 * named in them are not the event's participants. A relative clause on the event itself ("الاجتماع …،
 * والذي يشارك فيه X") is kept.
 */
function relativeClauses(doc: Doc, from: number, to: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const personEnds = new Set(
    mentionsOfSentence(doc, doc.tokens[from]!.sentence)
      .filter((m) => entityById(doc, m.entityKey)?.kind === 'PERSON')
      .map((m) => m.end),
  );
  for (let j = from; j < to; j++) {
    if (!doc.tokens[j]!.analyses.some((a) => RELATIVE_PRONOUNS.has(a.stem))) continue;
    let head = j;
    while (head > 0 && (doc.tokens[head - 1]!.norm === '،' || doc.tokens[head - 1]!.norm === ',')) head--;
    if (!personEnds.has(head)) continue;
    let end = j + 1;
    while (end < to && doc.tokens[end]!.norm !== '،' && doc.tokens[end]!.norm !== ',') end++;
    spans.push({ start: j, end });
    j = end;
  }
  return spans;
}

function findParticipants(
  doc: Doc,
  covered: (MentionRecord | undefined)[],
  def: TriggerDef,
  start: number,
  end: number,
  clause: { start: number; end: number },
): ParticipantRecord[] {
  const after = candidatesIn(doc, end, clause.end, ['PERSON']);
  const before = candidatesIn(doc, clause.start, start, ['PERSON']);
  const ordered: Candidate[] = [];
  if (def.verbal) {
    const subject = after.find((c) => !c.prepositional) ?? before[before.length - 1];
    if (subject) ordered.push(subject);
    for (const c of [...before, ...after]) if (!ordered.includes(c) && def.kind !== 'STATEMENT') ordered.push(c);
  } else {
    // a noun's own possessor comes first (زيارة X); a visit's other traveller is the clause's topic, the
    // first person named as subject; other events take the people nearest to the trigger
    const possessor = after.find((c) => c.mention.start === end);
    const topic = def.kind === 'VISIT' ? before.find((c) => !c.prepositional) : undefined;
    const distance = (c: Candidate) => (c.mention.start >= end ? c.mention.start - end : start - c.mention.end);
    const rank = (c: Candidate) => (c === possessor ? -2 : c === topic ? -1 : distance(c));
    ordered.push(...[...before, ...after].sort((a, b) => rank(a) - rank(b)));
  }
  let people = ordered.map((c) => c.entity);
  // no overt subject (pro-drop: "وينوي أن يلتقي X", "وكذلك التوجه إلى"): the person the sentence is about
  const needed = def.kind === 'STATEMENT' || def.kind === 'VISIT' ? 1 : 2;
  if (people.length < needed && (def.verbal || def.kind === 'VISIT')) {
    const sentence = sentenceAround(doc, start);
    const earlier = candidatesIn(doc, sentence.start, clause.start, ['PERSON']).filter((c) => !people.includes(c.entity));
    const topic = earlier.find((c) => !c.prepositional) ?? earlier[earlier.length - 1];
    if (topic) people = [topic.entity, ...people];
  }
  if (def.kind === 'STATEMENT' && people.length === 0) {
    // organisations speak too: "وأشارت وزارة الخارجية الأمريكية"
    const org = candidatesIn(doc, end, clause.end, ['ORGANIZATION'])[0];
    if (org && org.mention.start === end) people = [org.entity];
  }
  if (def.kind === 'STATEMENT') people = people.slice(0, 1);
  const participants: ParticipantRecord[] = people.map((entity, k) => ({ entityKey: entity.key, role: k === 0 ? def.subject : def.object }));
  if (def.orgParticipants) {
    for (let j = end; j < Math.min(clause.end, end + ORG_PARTICIPANT_WINDOW); j++) {
      const m = covered[j];
      if (!m) continue;
      const entity = entityById(doc, m.entityKey);
      if (entity?.kind === 'ORGANIZATION' && !participants.some((p) => p.entityKey === entity.key)) {
        participants.push({ entityKey: entity.key, role: 'PARTICIPANT' });
      }
      break;
    }
  }
  return participants;
}

function isVisitableLocation(entity: EntityRecord | undefined): boolean {
  if (!entity || entity.kind !== 'LOCATION') return false;
  const subtype = entity.lexiconId ? getLexicon().entries.get(entity.lexiconId)?.subtype : undefined;
  return subtype !== 'region';
}

/** Destinations after a visit trigger: "إلى الأردن وإسرائيل", "لإسرائيل", "زيارة الوزير إلى قطر", "تبدأ بإسرائيل". */
function destinations(
  doc: Doc,
  covered: (MentionRecord | undefined)[],
  end: number,
  clause: { start: number; end: number },
  takesObject: boolean,
  triggerStart: number,
  verbal: boolean,
): EntityRecord[] {
  const found: EntityRecord[] = [];
  let introduced = takesObject;
  const dateAt = new Set<number>();
  for (const d of doc.dates) for (let k = d.start; k < d.end; k++) dateAt.add(k);
  for (let j = end; j < Math.min(clause.end, end + MAX_DESTINATION_SCAN); ) {
    const m = covered[j];
    const token = doc.tokens[j]!;
    if (m && m.start === j) {
      const entity = entityById(doc, m.entityKey);
      if (entity?.kind === 'LOCATION') {
        const clitics = token.analyses.find((a) => a.cliticLength === m.cliticLength)?.clitics ?? '';
        const coordinated = found.length > 0 && clitics.startsWith('و');
        if (!(introduced || /[لب]/u.test(clitics) || coordinated)) break;
        if (!isVisitableLocation(entity)) break;
        if (!found.includes(entity)) found.push(entity);
        introduced = false;
      } else if (found.length > 0) break;
      j = m.end;
      continue;
    }
    if (m || dateAt.has(j) || inTitle(doc, j)) {
      j++;
      continue;
    }
    if (token.norm === '،' || token.norm === ',') {
      if (found.length > 0) break;
      j++;
      continue;
    }
    if (token.kind === 'punct') {
      j++;
      continue;
    }
    if (VISIT_PREPOSITIONS.has(token.norm)) introduced = true;
    else if (!DESTINATION_FILLERS.has(token.norm)) break;
    j++;
  }
  if (found.length === 0 && !verbal) {
    // "أنقرة تتوقع زيارة …": the host is the subject of the verb right before the visit noun
    const host = covered[triggerStart - 2];
    const verb = doc.tokens[triggerStart - 1];
    const entity = host && host.end === triggerStart - 1 && host.start >= clause.start ? entityById(doc, host.entityKey) : undefined;
    if (verb && verb.kind === 'word' && !getLexicon().functionWords.has(verb.norm) && isVisitableLocation(entity)) return [entity!];
  }
  return found;
}

function inTitle(doc: Doc, j: number): boolean {
  return doc.titles.some((t) => j >= t.start && j < t.end);
}

/** Where a meeting or conference took place: a city/country in the clause after في or بـ (في القاهرة، بالقاهرة). */
function placeOf(doc: Doc, covered: (MentionRecord | undefined)[], clause: { start: number; end: number }): string | null {
  let best: { key: string; city: boolean } | null = null;
  for (let j = clause.start; j < clause.end; j++) {
    const m = covered[j];
    if (!m || m.start !== j) continue;
    const entity = entityById(doc, m.entityKey);
    if (!isVisitableLocation(entity)) continue;
    const clitics = doc.tokens[j]!.analyses.find((a) => a.cliticLength === m.cliticLength)?.clitics ?? '';
    const inPlace = clitics.endsWith('ب') || doc.tokens[j - 1]?.norm === 'في';
    if (!inPlace) continue;
    const city = getLexicon().entries.get(entity!.lexiconId ?? '')?.subtype === 'city';
    if (!best || (city && !best.city)) best = { key: entity!.key, city };
  }
  return best?.key ?? null;
}
