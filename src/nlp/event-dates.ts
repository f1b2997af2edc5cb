import triggerData from './data/triggers.json' with { type: 'json' };
import { sentenceAround } from './clauses.ts';
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
    const datesBySentence = groupBy(doc.dates, (d) => d.sentence);
    const eventsBySentence = groupBy(doc.events, (e) => e.sentence);
    for (const event of doc.events) {
      const sentenceDates = datesBySentence.get(event.sentence) ?? [];
      const sentenceEvents = eventsBySentence.get(event.sentence) ?? [];
      // dates follow the predicate in Arabic; one far before the trigger belongs to something else
      const inClause = sentenceDates.filter(
        (d) => d.start >= Math.max(event.clauseStart, event.triggerStart - DATE_LOOKBACK) && d.end <= event.clauseEnd,
      );
      // a date later in the sentence ("…، حسبما أفادت وسائل إعلام، اليوم الخميس"), unless another event's clause holds it
      const inSentence = sentenceDates.filter(
        (d) =>
          d.start >= event.triggerEnd &&
          !sentenceEvents.some((o) => o !== event && o.clauseStart !== event.clauseStart && d.start >= o.clauseStart && d.end <= o.clauseEnd),
      );
      const expr = nearest(inClause, event) ?? nearest(inSentence, event);
      const resolved = expr ? resolveDate(expr, published, event.status) : null;
      if (resolved) {
        event.date = resolved.date;
        event.datePrecision = resolved.precision;
      } else if (previous?.date && isContinuation(doc, event)) {
        event.date = previous.date;
        event.datePrecision = previous.datePrecision;
      }
      if (event.date) previous = event;
    }
    return doc;
  },
};
