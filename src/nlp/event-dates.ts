import triggerData from './data/triggers.json' with { type: 'json' };
import { sentenceAround } from './clauses.ts';
import { quotedSpeech } from './events.ts';
import { resolveDate } from './dates.ts';
import type { DateExpression, Doc, EventRecord, Stage } from './doc.ts';
import { foldName } from './normalise.ts';

/**
 * Attaches a date to each event: a date expression in the trigger's clause (an explicit calendar date
 * first, else the nearest), else in its sentence. A sentence that continues a report (وأضاف، وتابع)
 * keeps the date of the event before it. Otherwise the date stays null: the publication date is not
 * assumed.
 */
const DATE_LOOKBACK = 6;
/** How far after the trigger a date coarser than a day may still date the event (tokens). */
const COARSE_DATE_REACH = 10;
const CONTINUATION = new Set(triggerData.continuationVerbs.map(foldName));

function nearest(dates: DateExpression[], event: EventRecord): DateExpression | undefined {
  const calendar = dates.find((d) => d.calendar && d.fixed?.precision === 'DAY');
  if (calendar) return calendar;
  const distance = (d: DateExpression) => Math.min(Math.abs(d.start - event.triggerEnd), Math.abs(event.triggerStart - d.end));
  return [...dates].sort((a, b) => distance(a) - distance(b))[0];
}

