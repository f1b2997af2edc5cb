import { and, asc, eq, getTableColumns, gt, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { EventKind, EventStatus } from '../ontology/kinds.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
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
  if (filter.participantId != null) return listEventsOf(db, filter.participantId, filter, page);
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

/**
 * An entity's events, newest first (undated last): the page is read in the order of
 * event_participants_entity_date_desc_idx (the participant rows carry the event date), so a hub's
 * page costs the page, and the total is a separate count over the same index, in the same statement.
 */
function participantPage(entityId: SQL, filter: Omit<EventFilter, 'participantId'>, limit: number, offset: number) {
  const extra = eventConditions({ kind: filter.kind, status: filter.status });
  const joined = extra.length > 0;
  const where = and(
    sql`ep.entity_id = ${entityId}`,
    filter.from ? sql`ep.date >= ${filter.from}` : undefined,
    filter.to ? sql`ep.date <= ${filter.to}` : undefined,
    ...extra,
  );
  const from = joined ? sql`event_participants ep JOIN ${events} ON ${events.id} = ep.event_id` : sql`event_participants ep`;
  return {
    page: sql`SELECT ep.event_id, ep.date FROM ${from} WHERE ${where} ORDER BY ep.date DESC NULLS LAST, ep.event_id LIMIT ${limit} OFFSET ${offset}`,
    count: sql`SELECT count(*) FROM ${from} WHERE ${where}`,
  };
}

async function listEventsOf(db: Queryable, entityId: number, filter: EventFilter, page: Page) {
  const { page: pageSql, count } = participantPage(sql`${entityId}`, filter, page.limit + 1, page.offset);
  const rows = await rawRows<EventRaw & { total: string | number }>(
    db,
    sql`SELECT ${EVENT_COLUMNS}, (${count}) AS total
        FROM (${pageSql}) pg JOIN events e ON e.id = pg.event_id
        ORDER BY pg.date DESC NULLS LAST, pg.event_id`,
  );
  return { rows: rows.map(eventFromRaw), total: rows.length > 0 ? Number(rows[0]!.total) : 0 };
}

const EVENT_COLUMNS = sql.raw(`e.id, e.kind, e.status, e.date::text AS date, e.date_precision, e.location_id, e.signature, e.created_at`);

/** An events row as raw SQL returns it (snake_case, ids and dates as the driver gives them). */
export interface EventRaw {
  id: number;
  kind: EventRow['kind'];
  status: EventRow['status'];
  date: string | null;
  date_precision: EventRow['datePrecision'];
  location_id: number | null;
  signature: string;
  created_at: Date | string;
}

export function eventFromRaw(r: EventRaw): EventRow {
  return {
    id: Number(r.id),
    kind: r.kind,
    status: r.status,
    date: r.date,
    datePrecision: r.date_precision,
    locationId: r.location_id === null ? null : Number(r.location_id),
    signature: r.signature,
    createdAt: r.created_at instanceof Date ? r.created_at : new Date(r.created_at),
  };
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
  // Per entity, its page from the index (LATERAL), and its count: never a window over a hub's whole list.
  const { page: pageSql, count } = participantPage(sql`x.id`, filter, page.limit + 1, page.offset);
  const rows = await rawRows<EventRaw & { parent_id: number; total: string | number }>(
    db,
    sql`SELECT x.id AS parent_id, ${EVENT_COLUMNS}, (${count}) AS total
        FROM unnest(${`{${entityIds.join(',')}}`}::integer[]) AS x(id)
        CROSS JOIN LATERAL (${pageSql}) pg
        JOIN events e ON e.id = pg.event_id
        ORDER BY x.id, pg.date DESC NULLS LAST, pg.event_id`,
  );
  for (const r of rows) {
    const p = pages.get(Number(r.parent_id))!;
    p.rows.push(eventFromRaw(r));
    p.total = Number(r.total);
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

