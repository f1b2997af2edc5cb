import { and, eq, inArray, lt } from 'drizzle-orm';
import type { Queryable } from '../storage/database.ts';
import {
  aliases,
  entities,
  eventEvidence,
  eventParticipants,
  events,
  mentions,
  roleEvidence,
  roles,
  type EntityRow,
} from '../storage/tables.ts';
import type { ArticlePrediction, PredictedEntity } from './prediction.ts';

const ARABIC = /[\u0600-\u06FF]/;

/**
 * Reads back from the graph what the system holds for one ingested article, as the scorer wants it:
 * the entities mentioned in it, the events and roles it is evidence for. Facts whose evidence starts
 * at or after `cutAt` (the gold file's boilerplate start) are left out, as gold holds none there.
 */
export async function predictionFor(
  db: Queryable,
  file: string,
  articleId: number,
  cutAt = 2 ** 31 - 1,
): Promise<ArticlePrediction> {
  const mentioned = await db
    .selectDistinct({ entityId: mentions.entityId })
    .from(mentions)
    .where(and(eq(mentions.articleId, articleId), lt(mentions.start, cutAt)));

  const eventRows = await db
    .selectDistinct({ event: events })
    .from(eventEvidence)
    .innerJoin(events, eq(events.id, eventEvidence.eventId))
    .where(and(eq(eventEvidence.articleId, articleId), lt(eventEvidence.start, cutAt)));
  const eventIds = eventRows.map((r) => r.event.id);
  const participants = eventIds.length
    ? await db.select().from(eventParticipants).where(inArray(eventParticipants.eventId, eventIds))
    : [];

  const roleRows = await db
    .selectDistinct({ role: roles })
    .from(roleEvidence)
    .innerJoin(roles, eq(roles.id, roleEvidence.roleId))
    .where(and(eq(roleEvidence.articleId, articleId), lt(roleEvidence.start, cutAt)));

  const ids = new Set<number>([
    ...mentioned.map((m) => m.entityId),
    ...participants.map((p) => p.entityId),
    ...eventRows.flatMap((r) => (r.event.locationId === null ? [] : [r.event.locationId])),
    ...roleRows.flatMap((r) => [r.role.personId, ...(r.role.affiliationId === null ? [] : [r.role.affiliationId])]),
  ]);
  const entityById = await loadPredictedEntities(db, [...ids]);
  const entity = (id: number) => entityById.get(id)!;

  return {
    file,
    entities: mentioned.map((m) => entity(m.entityId)),
    events: eventRows.map(({ event }) => ({
      type: event.kind,
      status: event.status,
      date: event.date,
      location: event.locationId === null ? null : entity(event.locationId),
      participants: participants.filter((p) => p.eventId === event.id).map((p) => entity(p.entityId)),
    })),
    roles: roleRows.map(({ role }) => ({
      person: entity(role.personId),
      role: role.title,
      affiliation: role.affiliationId === null ? null : entity(role.affiliationId),
    })),
  };
}

async function loadPredictedEntities(db: Queryable, ids: number[]): Promise<Map<number, PredictedEntity>> {
  if (ids.length === 0) return new Map();
  const rows: EntityRow[] = await db.select().from(entities).where(inArray(entities.id, ids));
  const aliasRows = await db.select().from(aliases).where(inArray(aliases.entityId, ids));
  return new Map(
    rows.map((e) => {
      const own = aliasRows.filter((a) => a.entityId === e.id).map((a) => a.alias);
      return [
        e.id,
        {
          type: e.kind,
          nameEn: e.nameEn,
          nameAr: e.nameAr,
          aliasesAr: own.filter((a) => ARABIC.test(a)),
          aliasesEn: own.filter((a) => !ARABIC.test(a)),
        },
      ];
    }),
  );
}
