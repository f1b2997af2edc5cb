import { firstBodySentence } from './dateline.ts';
import type { Doc, EventRecord, Stage } from './doc.ts';
import { inheritStoryDates, isBackground } from './event-dates.ts';
import { getLexicon } from './lexicon.ts';

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
  // the first line is the headline, even when ".." parts it into sentences ("X يعلن زيارة Y.. وZ يبحث")
  if (sentenceIndex < firstBodySentence(doc)) return true;
  const ownLine = (s.start === 0 || doc.body[s.start - 1] === '\n') && /^\s*(\n|$)/.test(doc.body.slice(s.end));
  return ownLine && !/[.!?؟:»"”]$/.test(text);
}

/** `country` visits the country that `city`, a visit of the same people in the same sentence, lies in. */
function sameTripToCity(doc: Doc, country: EventRecord, city: EventRecord): boolean {
  if (country.kind !== 'VISIT' || city.kind !== 'VISIT' || country.sentence !== city.sentence || country.status !== city.status) return false;
  if (participantKey(country) !== participantKey(city) || !country.locationKey || !city.locationKey) return false;
  const { entries } = getLexicon();
  const countryId = doc.entities.find((e) => e.key === country.locationKey)?.lexiconId;
  const cityId = doc.entities.find((e) => e.key === city.locationKey)?.lexiconId;
  return countryId !== undefined && countryId !== null && cityId !== undefined && cityId !== null && entries.get(cityId)?.country === countryId;
}

function pick<T, K extends keyof T>(from: T, ...keys: K[]): Pick<T, K> {
  const out = {} as Pick<T, K>;
  for (const k of keys) out[k] = from[k];
  return out;
}

/** A headline event told by a noun ("الكرملين يعلن زيارة بوتين إلى طهران"): no tense states its status. */
function tenselessHeadline(doc: Doc, e: EventRecord): boolean {
  return !e.verbal && isHeadline(doc, e.sentence);
}

function sameEvent(doc: Doc, a: EventRecord, b: EventRecord): boolean {
  if (a.kind !== b.kind || a.kind === 'STATEMENT') return false;
  if (a.status !== b.status && !tenselessHeadline(doc, a) && !tenselessHeadline(doc, b)) return false;
  if (participantKey(a) !== participantKey(b)) return false;
  // "وكان الوزيران قد التقيا في بكين في السادس من أبريل": a dated earlier meeting told as background, or
  // one told as background after the story's report ("وكان X قد زار عمان في حزيران الماضي، والتقى Y"), is
  // not the one the story reports
  const earlier = (x: EventRecord, y: EventRecord) => (x.date !== null || x.sentence > y.sentence) && isBackground(doc, x) && !isBackground(doc, y);
  if (earlier(a, b) || earlier(b, a)) return false;
  if (a.kind === 'VISIT') return a.locationKey === b.locationKey;
  // the same people meeting on the same day is one meeting, wherever each report places it
  if (a.date && b.date && a.date === b.date) return true;
  // two days stated apart are two meetings ("التقيا في السادس من أبريل" is not the talks told for today)
  if (a.datePrecision === 'DAY' && b.datePrecision === 'DAY' && a.date !== b.date) return false;
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
      const same = kept.find((k) => sameEvent(doc, k, event));
      mergedInto.set(event, same ?? event);
      if (!same) {
        kept.push(event);
        continue;
      }
      // the body tells what the headline's noun left open: whether it happened, and when
      if (same.status !== event.status && tenselessHeadline(doc, same)) {
        same.status = event.status;
        same.date = event.date ?? same.date;
        same.datePrecision = event.date ? event.datePrecision : same.datePrecision;
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
    // "وصل X إلى العاصمة بغداد في أول زيارة له إلى العراق": one trip, told by its city and by its country
    doc.events = doc.events.filter((v) => !doc.events.some((c) => c !== v && sameTripToCity(doc, v, c)));
    // after merging, so a repeated report's own date wins over a date borrowed from the story
    inheritStoryDates(doc);
    return doc;
  },
};