function groupBy<T>(items: T[], key: (item: T) => number): Map<number, T[]> {
  const groups = new Map<number, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function isContinuation(doc: Doc, event: EventRecord): boolean {
  const { start, end } = sentenceAround(doc, event.triggerStart);
  for (let i = start; i < end; i++) {
    const t = doc.tokens[i]!;
    if (t.kind === 'word') return t.analyses.some((a) => CONTINUATION.has(a.stem));
  }
  return false;
}

export const eventDatesStage: Stage = {
  name: 'event-dates',
  needs: ['events', 'status', 'dates'],
  adds: ['eventDates'],
  run(doc: Doc): Doc {
    const published = doc.input.publishedAt;
    let previous: EventRecord | null = null;
    const quoted = quotedSpeech(doc);
    // a date inside a quotation dates what the speaker talks about, not the report's event
    // "منذ عام 2008" (since 2008) is a reference point, never the date of the event told
    const since = (d: DateExpression) => doc.tokens[d.start - 1]?.norm === 'منذ' || doc.tokens[d.start]?.norm === 'منذ';
    const datesBySentence = groupBy(doc.dates.filter((d) => !quoted[d.start] && !since(d)), (d) => d.sentence);
    const eventsBySentence = groupBy(doc.events, (e) => e.sentence);
    for (const event of doc.events) {
      const sentenceDates = datesBySentence.get(event.sentence) ?? [];
      const sentenceEvents = eventsBySentence.get(event.sentence) ?? [];
      // "…، قال X إن الانتخابات في 24 ديسمبر": what a speaker says after the event dates something else
      const spoken = (d: DateExpression) => sentenceEvents.some((o) => o.kind === 'STATEMENT' && o !== event && o.triggerStart >= event.triggerEnd && o.triggerStart < d.start);
      // dates follow the predicate in Arabic; one far before the trigger belongs to something else
      const inClause = sentenceDates.filter(
        (d) =>
          d.start >= Math.max(event.clauseStart, event.triggerStart - DATE_LOOKBACK) &&
          d.end <= event.clauseEnd &&
          // a bare year or month deep in the clause qualifies a noun ("معاهدة الصداقة الموقعة عام 2008")
          (d.start - event.triggerEnd <= COARSE_DATE_REACH || resolveDate(d, published, event.status)?.precision === 'DAY'),
      );
      // a day later in the sentence ("…، حسبما أفادت وسائل إعلام، اليوم الخميس"), unless another event's clause
      // holds it; a bare year or month out there dates something else ("المعاهدة الموقعة عام 2008")
      const inSentence = sentenceDates.filter(
        (d) =>
          d.start >= event.triggerEnd &&
          resolveDate(d, published, event.status)?.precision === 'DAY' &&
          !sentenceEvents.some((o) => o !== event && o.clauseStart !== event.clauseStart && d.start >= o.clauseStart && d.end <= o.clauseEnd) &&
          !spoken(d),
      );
      // the sentence's only date, stated before the trigger outside its clause ("يستقبل X، الأحد المقبل، Y الذي يقوم بزيارة")
      // ("…، صباح اليوم الخميس 21 ماي 2015 بمقر الوزارة، جلسة مباحثات": two expressions of one day count as one)
      // (a bare year or month after the trigger qualifies a noun, as in the clause: "الاتفاقية الموقعة عام 2008";
      // a background sentence's one day dates its event too: "وكان قد بدأ جولته يوم الاثنين، حيث استقبله X")
      const onlyOne = onlyDay(sentenceDates, published, event);
      // (but not a day inside the clause of another event of the sentence: "وكان X قد زار حلب، كما تفقد اليوم حمص")
      const othersDay = (d: DateExpression) => sentenceEvents.some((o) => o !== event && o.clauseStart !== event.clauseStart && d.start >= o.clauseStart && d.end <= o.clauseEnd);
      const only = onlyOne && !spoken(onlyOne) && !(isBackground(doc, event) && othersDay(onlyOne)) && (onlyOne.end <= event.triggerStart || resolveDate(onlyOne, published, event.status)?.precision === 'DAY') ? onlyOne : undefined;
      const expr = nearest(inClause, event) ?? nearest(inSentence, event) ?? only;
      const resolved = expr ? resolveDate(expr, published, event.status) : null;
      if (resolved) {
        event.date = resolved.date;
        event.datePrecision = resolved.precision;
      } else if (previous?.date && isContinuation(doc, event)) {
        event.date = previous.date;
        event.datePrecision = previous.datePrecision;
      } else if (opensWithKama(doc, event)) {
        // "وعقد يوم الخميس محادثات مع X، كما أجرى محادثات مع Y": "كما" adds to the event told just before
        // in the sentence, and so shares its day (not the day of an earlier event of the sentence)
        const before = sentenceEvents.filter((o) => o.triggerStart < event.triggerStart && o.kind !== 'STATEMENT').at(-1);
        if (before?.date) {
          event.date = before.date;
          event.datePrecision = before.datePrecision;
        }
      }
      if (event.date) previous = event;
    }
    return doc;
  },
};

const KAMA_REACH = 3;

/** "، كما أجرى محادثات": كما ("as well") just before the trigger, with no punctuation between. */
function opensWithKama(doc: Doc, event: EventRecord): boolean {
  for (let i = event.triggerStart - 1; i >= Math.max(0, event.triggerStart - KAMA_REACH); i--) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word' || t.sentence !== event.sentence) return false;
    if (t.norm === 'كما' || t.norm === 'وكما') return true;
  }
  return false;
}

/** The sentence's one date: its only expression, or several that all name the same day. */
function onlyDay(dates: DateExpression[], published: string | null, event: EventRecord): DateExpression | undefined {
  if (dates.length === 1) return dates[0];
  if (dates.length === 0) return undefined;
  const days = new Set(dates.map((d) => {
    const r = resolveDate(d, published, event.status);
    return r?.precision === 'DAY' ? r.date : null;
  }));
  return days.size === 1 && !days.has(null) ? dates[0] : undefined;
}

/** "وكان X قد …": pluperfect background, an earlier event than the story's. */
const BACKGROUND = new Set(['كان', 'وكان', 'كانت', 'وكانت']);

export function isBackground(doc: Doc, event: EventRecord): boolean {
  const { start } = sentenceAround(doc, event.triggerStart);
  for (let i = start; i < event.triggerStart; i++) {
    const t = doc.tokens[i]!;
    if (t.kind !== 'word') continue;
    // "وكان في استقباله X" is the reception of the story itself: كان with no قد before the event
    if (BACKGROUND.has(t.norm)) return doc.tokens.slice(i + 1, event.triggerStart + 1).some((x) => x.norm === 'قد') || doc.tokens[i + 1]?.norm !== 'في';
  }
  return false;
}

