import cues from './data/modality.json' with { type: 'json' };
import triggerData from './data/triggers.json' with { type: 'json' };
import type { DateExpression, Doc, EventRecord, Stage } from './doc.ts';
import { foldName } from './normalise.ts';
import { sentenceAround } from './clauses.ts';
import { quotedSpeech } from './events.ts';

/**
 * Whether an event happened, is planned or is denied. NEGATED: a negator (لم، لن، لا…) right before the
 * trigger. PLANNED: the future prefix (سيلتقي), an imperfect after أن (ينوي أن يلتقي), a planning cue
 * before it (من المنتظر، يعتزم، تتوقع), a future time word or date in its clause (المقبل، غدا), or, for a
 * noun, a future-marked verb governing it (سيجري جولة). Otherwise reported as OCCURRED.
 */
const PLANNED_CUES = new Set(cues.plannedCues.map(foldName));
const FUTURE_WORDS = new Set(cues.futureTimeWords.map(foldName));
const NEGATORS = new Set(cues.negators.map(foldName));
const WITHIN = new Set(cues.withinWords.map(foldName));
const WITHIN_UNITS = new Set(cues.withinUnits.map(foldName));
const LATER = new Set(cues.laterWords.map(foldName));
const LIGHT_VERBS = new Set(triggerData.lightVerbs.map(foldName));
/** "لا يزال" (still) and "ما زال" are not negations. */
const NOT_NEGATED_AFTER = new Set(['يزال', 'تزال', 'زال', 'يزالون']);
/** Forms of كان after لم / لن (لم تكن، لن يكون). */
const COPULAS = new Set(['يكن', 'تكن', 'يكون', 'تكون']);
const CUE_WINDOW = 8;
const SEQUENCE = new Set(['قبل', 'بعد', 'منذ', 'ريثما']);
const NEGATION_WINDOW = 2;

function stems(doc: Doc, i: number): string[] {
  return doc.tokens[i]?.analyses.map((a) => a.stem) ?? [];
}

/** Verbs that call an event off or deny it: ألغى زيارته، أرجأ اللقاء، نفى … أن يكون التقى. */
const CANCELLERS = new Set(cues.cancelVerbs.map(foldName));

function isCancelled(doc: Doc, event: EventRecord): boolean {
  for (let j = event.triggerStart - 1; j >= Math.max(event.clauseStart, event.triggerStart - NEGATION_WINDOW - 2); j--) {
    if (stems(doc, j).some((s) => CANCELLERS.has(s))) return true;
  }
  // "ألغى رئيس البرلمان X لقاء كان مقررا مع Y": a noun is the object of the cancel verb of its clause,
  // however long the subject between them
  if (!event.verbal) {
    for (let j = event.triggerStart - 1; j >= event.clauseStart; j--) {
      if (doc.events.some((e) => e !== event && e.triggerStart === j)) break;
      if (doc.tokens[j]!.analyses.some((a) => CANCELLERS.has(a.stem) && /^[وف]?$/u.test(a.clitics))) return true;
    }
  }
  // "نفى … ما تردد عن أن X التقى Y": a denial earlier in the sentence governs the reported meeting
  const sentenceStart = sentenceAround(doc, event.triggerStart).start;
  for (let j = sentenceStart; j < event.triggerStart; j++) {
    if (stems(doc, j).some((s) => DENIALS.has(s))) return true;
  }
  return false;
}
const DENIALS = new Set(cues.denialVerbs.map(foldName));

function isNegated(doc: Doc, event: EventRecord): boolean {
  if (isCancelled(doc, event)) return true;
  // a verb is negated by the particle right before it; a noun by a negated verb earlier in its clause (لا تشمل … زيارة)
  const from = event.verbal ? Math.max(event.clauseStart, event.triggerStart - NEGATION_WINDOW) : event.clauseStart;
  for (let j = event.triggerStart - 1; j >= from; j--) {
    const t = doc.tokens[j]!;
    if (stems(doc, j).some((s) => NEGATORS.has(s)) && !NOT_NEGATED_AFTER.has(doc.tokens[j + 1]?.norm ?? '')) {
      // "لم تكن زيارة X … زيارة عادية": a negated copula with the noun as its subject denies a description of the event, not the event
      if (!event.verbal && COPULAS.has(doc.tokens[j + 1]?.norm ?? '') && j + 2 === event.triggerStart) return false;
      return true;
    }
    if (event.verbal && t.norm !== 'قد' && t.norm !== 'ان') break;
  }
  return false;
}

