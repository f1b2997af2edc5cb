import type { EventKind, ParticipantRole } from '../ontology/kinds.ts';
import triggerData from './data/triggers.json' with { type: 'json' };
import { clauseAround, sentenceAround } from './clauses.ts';
import type { Doc, EntityRecord, EventRecord, MentionRecord, ParticipantRecord, Stage } from './doc.ts';
import { coverage, entityById } from './entities.ts';
import { isFacilityName } from './facilities.ts';
import { TokenTrie, getLexicon } from './lexicon.ts';
import { foldName } from './normalise.ts';
import { PLACE_NOUNS } from './place-nouns.ts';
import { homeCountry } from './titles.ts';

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
const DIRECT_OBJECT_VISITS = new Set(['زار', 'يزور', 'زياره', 'زيارته', 'زيارتها', 'زيارات', 'تفقد', 'يتفقد', 'تفقدت']);
/** Visit verbs of leaving (غادر إلى): the place they take as object is the one left. */
const DEPARTURE_VISITS = new Set(['غادر', 'يغادر']);
/** "عاد إلى", "يعود إلى": a visit only to a place outside the traveller's own country. */
const RETURN_VISITS = new Set(['عاد', 'يعود']);

/** The destination lies outside the country the person holds an office of (unknown: not abroad). */
function abroad(doc: Doc, personKey: string, destination: EntityRecord): boolean {
  const { entries } = getLexicon();
  const person = entityById(doc, personKey);
  const offices = new Set<string>();
  for (const r of (person?.lexiconId ? entries.get(person.lexiconId)?.roles : undefined) ?? []) if (r.affiliation.startsWith('country:')) offices.add(r.affiliation);
  for (const r of doc.roles) {
    const lexiconId = r.personKey === personKey && r.affiliationKey ? entityById(doc, r.affiliationKey)?.lexiconId : null;
    if (lexiconId?.startsWith('country:')) offices.add(lexiconId);
  }
  const entry = destination.lexiconId ? entries.get(destination.lexiconId) : undefined;
  const country = entry?.subtype === 'country' ? entry.id : entry?.country;
  return offices.size > 0 && country !== undefined && !offices.has(country);
}
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
    const summaries: EventRecord[] = [];
    const apart = new Set<EventRecord>();
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
      // "لجنة مشتركة تجتمع بشكل دوري": a present-tense verb right after an indefinite noun describes that
      // noun (a relative clause needs no الذي after an indefinite noun); no person meets there
      if (def.verbal && def.kind !== 'STATEMENT' && describesIndefiniteNoun(doc, covered, i, match.clitics)) continue;
      const participants = findParticipants(doc, covered, def, i, match.end, clause);
      // "زارت أمس رئيس مجلس النواب X": visiting a person is meeting them
      const visitStem = doc.tokens[i]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? doc.tokens[i]!.norm;
      // only a verb that takes its destination as object (زار) can take a person as object: "وصل X وY" are two travellers
      const host = def.kind === 'VISIT' && def.verbal && (DIRECT_OBJECT_VISITS.has(visitStem) || DIRECT_OBJECT_VISITS.has(masculine(visitStem))) ? personObject(doc, covered, match.end, clause, participants[0]?.entityKey ?? null) : null;
      if (host && participants[0] && participants[0].entityKey !== host.key) {
        doc.events.push({ ...base, kind: 'MEETING', participants: [{ entityKey: participants[0].entityKey, role: 'GUEST' }, { entityKey: host.key, role: 'HOST' }], locationKey: placeOf(doc, covered, clause) });
        i = match.end - 1;
        continue;
      }
      if (def.kind === 'VISIT') {
        // "ووجه له دعوة للقيام بزيارة": the invited person, not the host who invites, will travel
        const invited = invitedVisitor(doc, i, participants[0]?.entityKey ?? null) ?? receivedGuest(doc, i, visitStem);
        const visitor = (invited ? [{ entityKey: invited, role: 'VISITOR' as const }] : participants.slice(0, 1)).map((p) => ({ ...p, role: 'VISITOR' as const }));
        // "يغادر الضيف المملكة متوجهاً إلى الإمارات": the guest the article is about travels on
        const guest = visitor.length === 0 && guestReference(doc, clause) ? latestGuest(doc, i, []) : null;
        if (guest) visitor.push({ entityKey: guest, role: 'VISITOR' });
        if (visitor.length === 0) continue;
        // "وصلت X وY إلى", "يغادر X … يرافقه Y": travellers together
        if (!invited) {
          const coordinated = def.verbal ? coordinatedSubjects(doc, visitor[0]!.entityKey, match.end, clause) : [];
          for (const key of [...coordinated, ...companions(doc, i)]) {
            if (!visitor.some((v) => v.entityKey === key)) visitor.push({ entityKey: key, role: 'VISITOR' });
          }
        }
        const trigger = doc.tokens[i]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? doc.tokens[i]!.norm;
        const departs = DEPARTURE_VISITS.has(trigger) || DEPARTURE_VISITS.has(masculine(trigger));
        const returns = RETURN_VISITS.has(trigger) || RETURN_VISITS.has(masculine(trigger));
        for (const destination of destinations(doc, covered, match.end, clause, DIRECT_OBJECT_VISITS.has(trigger), i, def.verbal, departs)) {
          // "يعود ماكرون إلى الدوحة": going back to a foreign place is a visit; going home is not
          if (returns && !abroad(doc, visitor[0]!.entityKey, destination)) continue;
          doc.events.push({ ...base, participants: visitor, locationKey: destination.key });
        }
      } else {
        const persons = () => participants.filter((p) => entityById(doc, p.entityKey)?.kind === 'PERSON').length;
        // "ندوة صحفية عقدها الوزراء الثلاثة": the three ministers of the article hold it, whoever else the clause names
        const group = def.kind !== 'STATEMENT' ? pluralHolders(doc, clause, i, match.end) : null;
        if (group) participants.splice(0, participants.length, ...group.map((key, k) => ({ entityKey: key, role: k === 0 ? def.subject : def.object })));
        // "يعقد الزعيمان جلسة مباحثات بحضور X وY وZ": the two the dual names hold it, the others attend
        const dualFirst = def.kind !== 'STATEMENT' && persons() >= 2 ? dualSubject(doc, clause, i, match.end) : null;
        const dualPair = dualFirst ? dualHolders(doc, dualFirst, i) : null;
        if (dualPair && attendanceCueIndex(doc, clause) < clause.end) {
          for (const key of [...dualPair].reverse()) if (!participants.some((p) => p.entityKey === key)) participants.unshift({ entityKey: key, role: def.subject });
        }
        if (def.kind !== 'STATEMENT' && persons() < 2) {
          // "وبحث الجانبان", "يعقد الزعيمان لقاء", "مؤتمر صحفي مشترك": the two sides already named
          const dual = dualSubject(doc, clause, i, match.end);
          const joint = jointTrigger(doc, i, match.end, clause);
          const sameSentence = previousParties(doc, i, base.sentence);
          // "مع الوزير الضيف", "رحب بالضيف": the visitor the article is about
          const guest = guestReference(doc, clause) ? latestGuest(doc, i, participants) : null;
          if (guest && persons() === 1) participants.push({ entityKey: guest, role: def.object });
          // "استقبل X الضيفين": every visitor of the latest visit
          if (persons() === 1 && guestReference(doc, clause, GUEST_GROUP_WORDS)) {
            for (const key of latestVisitors(doc, i)) if (!participants.some((p) => p.entityKey === key)) participants.push({ entityKey: key, role: def.object });
          }
          const holders = dual ? dualHolders(doc, dual, i) : null;
          const sides = dual
            ? holders ?? previousParties(doc, i)
            : joint
              ? [...sameSentence, ...sentencePersons(doc, i), ...previousParties(doc, i)]
              : [];
          for (const key of sides) {
            // "وكان الوزيران قد التقيا … بحضور X": the two the dual names, besides any attendee
            if (persons() >= 2 && !holders) break;
            if (!participants.some((p) => p.entityKey === key)) participants.push({ entityKey: key, role: participants.length === 0 ? def.subject : def.object });
          }
          // "وكان X قد زار طهران …، كما أجرى مباحثات مع Y": talks with no subject of their own are held by
          // the person the sentence is about (its first person, named before the talks)
          const lightVerb = carriedByLightVerb(doc, i, clause.start);
          // "حيث التقى X Y، وعقد بعد اللقاء مؤتمرا صحفيا": a light verb joined by "، و" has the earlier
          // verb's subject, not the person it met
          const joined = !def.verbal && persons() === 1 ? joinedLightVerbSubject(doc, i, clause.start, participants[0]!.entityKey) : null;
          if (joined) participants.splice(0, 1, { entityKey: joined, role: def.subject });
          const subject = !def.verbal && lightVerb && persons() === 1 && !joined ? sentenceSubject(doc, i, participants) : null;
          if (subject) participants.unshift({ entityKey: subject, role: def.subject });
        }
        // "يتوجه X إلى Y للقاء Z"، "حيث يلتقي Z وW": the traveller of the visit just told meets them
        const purpose = def.kind === 'MEETING' && isPurposeNoun(doc, i, match.cliticLength, match.end, covered);
        // ("حيث عقد اجتماعاً ضمه إلى X وY": a noun carried by a light verb with no subject of its own likewise)
        const carried = def.verbal || carriedByLightVerb(doc, i, clause.start);
        if (def.kind === 'MEETING' && (purpose || (carried && objectsOnly(doc, participants, clause, i, match.end)))) {
          // "ثم انتقل إلى Y حيث التقى Z": with no trip in the sentence, the visitor the story follows
          const traveller =
            travellerBefore(doc, i, base.sentence) ??
            (def.verbal && persons() === 1 && !sentenceHasPersonBefore(doc, i) ? latestGuest(doc, i, participants) : null) ??
            // "وكان X قد وصل إلى العاصمة، حيث عقد اجتماعاً ضمه إلى Y": the light verb's unwritten subject is the sentence's
            (!def.verbal && !purpose ? candidatesIn(doc, sentenceAround(doc, i).start, clause.start, ['PERSON']).find((c) => !c.prepositional)?.entity.key ?? null : null);
          if (traveller && !participants.some((p) => p.entityKey === traveller)) {
            participants.forEach((p) => (p.role = def.object));
            participants.unshift({ entityKey: traveller, role: def.subject });
          }
        }
        // "سيزور X برفقة Y …، يلتقيا خلالها Z": a dual verb's subject is both travellers
        const travellers = travellersBefore(doc, i, base.sentence);
        if (def.kind === 'MEETING' && travellers.length === 2 && participants[0]?.entityKey === travellers[0] && DUAL_VERBS.has(doc.tokens[i]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? '')) {
          if (!participants.some((p) => p.entityKey === travellers[1])) participants.splice(1, 0, { entityKey: travellers[1]!, role: def.subject });
        }
        // "عقد الزعيمان اجتماعا، أعقبه اجتماع موسع شارك فيه X وY": the meeting that follows on (an
        // expanded one) keeps the people of the meeting it follows, and adds its own
        if (def.kind === 'MEETING' && followsOn(doc, i)) {
          const earlier = [...doc.events].reverse().find((e) => e.kind === 'MEETING' && e.triggerStart < i);
          for (const p of [...(earlier?.participants ?? [])].reverse()) {
            if (!participants.some((q) => q.entityKey === p.entityKey)) participants.unshift({ entityKey: p.entityKey, role: def.subject });
          }
        }
        // "أعلن X أن Y وZ سيلتقيان بحضوره": the attendee the pronoun names is the sentence's subject
        if (def.kind === 'MEETING' && persons() >= 2 && attendedByPronoun(doc, i, clause)) {
          const sentence = sentenceAround(doc, i);
          const topic = candidatesIn(doc, sentence.start, clause.start, ['PERSON']).find((c) => !c.prepositional);
          if (topic && !participants.some((p) => p.entityKey === topic.entity.key)) participants.push({ entityKey: topic.entity.key, role: 'PARTICIPANT' });
        }
        if (participants.length === 0) continue;
        // "وجرى اللقاء في عمان، بحضور X": the meeting just told, named again with its attendees
        if (def.kind === 'MEETING' && !def.verbal && isAnaphoric(doc, i, match.cliticLength) && joinAttendees(doc, covered, base, clause, participants)) {
          i = match.end - 1;
          continue;
        }
        // "خلال اللقاء", "عقب المحادثات", "خلال المؤتمر الصحفي": the event already reported, not a new one
        if (!def.verbal && !purpose && isAnaphoric(doc, i, match.cliticLength)) {
          // "وعقب اللقاء، عقد X وY مؤتمرا": after the meeting already told, wherever it was told
          const framed = doc.tokens[i - 1]?.analyses.some((a) => FRAME_WORDS.has(a.stem)) && doc.events.some((e) => e.kind === def.kind);
          const told = framed || doc.events.some((e) => e.kind !== 'STATEMENT' && e.sentence === base.sentence);
          if (told || (persons() < 2 && doc.events.some((e) => e.kind === def.kind))) continue;
        }
        const locationKey = def.kind === 'STATEMENT' ? null : placeOf(doc, covered, clause);
        const event: EventRecord = { ...base, participants, locationKey };
        doc.events.push(event);
        // "يلتقي X وY" / "استقبل X وY وZ": one meeting of all, unless the article tells the meetings apart
        if (def.kind === 'MEETING' && def.verbal && persons() >= 3 && !groupMeeting(doc, clause)) summaries.push(event);
        // "سيعقد X لقاءين ثنائيين مع Y وZ", "لقاءات ثنائية مع Y وZ": X meets each of them on his own
        else if (def.kind === 'MEETING' && !def.verbal && persons() >= 3 && separateMeetings(doc, i, match.end)) {
          const before = participants.filter((p) => doc.mentions.some((m) => m.entityKey === p.entityKey && m.end <= i && m.start >= clause.start));
          if (before.length === 1) {
            participants.splice(participants.indexOf(before[0]!), 1);
            participants.unshift(before[0]!);
            summaries.push(event);
            apart.add(event);
          }
        }
      }
      i = match.end - 1;
    }
    addArrivalReceptions(doc);
    doc.events.sort((a, b) => a.triggerStart - b.triggerStart);
    splitSummaries(doc, summaries, apart);
    addAttendees(doc, covered);
    addSentenceAttendees(doc);
    addDelegationMembers(doc);
    // "استقبل"/"التقى"/"اتصل" with one person and no one else named is a headline fragment or a missed
    // counterpart (a nominal "الاجتماع الوزاري" may name only one of its many participants)
    // (so is an audience "يتشرف بالسلام على الملك" with the king not named)
    doc.events = doc.events.filter((e) => !((e.verbal || doc.tokens[e.triggerStart]!.norm === AUDIENCE) && (e.kind === 'MEETING' || e.kind === 'CALL') && e.participants.length === 1));
    // "بحث X مع Y في اتصال هاتفي": the talks were the call, not a meeting besides it
    doc.events = doc.events.filter((e) => !(e.kind === 'MEETING' && toldAsCall(doc, e)));
    return doc;
  },
};

