import { and, asc, desc, getTableColumns, gt, inArray, lte, sql } from 'drizzle-orm';
import type { Queryable } from '../storage/database.ts';
import { mentions, type MentionRow } from '../storage/tables.ts';
import type { Page } from './pagination.ts';

export interface PageOf<T> {
  rows: T[];
  total: number;
}

/**
 * One page of mentions for each of many parents (entities or articles) in ONE statement: a window
 * numbers each parent's rows, so nested lists cost the same whatever the number of parents.
 */
export async function mentionPagesBy(
  db: Queryable,
  parent: 'entity' | 'article',
  parentIds: readonly number[],
  page: Page,
): Promise<Map<number, PageOf<MentionRow>>> {
  const parentColumn = parent === 'entity' ? mentions.entityId : mentions.articleId;
  const order = parent === 'entity' ? [desc(mentions.articleId), asc(mentions.start)] : [asc(mentions.start)];
  const numbered = db
    .select({
      ...getTableColumns(mentions),
      rn: sql<number>`row_number() over (partition by ${parentColumn} order by ${sql.join(order, sql`, `)})`.as('rn'),
      total: sql<number>`count(*) over (partition by ${parentColumn})`.as('total'),
    })
    .from(mentions)
    .where(inArray(parentColumn, [...parentIds]))
    .as('numbered');
  const rows =
    parentIds.length === 0
      ? []
      : await db
          .select()
          .from(numbered)
          .where(and(gt(numbered.rn, page.offset), lte(numbered.rn, page.offset + page.limit + 1)))
          .orderBy(asc(numbered.rn));
  const pages = new Map<number, PageOf<MentionRow>>(parentIds.map((id) => [id, { rows: [], total: 0 }]));
  for (const { rn: _rn, total, ...row } of rows) {
    const key = parent === 'entity' ? row.entityId : row.articleId;
    const p = pages.get(key)!;
    p.rows.push(row);
    p.total = Number(total);
  }
  return pages;
}