/** Light verbs are listed as past and ي-imperfect pairs (أجرى/يجري). */
function isImperfect(lightVerb: string): boolean {
  return lightVerb.startsWith('ي');
}

function isPlanned(doc: Doc, event: EventRecord): boolean {
  if (event.futureMarked) return true;
  const trigger = doc.tokens[event.triggerStart]!;
  const sentenceStart = sentenceAround(doc, event.triggerStart).start;
  let imperfect = event.imperfect;
  // "ينوي أن يلتقي" is planned; "قبل أن يعقد" / "بعد أن يصل" tells a sequence of past events
  const afterAn = stems(doc, event.triggerStart - 1).some((s) => s === 'ان');
  if (imperfect && afterAn && !stems(doc, event.triggerStart - 2).some((s) => SEQUENCE.has(s))) return true;
  // "أجرى X وY محادثات، توسعت لاحقا": "later" after a past verb is a later step of the past
  const past = pastGoverned(doc, event, sentenceStart);
  for (let j = Math.max(sentenceStart, event.triggerStart - CUE_WINDOW); j < event.triggerStart; j++) {
    if (stems(doc, j).some((s) => PLANNED_CUES.has(s) && !(past && LATER.has(s)))) return true;
  }
  // a future word or date near the trigger, outside quotations (not "الاستحقاقات المقبلة" at the clause's far end)
  const quoted = quotedSpeech(doc);
  const near = { start: Math.max(event.clauseStart, event.triggerStart - CUE_WINDOW), end: Math.min(event.clauseEnd, event.triggerEnd + CUE_WINDOW) };
  for (let j = near.start; j < near.end; j++) {
    const norm = doc.tokens[j]!.norm;
    if (FUTURE_WORDS.has(norm) && !quoted[j] && !(past && LATER.has(norm))) return true;
    // "يتوجه إلى دمشق خلال أيام": within an indefinite span ahead
    if (stems(doc, j).some((s) => WITHIN.has(s)) && WITHIN_UNITS.has(doc.tokens[j + 1]?.norm ?? '') && !quoted[j]) return true;
  }
  if (doc.dates.some((d) => d.future && !quoted[d.start] && d.start >= near.start && d.end <= near.end)) return true;
  if (!event.verbal) {
    // the nearest governing verb before a noun trigger: سيجري جولة، وسيقضي … وكذلك التوجه، يبدأ زيارة
    for (let j = event.triggerStart - 1; j >= sentenceStart; j--) {
      // "ويغادر الوزير نيامي السبت متوجهاً إلى": a participle shares the tense of the travel verb it follows
      const travel = doc.tokens[j]!.analyses.find((a) => TRAVEL_VERBS.has(a.stem) && /^[وف]?س?$/u.test(a.clitics));
      if (travel) {
        if (travel.clitics.includes('س')) return true;
        imperfect = TRAVEL_VERBS.get(travel.stem)!;
        break;
      }
      const light = doc.tokens[j]!.analyses.find((a) => LIGHT_VERBS.has(a.stem));
      if (!light) continue;
      if (light.clitics.includes('س')) return true;
      imperfect = isImperfect(light.stem);
      break;
    }
  }
  // present tense with a named weekday other than today (يجري … يوم السبت) announces a schedule
  return imperfect && doc.dates.some((d) => d.sentence === trigger.sentence && isUpcomingWeekday(doc, d));
}

const PURPOSE_NOUNS = new Set(['لقاء', 'مقابله']);
/** Verbs of travel (يغادر، توجه…) and their feminine forms, from the visit triggers. */
const TRAVEL_VERBS = new Map<string, boolean>(
  (triggerData.triggers as { kind: string; verbal: boolean; forms: string[] }[])
    .filter((t) => t.kind === 'VISIT' && t.verbal)
    .flatMap((t) => t.forms.map(foldName))
    .flatMap((v): [string, boolean][] => (v.startsWith('ي') ? [[v, true], ['ت' + v.slice(1), true]] : [[v, false], [v + 'ت', false]])),
);
const TODAY_WORDS = new Set(['اليوم', 'امس', 'صباح', 'مساء', 'ظهر', 'عصر', 'فجر', 'ليله']);
/** A meeting noun with ل/ب told as the aim of something else: للقاء X، بلقاء X. */
function isPurpose(doc: Doc, event: EventRecord): boolean {
  return !event.verbal && event.kind === 'MEETING' && doc.tokens[event.triggerStart]!.analyses.some((a) => /^و?[لب]$/u.test(a.clitics) && PURPOSE_NOUNS.has(a.stem));
}