/**
 * One verb with several guests ("يلتقي X وY") is one meeting of all of them, unless the article also
 * reports the subject meeting one of the guests on their own: then the first report summarises separate
 * bilateral meetings ("ولي العهد يلتقي X وY" … "والتقى ولي العهد X" … "وكان قد استقبل Y").
 */
function splitSummaries(doc: Doc, summaries: EventRecord[], apart: ReadonlySet<EventRecord>): void {
  for (const summary of summaries) {
    const [subject, ...objects] = summary.participants;
    if (!subject) continue;
    const keys = new Set(summary.participants.map((p) => p.entityKey));
    const separate = doc.events.some(
      // (a "meeting" the sentence tells as a phone call is no separate meeting: "بحث مع X في اتصال هاتفي")
      (e) => e !== summary && e.kind === 'MEETING' && e.sentence !== summary.sentence && !toldAsCall(doc, e) &&
        e.participants.some((p) => p.entityKey === subject.entityKey) &&
        e.participants.some((p) => p.entityKey !== subject.entityKey && keys.has(p.entityKey)) &&
        e.participants.some((p) => !keys.has(p.entityKey) || e.participants.length < keys.size),
    );
    // "التقى X الوفد Y، ثم الوفد Z، كلاً على حدة": each on his own, as the sentence says
    if (!separate && !apart.has(summary) && !eachApart(doc, summary.sentence)) continue;
    const at = doc.events.indexOf(summary);
    doc.events.splice(at, 1, ...objects.map((o) => ({ ...summary, participants: [subject, o] })));
  }
}

function toldAsCall(doc: Doc, meeting: EventRecord): boolean {
  const keys = new Set(meeting.participants.map((p) => p.entityKey));
  return doc.events.some(
    (c) => c.kind === 'CALL' && c.sentence === meeting.sentence && c.triggerStart >= meeting.clauseStart && c.triggerStart < meeting.clauseEnd &&
      c.participants.length === keys.size && c.participants.every((p) => keys.has(p.entityKey)),
  );
}

/** "يتشرف بالسلام على الملك X": an audience, a meeting only with the one received named. */
const AUDIENCE = foldName('بالسلام');

const GUEST_WORDS = new Set(triggerData.guestWords.map(foldName));
/** Words that set what follows after or during an event told before: عقب اللقاء، خلال المباحثات، في ختام الاجتماع. */
const FRAME_WORDS = new Set(['عقب', 'بعد', 'خلال', 'ختام', 'اعقاب', 'اثناء', 'هامش']);
const RECEPTION_CUES = new Set(triggerData.receptionCues.map(foldName));

