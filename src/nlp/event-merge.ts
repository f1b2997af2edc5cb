import { inheritStoryDates } from './event-dates.ts';
import type { Doc, EventRecord, Stage } from './doc.ts';

/**
 * News repeats itself: a headline, the lead and a later paragraph report the same meeting or visit.
 * Events of one kind and status with the same participants (and, for visits, the same destination) are
 * merged into the first report, which keeps the first date and place that any of them stated.
 * An undated event told in the same sentence as a trip ("خلال زيارته لإسرائيل، وينوي أن يلتقي X")
 * happens during that trip: it takes the trip's date and, when it has none, its destination.
 */
function participantKey(e: EventRecord): string {
  return e.participants
    .map((p) => p.entityKey)
    .sort()
    .join('+');
}

/** A headline meeting naming some of the people of the lead's meeting on the same day: the same meeting. */
function headlineSubset(headline: EventRecord, lead: EventRecord): boolean {
  if (headline.kind !== 'MEETING' || lead.kind !== 'MEETING' || headline.sentence !== 0 || lead.sentence === 0) return false;
  if (headline.status !== lead.status || (headline.date && lead.date && headline.date !== lead.date)) return false;
  const keys = new Set(lead.participants.map((p) => p.entityKey));
  return headline.participants.length >= 2 && headline.participants.length < keys.size && headline.participants.every((p) => keys.has(p.entityKey));
}

/** A line of its own with no closing punctuation: a headline or a sub-heading, not a sentence of the report. */
function isHeadline(doc: Doc, sentenceIndex: number): boolean {
  const s = doc.sentences[sentenceIndex];
  if (!s) return false;
  const text = s.text.trim();
  const ownLine = (s.start === 0 || doc.body[s.start - 1] === '\n') && /^\s*(\n|$)/.test(doc.body.slice(s.end));
  return ownLine && !/[.!?؟:»"”]$/.test(text);
}

function pick<T, K extends keyof T>(from: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = from[k];
  return out;
}

function sameEvent(a: EventRecord, b: EventRecord): boolean {
  if (a.kind !== b.kind || a.status !== b.status || a.kind === 'STATEMENT') return false;
  if (participantKey(a) !== participantKey(b)) return false;
  if (a.kind === 'VISIT') return a.locationKey === b.locationKey;
  // the same people meeting on the same day is one meeting, wherever each report places it
  if (a.date && b.date && a.date === b.date) return true;
  return a.locationKey === null || b.locationKey === null || a.locationKey === b.locationKey;
}

export const eventMergeStage: Stage = {
  name: 'event-merge',
  needs: ['events', 'status', 'eventDates'],
  adds: [],
  run(doc: Doc): Doc {
    const kept: EventRecord[] = [];
    const mergedInto = new Map<EventRecord, EventRecord>();
    for (const event of doc.events) {
      const same = kept.find((k) => sameEvent(k, event));
      mergedInto.set(event, same ?? event);
      if (!same) {
        kept.push(event);
        continue;
      }
      if (!same.date && event.date) {
        same.date = event.date;
        same.datePrecision = event.datePrecision;
      }
      // A headline states the event in telegraphic style; the body sentence that tells it is the better evidence.
      if (isHeadline(doc, same.sentence) && !isHeadline(doc, event.sentence)) {
        Object.assign(same, pick(event, 'sentence', 'triggerStart', 'triggerEnd', 'clauseStart', 'clauseEnd', 'verbal'));
        same.locationKey = event.locationKey ?? same.locationKey;
      }
      same.locationKey ??= event.locationKey;
    }
    for (const event of kept) {
      if (event.date || event.kind === 'VISIT' || event.kind === 'STATEMENT') continue;
      const trip = [...mergedInto].find(([o]) => o.kind === 'VISIT' && o.sentence === event.sentence && o.status === event.status)?.[1];
      if (!trip?.date) continue;
      event.date = trip.date;
      event.datePrecision = trip.datePrecision;
      event.locationKey ??= trip.locationKey;
    }
    // the headline's fuller report in the lead replaces it
    doc.events = kept.filter((h) => !kept.some((l) => l !== h && headlineSubset(h, l)));
    // after merging, so a repeated report's own date wins over a date borrowed from the story
    inheritStoryDates(doc);
    return doc;
  },
};