/**
 * An undated event that happened, told after a dated one with the same people, continues that day's
 * story ("أجرى فور وصوله محادثات مع X"، "عقد الزعيمان لقاء"): it takes that date. Sentences with their
 * own date and pluperfect background ("وكان … قد") keep theirs.
 */
export function inheritStoryDates(doc: Doc): void {
  const quoted = quotedSpeech(doc);
  const datesBySentence = groupBy(doc.dates.filter((d) => !quoted[d.start]), (d) => d.sentence);
  const persons = (e: EventRecord) => new Set(e.participants.map((p) => p.entityKey));
  const lead = leadDate(doc, datesBySentence);
  for (let k = 0; k < doc.events.length; k++) {
    const event = doc.events[k]!;
    if (event.date || event.status !== 'OCCURRED' || event.kind === 'STATEMENT') continue;
    // (a bare year after the trigger qualifies a noun and leaves the event undated: "الاتفاقية الموقعة عام 2008")
    // and a date in what a speaker says after it is the speaker's ("…، قال X إن الانتخابات في 24 ديسمبر")
    const spoken = (d: DateExpression) => doc.events.some((o) => o.kind === 'STATEMENT' && o.sentence === event.sentence && o.triggerStart >= event.triggerEnd && o.triggerStart < d.start);
    const own = (datesBySentence.get(event.sentence) ?? []).filter((d) => !spoken(d) && (d.end <= event.triggerStart || resolveDate(d, doc.input.publishedAt, event.status)?.precision === 'DAY'));
    if (own.length > 0 || isBackground(doc, event)) continue;
    const mine = persons(event);
    const earlier = doc.events.slice(0, k).reverse().filter((o) => o.date && o.status === 'OCCURRED' && o.datePrecision === 'DAY' && o.kind !== 'STATEMENT');
    // "وعلى هامش الاجتماع"، "عقب المحادثات": on the sidelines of / after the event just told
    const story = earlier.find((o) => [...persons(o)].some((p) => mine.has(p))) ?? (opensWithFrame(doc, event) ? earlier[0] : undefined);
    if (story) {
      event.date = story.date;
      event.datePrecision = story.datePrecision;
    } else if (lead) {
      // the story's own day, stated in its lead ("…، اليوم الثلاثاء، …"): what the report tells as done happened then
      event.date = lead;
      event.datePrecision = 'DAY';
    }
  }
}

/** Words that set an event in the frame of another: على هامش، عقب، خلال، في ختام، في أعقاب. */
const FRAMES = new Set(['هامش', 'عقب', 'خلال', 'ختام', 'اعقاب', 'اثناء', 'بعد']);
const FRAME_WINDOW = 4;

function opensWithFrame(doc: Doc, event: EventRecord): boolean {
  const { start } = sentenceAround(doc, event.triggerStart);
  for (let i = start; i < Math.min(event.triggerStart, start + FRAME_WINDOW); i++) {
    if (doc.tokens[i]!.analyses.some((a) => FRAMES.has(a.stem))) return true;
  }
  return false;
}

const LEAD_SENTENCES = 4;
const MS_PER_DAY = 86_400_000;
/** The lead's date (first body sentences) when it is the publication day or the day before. */
function leadDate(doc: Doc, datesBySentence: Map<number, DateExpression[]>): string | null {
  const published = doc.input.publishedAt;
  if (!published) return null;
  for (let s = 0; s <= LEAD_SENTENCES; s++) {
    for (const d of datesBySentence.get(s) ?? []) {
      const r = resolveDate(d, published, 'OCCURRED');
      if (!r || r.precision !== 'DAY') continue;
      const gap = (Date.parse(`${published}T00:00:00Z`) - Date.parse(`${r.date}T00:00:00Z`)) / MS_PER_DAY;
      return gap >= 0 && gap <= 1 ? r.date : null;
    }
  }
  return null;
}