const GUEST_GROUP_WORDS = new Set(triggerData.guestGroupWords.map(foldName));

function guestReference(doc: Doc, clause: { start: number; end: number }, words: ReadonlySet<string> = GUEST_WORDS): boolean {
  for (let j = clause.start; j < clause.end; j++) if (doc.tokens[j]!.analyses.some((a) => words.has(a.stem))) return true;
  return false;
}

/** The person visitors of the latest visit with any, told before token i. */
function latestVisitors(doc: Doc, i: number): string[] {
  for (let k = doc.events.length - 1; k >= 0; k--) {
    const e = doc.events[k]!;
    if (e.triggerStart >= i || e.kind !== 'VISIT') continue;
    const visitors = e.participants.filter((x) => x.role === 'VISITOR' && entityById(doc, x.entityKey)?.kind === 'PERSON').map((x) => x.entityKey);
    if (visitors.length > 0) return visitors;
  }
  return [];
}

/** The visitor of the latest visit (or guest of the latest reception) told before token i, not already taking part. */
function latestGuest(doc: Doc, i: number, participants: ParticipantRecord[]): string | null {
  for (let k = doc.events.length - 1; k >= 0; k--) {
    const e = doc.events[k]!;
    if (e.triggerStart >= i) continue;
    const p = e.participants.find((x) => (x.role === 'VISITOR' || x.role === 'GUEST') && entityById(doc, x.entityKey)?.kind === 'PERSON');
    if (p && !participants.some((x) => x.entityKey === p.entityKey)) return p.entityKey;
  }
  return null;
}

/**
 * "وصل X إلى Y، حيث كان في استقباله Z", "وكان في مقدمة مستقبليه Z": the host who received the visitor on
 * arrival met them there.
 */
function addArrivalReceptions(doc: Doc): void {
  for (let k = 0; k < doc.tokens.length; k++) {
    const told = doc.tokens[k]!.analyses.some((a) => RECEPTION_CUES.has(a.stem) && /^[وبل]?$/u.test(a.clitics));
    // "وكان في استقبال جلالته / الضيف العراقي لدى وصوله … X": the guest is the visitor the story follows
    const byWord = !told && receivedGuestWord(doc, k);
    if (!told && !byWord) continue;
    const sentence = doc.tokens[k]!.sentence;
    const visit = doc.events.find((e) => e.kind === 'VISIT' && e.sentence === sentence && e.triggerStart < k && e.status === 'OCCURRED');
    const visitor = visit?.participants[0]?.entityKey ?? (byWord ? latestGuest(doc, k, []) ?? latestVisitor(doc, k) : undefined);
    if (!visitor) continue;
    const base = visit ?? doc.events.find((e) => e.sentence <= sentence && e.participants.some((p) => p.entityKey === visitor));
    if (!base) continue;
    const clause = clauseAround(doc, k);
    const host = candidatesIn(doc, k + 1, clause.end, ['PERSON']).find((c) => c.entity.key !== visitor);
    if (!host) continue;
    const pair = new Set([visitor, host.entity.key]);
    // (a meeting of the two told elsewhere is the same one, unless this reception is inferred from a
    // guest word: then only the story around it counts, not "وكان X قد زار …" told later)
    const near = (e: EventRecord) => !byWord || Math.abs(e.sentence - sentence) <= 1;
    if (doc.events.some((e) => e.kind === 'MEETING' && near(e) && e.participants.length === 2 && e.participants.every((p) => pair.has(p.entityKey)))) continue;
    doc.events.push({
      ...base,
      sentence,
      date: null,
      datePrecision: null,
      status: 'OCCURRED',
      locationKey: visit?.locationKey ?? null,
      kind: 'MEETING',
      triggerStart: k,
      triggerEnd: k + 1,
      clauseStart: clause.start,
      clauseEnd: clause.end,
      verbal: false,
      participants: [{ entityKey: host.entity.key, role: 'HOST' }, { entityKey: visitor, role: 'GUEST' }],
    });
  }
}

const HONORIFIC_PRONOUNS = new Set(triggerData.honorificPronouns.map(foldName));
const WAW_NOUNS = new Set(triggerData.wawNouns.map(foldName));

/** "في استقبال جلالته", "في استقبال الضيف": a reception whose guest is named by a guest word or an honorific pronoun. */
function receivedGuestWord(doc: Doc, k: number): boolean {
  if (doc.tokens[k]!.norm !== 'استقبال' || doc.tokens[k - 1]?.norm !== 'في') return false;
  const next = doc.tokens[k + 1];
  return next !== undefined && (HONORIFIC_PRONOUNS.has(next.norm) || next.analyses.some((a) => GUEST_WORDS.has(a.stem) && a.clitics === ''));
}

/** The visitor of the latest visit told before token i. */
function latestVisitor(doc: Doc, i: number): string | null {
  return latestVisitors(doc, i)[0] ?? null;
}

const ATTENDANCE_CUES = new Set(triggerData.attendanceCues.map(foldName));
const ATTENDANCE_VERBS = new Set(triggerData.attendanceVerbs.map(foldName));
const MEETING_NOUNS = new Set(triggerData.meetingNouns.map(foldName));

/**
 * "وحضر اللقاء X", "شارك في الاجتماع X": the persons who attended the meeting told just before take part
 * in it (the reports count attendees as participants, so they have met everyone there).
 */
function addAttendees(doc: Doc, covered: (MentionRecord | undefined)[]): void {
  for (let i = 0; i + 1 < doc.tokens.length; i++) {
    if (covered[i] || !doc.tokens[i]!.analyses.some((a) => (a.clitics === '' || a.clitics === 'و') && ATTENDANCE_VERBS.has(a.stem))) continue;
    let noun = i + 1;
    if (doc.tokens[noun]?.norm === 'في') noun++;
    const nounToken = doc.tokens[noun];
    if (!nounToken || nounToken.sentence !== doc.tokens[i]!.sentence || !MEETING_NOUNS.has(nounToken.norm)) continue;
    // "حضر اللقاء" often closes the report: the latest meeting told before it, however far back; the noun
    // ("اللقاء") names that meeting again, so it is no meeting of its own
    const meeting = [...doc.events].reverse().find((e) => e.kind === 'MEETING' && e.triggerStart < i);
    if (!meeting) continue;
    doc.events = doc.events.filter((e) => !(e.kind === 'MEETING' && e !== meeting && e.triggerStart === noun));
    // the attendees run on over commas: "وحضر اللقاء X، وY، ومن الجانب الأمريكي Z"
    const sentence = sentenceAround(doc, noun);
    for (const c of candidatesIn(doc, noun + 1, sentence.end, ['PERSON'])) {
      if (!meeting.participants.some((p) => p.entityKey === c.entity.key)) meeting.participants.push({ entityKey: c.entity.key, role: 'PARTICIPANT' });
    }
  }
}

/**
 * When a definite meeting noun's clause names nobody but attendees ("بحضور X وY"), they join the latest
 * meeting told in an earlier sentence, which gets the place if it had none. False when that does not apply.
 */
function joinAttendees(
  doc: Doc,
  covered: (MentionRecord | undefined)[],
  event: Pick<EventRecord, 'sentence'>,
  clause: { start: number; end: number },
  participants: ParticipantRecord[],
): boolean {
  const cue = attendanceCueIndex(doc, clause);
  if (cue >= clause.end || candidatesIn(doc, clause.start, cue, ['PERSON']).length > 0) return false;
  const earlier = [...doc.events].reverse().find((e) => e.kind === 'MEETING' && e.sentence < event.sentence);
  if (!earlier) return false;
  for (const p of participants) {
    if (!earlier.participants.some((q) => q.entityKey === p.entityKey)) earlier.participants.push({ entityKey: p.entityKey, role: 'PARTICIPANT' });
  }
  earlier.locationKey ??= placeOf(doc, covered, clause);
  return true;
}

function attendanceCueIndex(doc: Doc, clause: { start: number; end: number }): number {
  for (let j = clause.start; j < clause.end; j++) if (isAttendanceCue(doc, j)) return j;
  return clause.end;
}

const PRONOUN_ATTENDANCE = new Set(['بحضوره', 'بحضورها', 'وبحضوره', 'وبحضورها']);

