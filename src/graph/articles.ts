import { and, asc, getTableColumns, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../storage/database.ts';
import { articles, mentions, outlets, type ArticleRow, type OutletRow } from '../storage/tables.ts';
import { withTotal } from './entities.ts';
import type { Page } from './pagination.ts';

export interface ArticleFilter {
  /** Outlet name, exact. */
  outlet?: string | null;
  from?: string | null;
  to?: string | null;
  /** Only articles that mention this entity. */
  mentionedEntityId?: number | null;
}

/** Articles newest first; one statement for the page and its total. */
export async function listArticles(db: Queryable, filter: ArticleFilter, page: Page) {
  const c: SQL[] = [];
  if (filter.outlet) {
    c.push(sql`${articles.outletId} IN (SELECT ${outlets.id} FROM ${outlets} WHERE ${outlets.name} = ${filter.outlet})`);
  }
  if (filter.from) c.push(gte(articles.publishedAt, filter.from));
  if (filter.to) c.push(lte(articles.publishedAt, filter.to));
  if (filter.mentionedEntityId != null) {
    c.push(
      sql`EXISTS (SELECT 1 FROM ${mentions} WHERE ${mentions.articleId} = ${articles.id} AND ${mentions.entityId} = ${filter.mentionedEntityId})`,
    );
  }
  const rows = await db
    .select({ ...getTableColumns(articles), total: sql<number>`count(*) over ()` })
    .from(articles)
    .where(c.length ? and(...c) : undefined)
    .orderBy(sql`${articles.publishedAt} DESC NULLS LAST`, asc(articles.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return withTotal(rows);
}

export async function articlesByIds(db: Queryable, ids: readonly number[]): Promise<ArticleRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(articles).where(inArray(articles.id, [...ids]));
}

export async function outletsByIds(db: Queryable, ids: readonly number[]): Promise<OutletRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(outlets).where(inArray(outlets.id, [...ids]));
}