/** "يتوجه X إلى واشنطن، حيث يلتقي Y": a present-tense verb after حيث, telling what happens at the trip's place. */
function isWhereThere(doc: Doc, event: EventRecord): boolean {
  return event.verbal && event.imperfect && stems(doc, event.triggerStart - 1).some((s) => s === 'حيث');
}

/** A past-tense verb trigger, or a noun carried by a past light verb (أجرى محادثات). */
function pastGoverned(doc: Doc, event: EventRecord, sentenceStart: number): boolean {
  if (event.futureMarked) return false;
  if (event.verbal) return !event.imperfect;
  for (let j = event.triggerStart - 1; j >= sentenceStart; j--) {
    const light = doc.tokens[j]!.analyses.find((a) => LIGHT_VERBS.has(a.stem));
    if (light) return !light.clitics.includes('س') && !isImperfect(light.stem);
  }
  return false;
}

/** An imperfect verb after "قبل أن", "بعد أن", "ريثما": a step in a sequence of events. */
function isSequenced(doc: Doc, event: EventRecord): boolean {
  const afterAn = stems(doc, event.triggerStart - 1).some((s) => s === 'ان');
  return event.imperfect && afterAn && stems(doc, event.triggerStart - 2).some((s) => SEQUENCE.has(s));
}

/** A planning cue (من المقرر أن، يعتزم) opens the event's sentence, before the trigger. */
function plannedSentence(doc: Doc, event: EventRecord): boolean {
  for (let j = sentenceAround(doc, event.triggerStart).start; j < event.triggerStart; j++) {
    if (stems(doc, j).some((s) => PLANNED_CUES.has(s) && !LATER.has(s))) return true;
  }
  return false;
}

function isUpcomingWeekday(doc: Doc, d: DateExpression): boolean {
  const published = doc.input.publishedAt;
  if (d.weekday === null || d.direction === 'last' || !published) return false;
  // today's weekday named with a present-tense verb ("ويتوجه الوزير، الأربعاء، إلى") is later today, unless
  // told as today's with اليوم/أمس ("يبحث الرئيس اليوم الأربعاء")
  const lead = doc.tokens[d.start]!.norm;
  return d.direction === 'next' || new Date(`${published}T00:00:00Z`).getUTCDay() !== d.weekday || !TODAY_WORDS.has(lead);
}

export const modalityStage: Stage = {
  name: 'modality',
  needs: ['events', 'dates'],
  adds: ['status'],
  run(doc: Doc): Doc {
    for (const [k, event] of doc.events.entries()) {
      event.status = isNegated(doc, event) ? 'NEGATED' : isPlanned(doc, event) ? 'PLANNED' : 'OCCURRED';
      // "يتوقع أن تلتقي X …، قبل أن تغادر إلى عمان": a step told in sequence with an event of its
      // sentence shares that event's modality (planned with a planned one, done with a done one)
      const previous = doc.events[k - 1];
      if (event.status !== 'NEGATED' && previous && previous.sentence === event.sentence && previous.status !== 'NEGATED' && isSequenced(doc, event)) {
        event.status = previous.status;
      } else if (event.status === 'OCCURRED' && isSequenced(doc, event) && plannedSentence(doc, event)) {
        // "ومن المقرر أن يتشرف X …، قبل أن يغادر إلى Y": the step after a plan with no event of its own is planned too
        event.status = 'PLANNED';
      }
      // "يتوجه X إلى Y للقاء Z"، "يختتم جولته بلقاء Z": what a trip is for shares the trip's modality
      const trip = doc.events.slice(0, k).reverse().find((e) => e.kind === 'VISIT' && e.sentence === event.sentence);
      if (event.status === 'OCCURRED' && trip?.status === 'PLANNED' && (isPurpose(doc, event) || isWhereThere(doc, event))) event.status = 'PLANNED';
    }
    return doc;
  },
};