/** "بحضوره" after the trigger, in its clause: attended by the person a pronoun names. */
function attendedByPronoun(doc: Doc, i: number, clause: { start: number; end: number }): boolean {
  for (let j = i + 1; j < clause.end; j++) if (PRONOUN_ATTENDANCE.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** "بحضور X", "وبمشاركة X", and "في حضور X" written with the preposition apart. */
function isAttendanceCue(doc: Doc, j: number): boolean {
  const t = doc.tokens[j]!;
  if (t.analyses.some((a) => ATTENDANCE_CUES.has(a.stem))) return true;
  return t.norm === 'حضور' && /^و?في$/u.test(doc.tokens[j - 1]?.norm ?? '');
}

/**
 * "استقبل X Y. وتبادل سموه والضيف الأحاديث …، بحضور Z وW": attendees named in a sentence that reports no
 * meeting of its own were at the meeting told in the sentence before.
 */
function addSentenceAttendees(doc: Doc): void {
  const TOLD = new Set<EventRecord['kind']>(['MEETING', 'CALL', 'PRESS_CONFERENCE']);
  for (let k = 0; k < doc.tokens.length; k++) {
    if (!isAttendanceCue(doc, k)) continue;
    const sentence = doc.tokens[k]!.sentence;
    if (doc.events.some((e) => e.sentence === sentence && TOLD.has(e.kind))) continue;
    const meeting = [...doc.events].reverse().find((e) => e.kind === 'MEETING' && e.sentence === sentence - 1);
    if (!meeting) continue;
    for (const c of candidatesIn(doc, k + 1, clauseAround(doc, k).end, ['PERSON'])) {
      if (!meeting.participants.some((p) => p.entityKey === c.entity.key)) meeting.participants.push({ entityKey: c.entity.key, role: 'PARTICIPANT' });
    }
  }
}

const DELEGATION_VERBS = new Set(['ضم', 'يضم', 'تضم']);
const DELEGATION_NOUNS = new Set(['وفد', 'الوفد', 'الوفدين']);

/**
 * "فيما ضم الوفد اللبناني X وY", "رافقه وفد يضم X": the members named of a delegation that was received
 * took part in the meeting told in that sentence or the one before (the reports count them as participants).
 */
function addDelegationMembers(doc: Doc): void {
  for (let k = 0; k < doc.tokens.length; k++) {
    if (!doc.tokens[k]!.analyses.some((a) => /^[وف]?$/u.test(a.clitics) && DELEGATION_VERBS.has(a.stem))) continue;
    const delegation = (j: number) => doc.tokens[j]?.analyses.some((a) => /^و?$/u.test(a.clitics) && DELEGATION_NOUNS.has(a.stem));
    if (!delegation(k + 1) && !delegation(k - 1)) continue;
    const sentence = doc.tokens[k]!.sentence;
    const meeting = [...doc.events].reverse().find((e) => e.kind === 'MEETING' && e.triggerStart < k && e.sentence >= sentence - 1);
    if (!meeting) continue;
    for (const c of candidatesIn(doc, k + 1, clauseAround(doc, k).end, ['PERSON'])) {
      if (!meeting.participants.some((p) => p.entityKey === c.entity.key)) meeting.participants.push({ entityKey: c.entity.key, role: 'PARTICIPANT' });
    }
  }
}

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»' };
/** Quotes around more words than a name are reported speech: what a speaker says is not an event report. */
const MIN_SPEECH_TOKENS = 6;

const quotedIndex = new WeakMap<Doc, boolean[]>();

/** Tokens inside quoted speech (a quotation longer than a name), computed once per document. */
export function quotedSpeech(doc: Doc): boolean[] {
  const cached = quotedIndex.get(doc);
  if (cached && cached.length === doc.tokens.length) return cached;
  const inside: boolean[] = new Array(doc.tokens.length).fill(false);
  quotedIndex.set(doc, inside);
  for (let i = 0; i < doc.tokens.length; i++) {
    const close = QUOTE_PAIRS[doc.tokens[i]!.norm];
    if (!close) continue;
    let j = i + 1;
    while (j < doc.tokens.length && doc.tokens[j]!.sentence === doc.tokens[i]!.sentence && doc.tokens[j]!.norm !== close) j++;
    if (j >= doc.tokens.length || doc.tokens[j]!.norm !== close) continue;
    if (j - i - 1 >= MIN_SPEECH_TOKENS && !reportedFact(doc, i)) inside.fill(true, i + 1, j);
    i = j;
  }
  return inside;
}

/**
 * 'وقال المكتب الإعلامي إن "X استقبل Y …"': a quotation opening on a person and a past-tense event verb,
 * right after إن/أن, quotes an office's report of what happened, not a speaker's words.
 */
function reportedFact(doc: Doc, open: number): boolean {
  if (!COMPLEMENTISERS.has(doc.tokens[open - 1]?.norm ?? '')) return false;
  const person = doc.mentions.find((m) => m.start === open + 1 && entityById(doc, m.entityKey)?.kind === 'PERSON');
  const match = person ? triggers().match(doc.tokens, person.end) : null;
  const def = match?.values[0];
  if (!match || !def?.verbal || def.kind === 'STATEMENT' || match.clitics.includes('س')) return false;
  return !imperfectForms.has(doc.tokens[person!.end]!.analyses.find((a) => a.cliticLength === match.cliticLength)?.stem ?? '');
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
  const quoted = quotedSpeech(doc);
  for (const m of mentionsOfSentence(doc, doc.tokens[from]!.sentence)) {
    // a name may run over a clause-breaking hyphen ("X - Y"): it counts where it starts
    if (m.start < from || m.start >= to || quoted[m.start] || relative.some((r) => m.start >= r.start && m.start < r.end)) continue;
    const entity = entityById(doc, m.entityKey);
    if (!entity || !kinds.includes(entity.kind) || seen.has(entity.key)) continue;
    if (onBehalfOf(doc, m.start) || succeeds(doc, m.start)) continue;
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
  // "X وزير الخارجية اليمني، الذي نقل رسالة من Y": a title in apposition after the name ends it too
  for (const t of doc.titles) {
    const start = doc.tokens[t.start - 1]?.norm === '،' ? t.start - 1 : t.start;
    if (personEnds.has(start)) personEnds.add(t.end);
  }
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

/** "X والوفد المرافق له، الذي وصل": the delegation travels with X, who stays the antecedent. */
const DELEGATION_TAILS = [['والوفد', 'المرافق', 'له'], ['والوفد', 'المرافق', 'لها'], ['والوفد', 'المرافق']];

function relativeAntecedent(doc: Doc, clauseStart: number, start: number): Candidate | null {
  for (let j = start - 1; j >= Math.max(clauseStart, start - 3); j--) {
    if (!doc.tokens[j]!.analyses.some((a) => RELATIVE_PRONOUNS.has(a.stem))) continue;
    let head = j;
    while (head > 0 && (doc.tokens[head - 1]!.norm === '،' || doc.tokens[head - 1]!.norm === ',')) head--;
    const tail = DELEGATION_TAILS.find((t) => t.every((w, k) => doc.tokens[head - t.length + k]?.norm === w));
    if (tail) head -= tail.length;
    const m = mentionsOfSentence(doc, doc.tokens[j]!.sentence).find((x) => x.end === head && entityById(doc, x.entityKey)?.kind === 'PERSON');
    if (m) return { mention: m, entity: entityById(doc, m.entityKey)!, prepositional: false };
  }
  return null;
}

function findParticipants(
  doc: Doc,
  covered: (MentionRecord | undefined)[],
  def: TriggerDef,
  start: number,
  end: number,
  clause: { start: number; end: number },
): ParticipantRecord[] {
  // "يزور رام الله للقاء X": the person met is not the traveller
  const purpose = def.kind === 'VISIT' ? purposeAfter(doc, covered, end, clause.end) : clause.end;
  const after = candidatesIn(doc, end, Math.min(purpose, coordinatedVerb(doc, covered, end, clause.end)), ['PERSON']);
  const before = candidatesIn(doc, clause.start, start, ['PERSON']);
  const ordered: Candidate[] = [];
  // "X، الذي يزور الأردن": in a relative clause on a person, that person is the subject
  const antecedent = relativeAntecedent(doc, clause.start, start);
  if (antecedent) ordered.push(antecedent);
  if (def.verbal) {
    // "وكان X قد استقبل Y": the subject stands before the verb, after كان
    const preverbal = before.length > 0 && !before[before.length - 1]!.prepositional && onlyParticlesBetween(doc, before[before.length - 1]!.mention.end, start) ? before[before.length - 1] : undefined;
    // "أن X كان يتولى … في إدارة الرئيس Y، وزار البلاد": a verb joined by "، و" shares the clause's first subject
    const joinedVerb = /^[،,]$/u.test(doc.tokens[start - 1]?.norm ?? '') && doc.tokens[start]!.analyses.some((a) => a.clitics === 'و');
    const fallback = (joinedVerb ? before.find((c) => !c.prepositional) : undefined) ?? before[before.length - 1];
    const subject = ordered[0] ? undefined : preverbal ?? after.find((c) => !c.prepositional) ?? fallback;
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
  let people = [...new Set(ordered.map((c) => c.entity))];
  // "استقبله X", "التقاه X": the object pronoun is the person the sentence is about
  // ("استقبله X، في حضور Y وZ": the attendees after the subject do not take the pronoun's place)
  if (def.verbal && people.length >= 1 && hasObjectPronoun(doc, def, start, end)) {
    const sentence = sentenceAround(doc, start);
    const topic = candidatesIn(doc, sentence.start, start, ['PERSON']).find((c) => !c.prepositional && c.entity !== people[0]);
    if (topic && !people.includes(topic.entity)) people = [people[0]!, topic.entity, ...people.slice(1)];
  }
  // "كما أجرى سموه اتصالاً مع X", "وكان جلالته قد استقبل X": the honoured person the story is about
  const needed = def.kind === 'STATEMENT' || def.kind === 'VISIT' ? 1 : 2;
  const honorific = honorificPronounIn(doc, def.verbal ? clause : { start: clause.start, end: start });
  if (people.length < needed && honorific) {
    const protagonist = honouredPerson(doc, honorific) ?? storyProtagonist(doc);
    if (protagonist && !people.includes(protagonist)) people = [protagonist, ...people];
  }
  // no overt subject (pro-drop: "وينوي أن يلتقي X", "وكذلك التوجه إلى"): the person the sentence is about
  // "حيث عقد ونظيره X جلسة مباحثات": "ونظيره" right after the verb joins the verb's unwritten subject
  const joined = joinedToUnwrittenSubject(doc, def, start, end, clause.start);
  if ((people.length < needed && (def.verbal || def.kind === 'VISIT')) || joined) {
    const sentence = sentenceAround(doc, start);
    let earlier = candidatesIn(doc, sentence.start, clause.start, ['PERSON']).filter((c) => !people.includes(c.entity));
    // "وأوضح X أن Y سيعقد …، كما سيلتقي Z": in reported speech the topic is the reported clause's subject, not the speaker
    const complementiser = lastComplementiser(doc, sentence.start, clause.start);
    if (complementiser >= 0 && earlier.some((c) => c.mention.start > complementiser)) earlier = earlier.filter((c) => c.mention.start > complementiser);
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

/** Offices named with their holder's pronoun: نائبه، مساعده، مستشاره، نظيره. */
const PRONOUN_OFFICES = new Set(['نائبه', 'نائبها', 'مساعده', 'مساعدها', 'مستشاره', 'مستشارها', 'نظيره', 'نظيرته', 'نظيرها', 'نظيرتها'].map(foldName));

/** "ونظيره", "ونظيرته": a counterpart whose pronoun stands for the subject the verb leaves unwritten. */
const JOINED_COUNTERPARTS = new Set(['نظيره', 'نظيرته', 'نظيرها', 'نظيرتها'].map(foldName));

/** The verb (or the light verb carrying the event noun) is followed right away by "ونظيره". */
function joinedToUnwrittenSubject(doc: Doc, def: TriggerDef, start: number, end: number, clauseStart: number): boolean {
  const joinedAt = (k: number) => doc.tokens[k]?.analyses.some((a) => a.clitics === 'و' && JOINED_COUNTERPARTS.has(a.stem)) ?? false;
  if (def.verbal) return joinedAt(end);
  for (let j = start - 1; j >= Math.max(clauseStart, start - LIGHT_VERB_WINDOW); j--) {
    if (doc.tokens[j]!.analyses.some((a) => LIGHT_VERB_FORMS.has(a.stem))) return joinedAt(j + 1);
  }
  return false;
}

/** An honorific with a pronoun (سموه، جلالته، فخامته) standing for a person in the clause: its stem, or null. */
function honorificPronounIn(doc: Doc, clause: { start: number; end: number }): string | null {
  for (let j = clause.start; j < clause.end; j++) {
    const a = doc.tokens[j]!.analyses.find((x) => HONORIFIC_PRONOUNS.has(x.stem));
    if (a) return a.stem;
  }
  return null;
}

/** The offices each honorific is used for: جلالته a king, فخامته a president, سموه a prince, emir or sheikh, … */
const HONORIFIC_OFFICES: Record<string, RegExp> = {
  [foldName('جلالته')]: /^(king|sultan)$/,
  [foldName('جلالتها')]: /^(king|sultan)$/,
  [foldName('فخامته')]: /^(president|vice-president)$/,
  [foldName('سيادته')]: /^(president|vice-president)$/,
  [foldName('سموه')]: /^(crown-prince|emir|ruler|prince|deputy-prime-minister|prime-minister|foreign-minister|defense-minister)$/,
  [foldName('دولته')]: /^prime-minister$/,
  [foldName('معاليه')]: /minister|secretary/,
};

/** The one person of the article holding an office the honorific is used for ("جلالته" → the king). */
function honouredPerson(doc: Doc, honorific: string): EntityRecord | null {
  const offices = HONORIFIC_OFFICES[honorific];
  if (!offices) return null;
  const holders = new Set(doc.roles.filter((r) => offices.test(r.titleKey)).map((r) => r.personKey));
  return holders.size === 1 ? entityById(doc, [...holders][0]!) ?? null : null;
}

/** The person the story is about: the first person of the first event told, or failing that the first person named. */
function storyProtagonist(doc: Doc): EntityRecord | null {
  const first = doc.events.find((e) => e.participants.length > 0);
  const key = first?.participants.find((p) => entityById(doc, p.entityKey)?.kind === 'PERSON')?.entityKey;
  if (key) return entityById(doc, key) ?? null;
  const mention = [...doc.mentions].sort((a, b) => a.start - b.start).find((m) => entityById(doc, m.entityKey)?.kind === 'PERSON');
  return mention ? entityById(doc, mention.entityKey) ?? null : null;
}

/** Countries a national report calls by their kind of state: "وصل إلى المملكة" (Saudi Arabia, Jordan…), "السلطنة" (Oman). */
const STATE_NOUN_COUNTRIES: Record<string, readonly string[]> = { مملكه: ['SA', 'JO', 'BH', 'MA'], سلطنه: ['OM'] };

/**
 * "البلاد", "المملكة", "السلطنة" (with the article, after إلى or as للبلاد): the country the report is written
 * in. Returns the bare noun (بلاد، مملكه، سلطنه), or null.
 */
function homeCountryWord(token: Doc['tokens'][number]): string | null {
  for (const a of token.analyses) {
    const definite = a.stem.startsWith('ال') ? a.stem.slice(2) : /(ال|لل)$/u.test(a.clitics) ? a.stem : null;
    if (definite === 'بلاد' || (definite !== null && definite in STATE_NOUN_COUNTRIES)) return definite;
  }
  return null;
}

/** "أن", "إن", "بأن" opening reported speech: the last one in [from, to), or -1. */
const COMPLEMENTISERS = new Set(['ان', 'بان']);
function lastComplementiser(doc: Doc, from: number, to: number): number {
  for (let k = to - 1; k >= from; k--) if (COMPLEMENTISERS.has(doc.tokens[k]!.norm)) return k;
  return -1;
}

/**
 * A place one visits: a country, a city, a territory; not a region, nor a landmark or facility where the
 * visitor lands or is received ("لدى وصوله إلى مطار الملك خالد الدولي"): the visit is to its city.
 */
function isVisitableLocation(entity: EntityRecord | undefined): boolean {
  if (!entity || entity.kind !== 'LOCATION') return false;
  const subtype = entity.lexiconId ? getLexicon().entries.get(entity.lexiconId)?.subtype : undefined;
  return subtype !== 'region' && subtype !== 'landmark' && !(entity.lexiconId === null && isFacilityName(entity.nameAr));
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
  departs = false,
): EntityRecord[] {
  const found: EntityRecord[] = [];
  let introduced = takesObject;
  const dateAt = new Set<number>();
  for (const d of doc.dates) for (let k = d.start; k < d.end; k++) dateAt.add(k);
  // the subject, its titles and dates between the verb and the destination do not count towards the scan
  let scanned = 0;
  for (let j = end; j < clause.end && scanned < MAX_DESTINATION_SCAN; ) {
    const m = covered[j];
    const token = doc.tokens[j]!;
    if (!m && !dateAt.has(j) && !inTitle(doc, j)) scanned++;
    // (a place inside the subject's title, "رئيس إقليم كوردستان X", is no destination)
    if (m && m.start === j && !inTitle(doc, j)) {
      const entity = entityById(doc, m.entityKey);
      if (entity?.kind === 'LOCATION') {
        const clitics = token.analyses.find((a) => a.cliticLength === m.cliticLength)?.clitics ?? '';
        const coordinated = found.length > 0 && clitics.startsWith('و');
        if (!(introduced || /[لب]/u.test(clitics) || coordinated)) {
          // "غادر عمان إلى القاهرة": the place left is not the destination; the scan goes on
          if (departs && found.length === 0) {
            j = m.end;
            continue;
          }
          break;
        }
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
    // "وصل إلى البلاد": the country of the reporting agency, in the report's own words
    // ("للبلاد" carries its own preposition)
    const homeWord = (introduced || /^[وف]?لل/u.test(token.norm)) && found.length === 0 ? homeCountryWord(token) : null;
    if (homeWord) {
      const home = homeCountry(doc);
      const code = home?.lexiconId ? home.lexiconId.slice('country:'.length) : '';
      // (the state nouns only after a verb of travel: "بزيارة المملكة" names the trip, told elsewhere by its city)
      if (home && isVisitableLocation(home) && (homeWord === 'بلاد' || (verbal && STATE_NOUN_COUNTRIES[homeWord]?.includes(code)))) {
        found.push(home);
        break;
      }
    }
    const place = token.analyses.find((a) => PLACE_NOUNS.has(a.stem));
    if (VISIT_PREPOSITIONS.has(token.norm)) introduced = true;
    else if (place) introduced ||= /[لب]/u.test(place.clitics);
    else if (getLexicon().nisba.match(doc.tokens, j)) {
      j = getLexicon().nisba.match(doc.tokens, j)!.end;
      continue;
    } else if (!DESTINATION_FILLERS.has(token.norm)) break;
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

/** "X ورئيس الحكومة الإسبانية Y": a second person joined to the subject by و, with only a title between. */
function coordinatedSubjects(doc: Doc, subject: string, from: number, clause: { start: number; end: number }): string[] {
  const mentions = candidatesIn(doc, from, clause.end, ['PERSON']);
  const first = mentions.findIndex((c) => c.entity.key === subject);
  if (first < 0) return [];
  const out: string[] = [];
  let end = mentions[first]!.mention.end;
  for (const c of mentions.slice(first + 1)) {
    const joiner = doc.tokens[end];
    if (!joiner || !/^و/u.test(joiner.norm)) break;
    let ok = true;
    for (let j = end; j < c.mention.start; j++) if (!inTitle(doc, j) && doc.tokens[j]!.norm !== '،' && !(j === end && joiner.norm === 'و')) ok = false;
    if (!ok && !(c.mention.start === end && c.mention.cliticLength > 0)) break;
    out.push(c.entity.key);
    end = c.mention.end;
  }
  return out;
}

const COMPANION_CUES = new Set(['يرافقه', 'ترافقه', 'يرافقها', 'ترافقها', 'برفقه', 'بمرافقه']);
/** "يرافقه وزير الخارجية X", "برفقة X": persons travelling with the visitor, within the visit's sentence. */
function companions(doc: Doc, i: number): string[] {
  const { start, end } = sentenceAround(doc, i);
  for (let j = start; j < end; j++) {
    if (!doc.tokens[j]!.analyses.some((a) => COMPANION_CUES.has(a.stem))) continue;
    const clause = clauseAround(doc, j);
    return candidatesIn(doc, j + 1, clause.end, ['PERSON']).slice(0, 2).map((c) => c.entity.key);
  }
  return [];
}

/** The masculine form of a feminine verb: زارت → زار، تزور → يزور. */
function masculine(verb: string): string {
  if (verb.length > 3 && verb.endsWith('ت')) return verb.slice(0, -1);
  return verb.startsWith('ت') ? 'ي' + verb.slice(1) : verb;
}

function inTitle(doc: Doc, j: number): boolean {
  return doc.titles.some((t) => j >= t.start && j < t.end);
}

/** Nouns naming what a meeting discussed ("الأوضاع في غزة"): a place after them is the topic, not the venue. */
const TOPIC_NOUNS = new Set(triggerData.topicNouns.map(foldName));

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
    // "بحثا الأوضاع في غزة": the place is what was discussed, not where the meeting was
    const topic = doc.tokens[j - 1]?.norm === 'في' && (doc.tokens[j - 2]?.analyses.some((a) => TOPIC_NOUNS.has(a.stem)) ?? false);
    if (!inPlace || topic) continue;
    const city = getLexicon().entries.get(entity!.lexiconId ?? '')?.subtype === 'city';
    if (!best || (city && !best.city)) best = { key: entity!.key, city };
  }
  return best?.key ?? null;
}

/** Dual and plural nouns for the two parties of a meeting or call: الجانبان، الزعيمان، الرئيسان… */
const DUAL_PARTIES = new Set(
  ['الجانبان', 'الجانبين', 'الطرفان', 'الطرفين', 'الزعيمان', 'الزعيمين', 'الرئيسان', 'الرئيسين', 'الوزيران', 'الوزيرين', 'القائدان', 'القائدين', 'المسؤولان', 'المسؤولين', 'العاهلان', 'الملكان', 'الاميران'].map(foldName),
);
const JOINT = new Set(['مشترك', 'مشتركا', 'المشترك', 'مشتركه', 'المشتركه'].map(foldName));

function dualSubject(doc: Doc, clause: { start: number; end: number }, start: number, end: number): string | null {
  // "وكان الرئيسان قد بحثا، في اتصال هاتفي": the subject may stand a few words before a noun trigger
  const from = Math.max(clause.start, start - 6);
  const to = Math.min(clause.end, end + 4);
  for (let j = from; j < to; j++) {
    const a = doc.tokens[j]!.analyses.find((x) => DUAL_PARTIES.has(x.stem));
    // "كبار المسؤولين من الجانبين" names delegations, not the two parties as subject
    if (a && doc.tokens[j - 1]?.norm !== 'من' && !/[لب]/u.test(a.clitics)) return a.stem;
  }
  return null;
}

// Offices named together: ministers (not a deputy or assistant minister named beside them), presidents, heads
const MINISTERS = /^(?!deputy|first-deputy|assistant).*(minister|secretary)/u;
const PRESIDENTS = /^president$/u;
const HEADS = /^(president|king|emir|sultan|prime-minister|crown-prince|chancellor|supreme-leader)$/u;
/** "الرئيسان", "الوزيران", "العاهلان": the two persons of the article who hold that office. */
const DUAL_OFFICES: Record<string, RegExp> = {
  الرييسان: PRESIDENTS,
  الرييسين: PRESIDENTS,
  الوزيران: MINISTERS,
  الوزيرين: MINISTERS,
  العاهلان: /^king$/u,
  الملكان: /^king$/u,
  الاميران: /^(emir|crown-prince)$/u,
  // "الزعيمان": the two heads of state or government of the article
  الزعيمان: HEADS,
  الزعيمين: HEADS,
};

function dualHolders(doc: Doc, stem: string, before: number): string[] | null {
  const office = DUAL_OFFICES[stem];
  return office ? holdersBefore(doc, office, before, 2) : null;
}

/** The `count` persons named before token `before` who hold an office of that pattern, or null. */
function holdersBefore(doc: Doc, office: RegExp, before: number, count: number): string[] | null {
  const mentioned = new Set(doc.mentions.filter((m) => m.start < before).map((m) => m.entityKey));
  const holders = [...new Set(doc.roles.filter((r) => office.test(r.titleKey) && mentioned.has(r.personKey)).map((r) => r.personKey))];
  return holders.length === count ? holders : null;
}

/** "الوزراء الثلاثة", "القادة الأربعة": a plural office and its number, for the article's holders of it. */
const PLURAL_OFFICES = new Map<string, RegExp>([
  [foldName('الوزراء'), MINISTERS],
  [foldName('الرؤساء'), PRESIDENTS],
  [foldName('القادة'), HEADS],
  [foldName('الزعماء'), HEADS],
]);
const NUMBER_WORDS = new Map<string, number>(
  [['الثلاثة', 3], ['الثلاث', 3], ['الأربعة', 4], ['الأربع', 4], ['الخمسة', 5]].map(([w, n]) => [foldName(w as string), n as number]),
);

function pluralHolders(doc: Doc, clause: { start: number; end: number }, start: number, end: number): string[] | null {
  for (let j = Math.max(clause.start, start - 6); j + 1 < Math.min(clause.end, end + 4); j++) {
    const office = PLURAL_OFFICES.get(doc.tokens[j]!.norm);
    const count = NUMBER_WORDS.get(doc.tokens[j + 1]!.norm);
    if (office && count) return holdersBefore(doc, office, start, count);
  }
  return null;
}

/** Persons named elsewhere in the trigger's sentence (the speakers at a joint press conference). */
/** Verbs that carry an event noun: أجرى مباحثات، عقد لقاء. */
const LIGHT_VERB_FORMS = new Set(triggerData.lightVerbs.map(foldName));

const LIGHT_VERB_WINDOW = 6;
/** A light verb shortly before the event noun, in its clause: "أجرى مباحثات", "عقد مساء أمس الاثنين جلسة مباحثات". */
function carriedByLightVerb(doc: Doc, i: number, clauseStart: number): boolean {
  for (let j = i - 1; j >= Math.max(clauseStart, i - LIGHT_VERB_WINDOW); j--) {
    if (doc.tokens[j]!.analyses.some((a) => LIGHT_VERB_FORMS.has(a.stem))) return true;
  }
  return false;
}

/**
 * The subject of the verbal event told earlier in the sentence when the light verb carrying the noun at i
 * is joined to it by "، و" with no person of its own, and `only` (the one person found) was that verb's object.
 */
function joinedLightVerbSubject(doc: Doc, i: number, clauseStart: number, only: string): string | null {
  for (let j = i - 1; j >= Math.max(clauseStart, i - LIGHT_VERB_WINDOW); j--) {
    const light = doc.tokens[j]!.analyses.some((a) => a.clitics === 'و' && LIGHT_VERB_FORMS.has(a.stem));
    if (!light) continue;
    if (!/^[،,]$/u.test(doc.tokens[j - 1]?.norm ?? '') || candidatesIn(doc, j, i, ['PERSON']).length > 0) return null;
    const earlier = doc.events.findLast((e) => e.sentence === doc.tokens[i]!.sentence && e.triggerStart < j && e.verbal && e.kind !== 'STATEMENT');
    return earlier && earlier.participants.slice(1).some((p) => p.entityKey === only) ? earlier.participants[0]!.entityKey : null;
  }
  return null;
}

/** Some person is named in token i's sentence before i. */
function sentenceHasPersonBefore(doc: Doc, i: number): boolean {
  return candidatesIn(doc, sentenceAround(doc, i).start, i, ['PERSON']).length > 0;
}

/**
 * The first person of token i's sentence, named before i, when the one participant so far comes after i;
 * when an earlier meeting of the sentence has a subject ("حيث التقى Z، قبل أن يعقد اجتماعا مع W"), that subject.
 */
function sentenceSubject(doc: Doc, i: number, participants: ParticipantRecord[]): string | null {
  const { start } = sentenceAround(doc, i);
  const earlier = [...doc.events].reverse().find((e) => e.sentence === doc.tokens[i]!.sentence && e.triggerStart < i && e.verbal && e.kind === 'MEETING');
  const subject = earlier?.participants[0]?.entityKey;
  if (subject && !participants.some((p) => p.entityKey === subject)) {
    const others = earlier.participants.slice(1).map((p) => p.entityKey);
    if (others.length > 0 && !doc.mentions.some((m) => m.entityKey === subject && m.start >= earlier.triggerEnd && m.end <= i)) {
      // its subject, unless that subject was only named as the object of the earlier verb
      if (!participants.some((p) => others.includes(p.entityKey))) return subject;
    }
  }
  const before = candidatesIn(doc, start, i, ['PERSON']);
  const first = before[0]?.entity.key;
  if (!first || participants.some((p) => p.entityKey === first)) return null;
  const others = participants.filter((p) => entityById(doc, p.entityKey)?.kind === 'PERSON');
  const after = others.every((p) => doc.mentions.some((m) => m.entityKey === p.entityKey && m.start >= i && doc.tokens[m.start]!.sentence === doc.tokens[i]!.sentence));
  return after ? first : null;
}

function sentencePersons(doc: Doc, i: number): string[] {
  const { start, end } = sentenceAround(doc, i);
  return candidatesIn(doc, start, end, ['PERSON']).map((c) => c.entity.key);
}

/** A person as the direct object of a visit verb, within a few words: "زار X", "زارت أمس رئيس المجلس X". */
function personObject(
  doc: Doc,
  covered: (MentionRecord | undefined)[],
  end: number,
  clause: { start: number; end: number },
  subject: string | null,
): EntityRecord | null {
  for (let j = end, words = 0; j < clause.end && words < 3; j++) {
    const m = covered[j];
    if (m && m.start === j) {
      const e = entityById(doc, m.entityKey);
      // VSO: the subject right after the verb is skipped ("زار X أمس Y")
      if (e?.key === subject) {
        j = m.end - 1;
        continue;
      }
      if (e?.kind === 'PERSON' && m.cliticLength === 0 && !PREPOSITIONS.has(doc.tokens[j - 1]?.norm ?? '')) return e;
      return null;
    }
    if (inTitle(doc, j) || doc.dates.some((d) => j >= d.start && j < d.end) || doc.tokens[j]!.kind === 'punct') continue;
    words++;
  }
  return null;
}

function jointTrigger(doc: Doc, start: number, end: number, clause: { start: number; end: number }): boolean {
  for (let j = start; j < Math.min(clause.end, end + 2); j++) if (JOINT.has(doc.tokens[j]!.norm)) return true;
  return false;
}

/** The persons of the latest earlier meeting, call or conference with two or more of them. */
function previousParties(doc: Doc, before: number, sentence: number | null = null): string[] {
  for (let k = doc.events.length - 1; k >= 0; k--) {
    const e = doc.events[k]!;
    if (e.triggerStart >= before || e.kind === 'STATEMENT' || e.kind === 'VISIT') continue;
    if (sentence !== null && e.sentence !== sentence) return [];
    const persons = e.participants.filter((p) => entityById(doc, p.entityKey)?.kind === 'PERSON').map((p) => p.entityKey);
    if (persons.length >= 2) return persons;
  }
  return [];
}

/** A definite event noun (اللقاء، المحادثات، المؤتمر الصحفي) refers back to an event already told. */
function isAnaphoric(doc: Doc, i: number, cliticLength: number): boolean {
  const analysis = doc.tokens[i]!.analyses.find((a) => a.cliticLength === cliticLength) ?? doc.tokens[i]!.analyses[0]!;
  // "الاجتماع المقبل", "القمة القادمة": the next one is a new event, not the one told before
  if (NEXT_WORDS.has(doc.tokens[i + 1]?.norm ?? '')) return false;
  return analysis.stem.startsWith('ال') || /ل$/u.test(analysis.clitics);
}

const NEXT_WORDS = new Set(['المقبل', 'المقبله', 'القادم', 'القادمه']);

/** A verb carrying an object pronoun: استقبله، استقبلها، التقاه، التقاها. */
function hasObjectPronoun(doc: Doc, def: TriggerDef, start: number, end: number): boolean {
  if (end - start !== 1) return false;
  const forms = new Set(def.forms.map(foldName));
  return doc.tokens[start]!.analyses.some((a) => {
    const m = /^(.+?)(هما|هم|ها|ه)$/u.exec(a.stem);
    if (!m) return false;
    const base = m[1]!;
    // التقاه → التقى: the final ى is written ا before a pronoun
    return forms.has(base) || forms.has(base.replace(/ا$/u, 'ي'));
  });
}

/** "خلفاً لـX": X is the one succeeded in office, not present (his title may stand between). */
function succeeds(doc: Doc, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && inTitle(doc, j)) j--;
  return doc.tokens[j]?.norm === 'خلفا';
}

/** "نيابة عن X", "ممثلا عن X": X is represented, not present. */
const ON_BEHALF = new Set(['نيابه', 'بالنيابه', 'ممثلا', 'ممثله', 'نيابتا']);
function onBehalfOf(doc: Doc, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && inTitle(doc, j)) j--;
  return j >= 1 && doc.tokens[j]!.norm === 'عن' && ON_BEHALF.has(doc.tokens[j - 1]!.norm);
}

/** Only the particle قد (and commas) between a preverbal subject and its verb. */
/**
 * "والتقى خلالها X، وسلمه رسالة من Y إلى Z": after a comma, a و-word that is no name, title or
 * nationality starts a coordinated verb with its own objects; the persons after it are not participants.
 */
function coordinatedVerb(doc: Doc, covered: (MentionRecord | undefined)[], from: number, to: number): number {
  const { titles, nisba, functionWords, nameTokens } = getLexicon();
  for (let k = from + 1; k < to; k++) {
    const t = doc.tokens[k]!;
    // "يتلقى اتصالا من X ويطمئن على صحة Y": a present-tense verb joined by و needs no comma (headlines)
    const verb = /^وي[^ا]{2}/u.test(t.norm) && !nameTokens.has(t.norm.slice(1)) && !nameTokens.has(t.norm);
    const comma = doc.tokens[k - 1]!.norm === '،' || doc.tokens[k - 1]!.norm === ',' || verb;
    if (!comma || t.kind !== 'word' || covered[k] || !/^و[^ا]./u.test(t.norm) || /^وال/u.test(t.norm)) continue;
    if (titles.match(doc.tokens, k) || nisba.match(doc.tokens, k) || functionWords.has(t.norm.slice(1))) continue;
    // "، وفد الحكومة برئاسة X": a noun that begins with و is the verb's object, not a second verb
    if (WAW_NOUNS.has(t.norm)) continue;
    // "، ونائبه X": an office named by its holder's pronoun is one more object
    if (t.analyses.some((a) => a.clitics === 'و' && PRONOUN_OFFICES.has(a.stem))) continue;
    return k;
  }
  return to;
}

function onlyParticlesBetween(doc: Doc, from: number, to: number): boolean {
  if (to - from > 2 || to < from) return false;
  for (let j = from; j < to; j++) if (doc.tokens[j]!.norm !== 'قد') return false;
  return true;
}

/** Words that make a meeting of several people one event: قمة ثلاثية، اجتماع مشترك، جماعي. */
const GROUP_WORDS = new Set(['ثلاثي', 'ثلاثيه', 'ثلاثيا', 'رباعي', 'رباعيه', 'مشترك', 'مشتركا', 'مشتركه', 'جماعي', 'جماعيا', 'موسع', 'موسعا', 'موسعه', 'معا', 'سويا']);
function groupMeeting(doc: Doc, clause: { start: number; end: number }): boolean {
  for (let j = clause.start; j < clause.end; j++) {
    if (GROUP_WORDS.has(doc.tokens[j]!.norm)) return true;
  }
  // "بحضور X": the attendees are in the same meeting
  return attendanceCueIndex(doc, clause) < clause.end;
}

const INVITATION = new Set(triggerData.invitationCues.map(foldName));
const INVITATION_WINDOW = 4;
/** "زيارته"، "زيارتها": a visit named with a pronoun of its visitor. */
const POSSESSED_VISITS = new Set(['زيارته', 'زيارتها']);
/**
 * "استقبل X … Y …، بمناسبة زيارته للبلاد": in a reception, "his visit" is the guest's, not the host's;
 * the guest of the reception told earlier in the sentence.
 */
function receivedGuest(doc: Doc, i: number, stem: string): string | null {
  if (!POSSESSED_VISITS.has(stem)) return null;
  const sentence = doc.tokens[i]!.sentence;
  const reception = doc.events.findLast((e) => e.sentence === sentence && e.triggerStart < i && e.kind === 'MEETING' && e.participants.some((p) => p.role === 'HOST'));
  return reception?.participants.find((p) => p.role === 'GUEST' && entityById(doc, p.entityKey)?.kind === 'PERSON')?.entityKey ?? null;
}

/** A visit told as an invitation: the other person of the sentence, named before, is the invitee. */
function invitedVisitor(doc: Doc, i: number, inviter: string | null): string | null {
  const sentence = sentenceAround(doc, i);
  let cue = -1;
  for (let j = Math.max(sentence.start, i - INVITATION_WINDOW); j < i; j++) if (doc.tokens[j]!.analyses.some((a) => INVITATION.has(a.stem))) cue = j;
  if (cue < 0) return null;
  // "رسالة من الرئيس X تتضمن دعوة": the sender, introduced by من, invites; he is not the one invited
  const earlier = candidatesIn(doc, sentence.start, cue, ['PERSON']).filter((c) => c.entity.key !== inviter && !fromSender(doc, c.mention.start));
  return earlier.length > 0 ? earlier[earlier.length - 1]!.entity.key : null;
}

/** Event nouns that, with ل or ب and a person after them, say what a trip is for: للقاء X، بلقاء X. */
const PURPOSE_NOUNS = new Set(['لقاء', 'مقابله']);

/** "للقاء رئيس الوزراء X": an indefinite meeting noun with ل/ب governing the person met (not "للقاء" = to the meeting). */
function isPurposeNoun(doc: Doc, i: number, cliticLength: number, end: number, covered: (MentionRecord | undefined)[]): boolean {
  if (end !== i + 1 || !doc.tokens[i]!.analyses.some((x) => x.cliticLength === cliticLength && /^[و]?[لب]$/u.test(x.clitics) && PURPOSE_NOUNS.has(x.stem))) return false;
  return covered[end] !== undefined || inTitle(doc, end);
}

/**
 * A verb with no subject of its own before it whose persons after it are joined by و ("حيث يلتقي X
 * والرئيس Y"): they are what the verb's unnamed subject meets.
 */
function objectsOnly(doc: Doc, participants: ParticipantRecord[], clause: { start: number; end: number }, start: number, end: number): boolean {
  if (participants.length === 0 || candidatesIn(doc, clause.start, start, ['PERSON']).length > 0) return false;
  const after = candidatesIn(doc, end, clause.end, ['PERSON']).filter((c) => participants.some((p) => p.entityKey === c.entity.key));
  if (after.length !== participants.length) return false;
  if (after.length === 1) return true;
  // every further person is joined by و, its title or name carrying the conjunction
  return after.slice(1).every((c) => {
    const title = doc.titles.find((t) => t.end <= c.mention.start && t.start >= c.mention.start - 6 && c.mention.start - t.end <= 1);
    const first = title ? title.start : c.mention.start;
    return /^و/u.test(doc.tokens[first]!.norm) && doc.tokens[first]!.analyses.some((x) => x.clitics.startsWith('و'));
  });
}

/** The visitor of the latest visit told earlier in the same sentence. */
function travellerBefore(doc: Doc, i: number, sentence: number): string | null {
  return travellersBefore(doc, i, sentence)[0] ?? null;
}

/** The visitors of the latest visit told earlier in the same sentence. */
function travellersBefore(doc: Doc, i: number, sentence: number): string[] {
  for (let k = doc.events.length - 1; k >= 0; k--) {
    const e = doc.events[k]!;
    if (e.sentence !== sentence || e.triggerStart >= i || e.kind !== 'VISIT') continue;
    return e.participants.map((p) => p.entityKey);
  }
  return [];
}

/** "أعقبه", "تلاها": a verb of following on, with the earlier event as its pronoun object. */
const FOLLOW_ON = new Set(['اعقبه', 'اعقبها', 'اعقبته', 'اعقبتها', 'تلاه', 'تلاها', 'تلته', 'تلتها']);
function followsOn(doc: Doc, i: number): boolean {
  return doc.tokens[i - 1]?.analyses.some((a) => FOLLOW_ON.has(a.stem) && /^[وف]?$/u.test(a.clitics)) ?? false;
}

/** Dual meeting verbs (التقيا، يلتقيان، أن يلتقيا): two subjects. */
const DUAL_VERBS = new Set(['التقيا', 'يلتقيان', 'يلتقيا', 'تلتقيا', 'اجتمعا', 'يجتمعان', 'يجتمعا', 'تجتمعا'].map(foldName));

/** The first purpose noun ("للقاء X") in [from, to), or `to`. */
function purposeAfter(doc: Doc, covered: (MentionRecord | undefined)[], from: number, to: number): number {
  for (let k = from; k < to; k++) if (isPurposeNoun(doc, k, 1, k + 1, covered)) return k;
  return to;
}

/** An imperfect verb with no proclitic right after an indefinite content word that is no name, title, date or particle. */
function describesIndefiniteNoun(doc: Doc, covered: (MentionRecord | undefined)[], i: number, clitics: string): boolean {
  if (clitics !== '' || !imperfectForms.has(doc.tokens[i]!.norm)) return false;
  const j = i - 1;
  const prev = doc.tokens[j];
  if (!prev || prev.kind !== 'word' || prev.sentence !== doc.tokens[i]!.sentence || covered[j] || inTitle(doc, j)) return false;
  if (doc.dates.some((d) => j >= d.start && j < d.end) || getLexicon().functionWords.has(prev.norm)) return false;
  // definite (ال), joined by و/ف, or a verb ("يتوقع يلتقي"): not an indefinite noun phrase
  if (/^([وفبلك]{0,2})ال/u.test(prev.norm) || /^[وف]/u.test(prev.norm) || imperfectForms.has(prev.norm) || /^[يت]/u.test(prev.norm)) return false;
  return true;
}

/** A person introduced by من ("رسالة من الرئيس X"), titles between allowed. */
function fromSender(doc: Doc, start: number): boolean {
  let j = start - 1;
  while (j >= 0 && inTitle(doc, j)) j--;
  return doc.tokens[j]?.norm === 'من';
}

/** Meeting nouns in the dual (two meetings), and plurals that say bilateral or separate after them. */
const DUAL_MEETINGS = new Set(['لقاءين', 'لقاءان', 'اجتماعين', 'اجتماعان'].map(foldName));
const PLURAL_MEETINGS = new Set(['لقاءات', 'اجتماعات'].map(foldName));
const SEPARATE_WORDS = new Set(['ثنائيه', 'ثنائيين', 'ثنائيان', 'منفصله', 'منفصلين', 'منفصلان'].map(foldName));

/** "لقاءين ثنائيين", "لقاءات ثنائية", "اجتماعات منفصلة": several meetings, one with each person named. */
function separateMeetings(doc: Doc, i: number, end: number): boolean {
  const next = doc.tokens[end];
  const separate = next !== undefined && SEPARATE_WORDS.has(next.norm);
  return doc.tokens[i]!.analyses.some((a) => DUAL_MEETINGS.has(a.stem) || (separate && PLURAL_MEETINGS.has(a.stem)));
}

/** "كلاً على حدة", "كل على حدة": the sentence says the meetings were held one by one. */
function eachApart(doc: Doc, sentence: number): boolean {
  for (let k = 1; k + 1 < doc.tokens.length; k++) {
    const t = doc.tokens[k]!;
    if (t.sentence !== sentence || t.norm !== 'علي' || doc.tokens[k + 1]!.norm !== 'حده') continue;
    if (/^كل[اه]?$/u.test(doc.tokens[k - 1]!.norm)) return true;
  }
  return false;
}
