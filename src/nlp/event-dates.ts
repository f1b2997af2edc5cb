import triggerData from './data/triggers.json' with { type: 'json' };
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

function isContinuation(doc: Doc, event: EventRecord): boolean {
  const first = doc.tokens.find((t) => t.sentence === event.sentence && t.kind === 'word');
  return first !== undefined && first.analyses.some((a) => CONTINUATION.has(a.stem));
}

export const eventDatesStage: Stage = {
  name: 'event-dates',
  needs: ['events', 'status', 'dates'],
  adds: ['eventDates'],
  run(doc: Doc): Doc {
    const published = doc.input.publishedAt;
    let previous: EventRecord | null = null;
    for (const event of doc.events) {
      // dates follow the predicate in Arabic; one far before the trigger belongs to something else
      const inClause = doc.dates.filter(
        (d) => d.start >= Math.max(event.clauseStart, event.triggerStart - DATE_LOOKBACK) && d.end <= event.clauseEnd,
      );
      // a date later in the sentence ("…، حسبما أفادت وسائل إعلام، اليوم الخميس"), unless another event's clause holds it
      const inSentence = doc.dates.filter(
        (d) =>
          d.sentence === event.sentence &&
          d.start >= event.triggerEnd &&
          !doc.events.some((o) => o !== event && o.clauseStart !== event.clauseStart && d.start >= o.clauseStart && d.end <= o.clauseEnd),
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
