import cues from './data/modality.json' with { type: 'json' };
import triggerData from './data/triggers.json' with { type: 'json' };
import type { DateExpression, Doc, EventRecord, Stage } from './doc.ts';
import { foldName } from './normalise.ts';
import { sentenceAround } from './clauses.ts';

/**
 * Whether an event happened, is planned or is denied. NEGATED: a negator (لم، لن، لا…) right before the
 * trigger. PLANNED: the future prefix (سيلتقي), an imperfect after أن (ينوي أن يلتقي), a planning cue
 * before it (من المنتظر، يعتزم، تتوقع), a future time word or date in its clause (المقبل، غدا), or, for a
 * noun, a future-marked verb governing it (سيجري جولة). Otherwise reported as OCCURRED.
 */
const PLANNED_CUES = new Set(cues.plannedCues.map(foldName));
const FUTURE_WORDS = new Set(cues.futureTimeWords.map(foldName));
const NEGATORS = new Set(cues.negators.map(foldName));
const LIGHT_VERBS = new Set(triggerData.lightVerbs.map(foldName));
/** "لا يزال" (still) and "ما زال" are not negations. */
const NOT_NEGATED_AFTER = new Set(['يزال', 'تزال', 'زال', 'يزالون']);
const CUE_WINDOW = 8;
const NEGATION_WINDOW = 2;

function stems(doc: Doc, i: number): string[] {
  return doc.tokens[i]?.analyses.map((a) => a.stem) ?? [];
}

function isNegated(doc: Doc, event: EventRecord): boolean {
  // a verb is negated by the particle right before it; a noun by a negated verb earlier in its clause (لا تشمل … زيارة)
  const from = event.verbal ? Math.max(event.clauseStart, event.triggerStart - NEGATION_WINDOW) : event.clauseStart;
  for (let j = event.triggerStart - 1; j >= from; j--) {
    const t = doc.tokens[j]!;
    if (stems(doc, j).some((s) => NEGATORS.has(s)) && !NOT_NEGATED_AFTER.has(doc.tokens[j + 1]?.norm ?? '')) return true;
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
  if (imperfect && stems(doc, event.triggerStart - 1).some((s) => s === 'ان')) return true;
  for (let j = Math.max(sentenceStart, event.triggerStart - CUE_WINDOW); j < event.triggerStart; j++) {
    if (stems(doc, j).some((s) => PLANNED_CUES.has(s))) return true;
  }
  for (let j = event.clauseStart; j < event.clauseEnd; j++) {
    if (FUTURE_WORDS.has(doc.tokens[j]!.norm)) return true;
  }
  if (doc.dates.some((d) => d.future && d.start >= event.clauseStart && d.end <= event.clauseEnd)) return true;
  if (!event.verbal) {
    // the nearest governing verb before a noun trigger: سيجري جولة، وسيقضي … وكذلك التوجه، يبدأ زيارة
    for (let j = event.triggerStart - 1; j >= sentenceStart; j--) {
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

function isUpcomingWeekday(doc: Doc, d: DateExpression): boolean {
  const published = doc.input.publishedAt;
  if (d.weekday === null || d.direction === 'last' || !published) return false;
  return d.direction === 'next' || new Date(`${published}T00:00:00Z`).getUTCDay() !== d.weekday;
}

export const modalityStage: Stage = {
  name: 'modality',
  needs: ['events', 'dates'],
  adds: ['status'],
  run(doc: Doc): Doc {
    for (const event of doc.events) {
      event.status = isNegated(doc, event) ? 'NEGATED' : isPlanned(doc, event) ? 'PLANNED' : 'OCCURRED';
    }
    return doc;
  },
};
