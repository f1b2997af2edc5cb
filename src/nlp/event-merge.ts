import type { Doc, EventRecord, Stage } from './doc.ts';

/**
 * News repeats itself: a headline, the lead and a later paragraph report the same meeting or visit.
 * Events of one kind and status with the same participants (and, for visits, the same destination) are
 * merged into the first report, which keeps the first date and place that any of them stated.
 */
function participantKey(e: EventRecord): string {
  return e.participants
    .map((p) => p.entityKey)
    .sort()
    .join('+');
}

function sameEvent(a: EventRecord, b: EventRecord): boolean {
  if (a.kind !== b.kind || a.status !== b.status || a.kind === 'STATEMENT') return false;
  if (participantKey(a) !== participantKey(b)) return false;
  if (a.kind === 'VISIT') return a.locationKey === b.locationKey;
  return a.locationKey === null || b.locationKey === null || a.locationKey === b.locationKey;
}

export const eventMergeStage: Stage = {
  name: 'event-merge',
  needs: ['events', 'status', 'eventDates'],
  adds: [],
  run(doc: Doc): Doc {
    const kept: EventRecord[] = [];
    for (const event of doc.events) {
      const same = kept.find((k) => sameEvent(k, event));
      if (!same) {
        kept.push(event);
        continue;
      }
      if (!same.date && event.date) {
        same.date = event.date;
        same.datePrecision = event.datePrecision;
      }
      same.locationKey ??= event.locationKey;
    }
    doc.events = kept;
    return doc;
  },
};
