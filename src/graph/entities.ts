import { and, asc, desc, eq, getTableColumns, inArray, sql, type SQL } from 'drizzle-orm';
import type { EntityKind } from '../ontology/kinds.ts';
import { foldName } from '../nlp/normalise.ts';
import type { Queryable } from '../storage/database.ts';
import { aliases, entities, type EntityRow } from '../storage/tables.ts';
import type { Page } from './pagination.ts';
import { aliasMatch } from './search.ts';

export interface EntityFilter {
  kind?: EntityKind | null;
  /** An Arabic or English name, matched on normalised aliases as search() matches them (see aliasMatch). */
  search?: string | null;
}

/** Lists entities, best name match first when searching, else by name. One statement: rows and total. */
export async function listEntities(db: Queryable, filter: EntityFilter, page: Page) {
  const conditions: SQL[] = [];
  if (filter.kind) conditions.push(eq(entities.kind, filter.kind));
  const q = filter.search ? foldName(filter.search) : '';
  if (q) {
    // The same matching and ranking as search(): the best-scoring alias of each entity.
    const match = aliasMatch(sql`${aliases.normalised}`, q);
    const matches = db
      .select({ entityId: aliases.entityId, score: sql<number>`max(${match.score})`.as('score') })
      .from(aliases)
      .where(match.condition)
      .groupBy(aliases.entityId)
      .as('matches');
    const rows = await db
      .select({ ...getTableColumns(entities), total: sql<number>`count(*) over ()` })
      .from(entities)
      .innerJoin(matches, eq(matches.entityId, entities.id))
      .where(conditions.length ? and(...conditions) : undefined)
      .orderBy(desc(matches.score), asc(entities.id))
      .limit(page.limit + 1)
      .offset(page.offset);
    return withTotal(rows);
  }
  const rows = await db
    .select({ ...getTableColumns(entities), total: sql<number>`count(*) over ()` })
    .from(entities)
    .where(conditions.length ? and(...conditions) : undefined)
    .orderBy(asc(entities.nameEn), asc(entities.id))
    .limit(page.limit + 1)
    .offset(page.offset);
  return withTotal(rows);
}

export async function entitiesByIds(db: Queryable, ids: readonly number[]): Promise<EntityRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(entities).where(inArray(entities.id, [...ids]));
}

export async function aliasesByEntityIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(aliases)
    .where(inArray(aliases.entityId, [...ids]))
    .orderBy(asc(aliases.id));
}

/** Splits the window-function total off the rows; with an offset past the end, the total is unknown from rows. */
export function withTotal<T extends { total: number | string }>(rows: T[]): { rows: Omit<T, 'total'>[]; total: number } {
  const total = rows.length > 0 ? Number(rows[0]!.total) : 0;
  return { rows: rows.map(({ total: _total, ...row }) => row), total };
}

/**
 * The columns of an entities row aliased `alias`, prefixed so that they can share a result row with
 * other columns (a page and the entities it points at, in one statement); read back with entityFromRow.
 */
export function entityColumns(alias: string, prefix: string): SQL {
  const a = alias;
  const p = prefix;
  return sql.raw(`${a}.id AS "${p}id", ${a}.kind AS "${p}kind", ${a}.name_ar AS "${p}name_ar", ${a}.name_en AS "${p}name_en",
    ${a}.name_en_source AS "${p}name_en_source", ${a}.lexicon_id AS "${p}lexicon_id", ${a}.created_at AS "${p}created_at"`);
}

/** The entity of a row selected with entityColumns(…, prefix), or null when the join found none. */
export function entityFromRow(row: Record<string, unknown>, prefix: string): EntityRow | null {
  const id = row[`${prefix}id`];
  if (id === null || id === undefined) return null;
  const createdAt = row[`${prefix}created_at`];
  return {
    id: Number(id),
    kind: row[`${prefix}kind`] as EntityRow['kind'],
    nameAr: row[`${prefix}name_ar`] as string,
    nameEn: row[`${prefix}name_en`] as string,
    nameEnSource: row[`${prefix}name_en_source`] as EntityRow['nameEnSource'],
    lexiconId: (row[`${prefix}lexicon_id`] as string | null) ?? null,
    createdAt: createdAt instanceof Date ? createdAt : new Date(String(createdAt)),
  };
}
