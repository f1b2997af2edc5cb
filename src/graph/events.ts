import { and, asc, eq, getTableColumns, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { EventKind, EventStatus } from '../ontology/kinds.ts';
import type { Queryable } from '../storage/database.ts';
import { articles, eventEvidence, eventParticipants, events, type EventRow } from '../storage/tables.ts';
import type { PageOf } from './mentions.ts';
import type { Page } from './pagination.ts';
import { withTotal } from './entities.ts';

export interface EventFilter {
  kind?: EventKind | null;
  status?: EventStatus | null;
  participantId?: number | null;
  from?: string | null;
  to?: string | null;
}

function eventConditions(f: EventFilter): SQL[] {
  const c: SQL[] = [];
  if (f.kind) c.push(eq(events.kind, f.kind));
  if (f.status) c.push(eq(events.status, f.status));
  if (f.from) c.push(gte(events.date, f.from));
  if (f.to) c.push(lte(events.date, f.to));
  if (f.participantId != null) {
    const pid = f.participantId;
    c.push(
      sql`EXISTS (SELECT 1 FROM ${eventParticipants} WHERE ${eventParticipants.eventId} = ${events.id} AND ${eventParticipants.entityId} = ${pid})`,
    );
  }
  return c;
}

/** Events newest first (undated last), filtered; one statement for the page and its total. */
export async function listEvents(db: Queryable, filter: EventFilter, page: Page) {
  const c = eventConditions(filter);
  const rows = await db
    .select({ ...getTableColumns(events), total: sql<number>`count(*) over ()` })
    .from(events)
    .where(c.length ? and(...c) : undefined)
    .orderBy(sql`${events.date} DESC NULLS LAST`, asc(events.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return withTotal(rows);
}

export async function eventsByIds(db: Queryable, ids: readonly number[]): Promise<EventRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(events).where(inArray(events.id, [...ids]));
}

/** One page of events per participant entity, in one statement (see mentionPagesBy). */
export async function eventPagesByEntity(
  db: Queryable,
  entityIds: readonly number[],
  page: Page,
  filter: Omit<EventFilter, 'participantId'> = {},
): Promise<Map<number, PageOf<EventRow>>> {
  const pages = new Map<number, PageOf<EventRow>>(entityIds.map((id) => [id, { rows: [], total: 0 }]));
  if (entityIds.length === 0) return pages;
  const numbered = db
    .select({
      ...getTableColumns(events),
      parentId: sql<number>`${eventParticipants.entityId}`.as('parent_id'),
      rn: sql<number>`row_number() over (partition by ${eventParticipants.entityId} order by ${events.date} desc nulls last, ${events.id})`.as(
        'rn',
      ),
      total: sql<number>`count(*) over (partition by ${eventParticipants.entityId})`.as('total'),
    })
    .from(eventParticipants)
    .innerJoin(events, eq(events.id, eventParticipants.eventId))
    .where(and(inArray(eventParticipants.entityId, [...entityIds]), ...eventConditions(filter)))
    .as('numbered');
  const rows = await db
    .select()
    .from(numbered)
    .where(and(gt(numbered.rn, page.offset), lte(numbered.rn, page.offset + page.limit + 1)))
    .orderBy(asc(numbered.rn));
  for (const { rn: _rn, total, parentId, ...row } of rows) {
    const p = pages.get(Number(parentId))!;
    p.rows.push(row);
    p.total = Number(total);
  }
  return pages;
}

export async function participantsByEventIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(eventParticipants)
    .where(inArray(eventParticipants.eventId, [...ids]))
    .orderBy(asc(eventParticipants.eventId), asc(eventParticipants.entityId));
}

export async function evidenceByEventIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(eventEvidence)
    .where(inArray(eventEvidence.eventId, [...ids]))
    .orderBy(asc(eventEvidence.eventId), asc(eventEvidence.articleId), asc(eventEvidence.start));
}

/** Who reports an article, for counting distinct outlets (see articles.source_key: copies count once). */
export const SOURCE_OF_ARTICLE = sql`${articles.sourceKey}`;

export interface Corroboration {
  eventId: number;
  outletCount: number;
  articleCount: number;
  firstReported: string | null;
  lastReported: string | null;
}

/** How many distinct outlets report each event, and when it was first and last reported. */
export async function corroborationByEventIds(db: Queryable, ids: readonly number[]): Promise<Corroboration[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({
      eventId: eventEvidence.eventId,
      outletCount: sql<number>`count(DISTINCT ${SOURCE_OF_ARTICLE})`,
      articleCount: sql<number>`count(DISTINCT ${articles.id})`,
      firstReported: sql<string | null>`min(${articles.publishedAt})::text`,
      lastReported: sql<string | null>`max(${articles.publishedAt})::text`,
    })
    .from(eventEvidence)
    .innerJoin(articles, eq(articles.id, eventEvidence.articleId))
    .where(inArray(eventEvidence.eventId, [...ids]))
    .groupBy(eventEvidence.eventId);
  return rows.map((r) => ({ ...r, outletCount: Number(r.outletCount), articleCount: Number(r.articleCount) }));
}

