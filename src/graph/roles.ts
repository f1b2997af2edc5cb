import { asc, inArray } from 'drizzle-orm';
import type { Queryable } from '../storage/database.ts';
import { roleEvidence, roles } from '../storage/tables.ts';

export async function rolesByPersonIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(roles)
    .where(inArray(roles.personId, [...ids]))
    .orderBy(asc(roles.id));
}

export async function roleEvidenceByRoleIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(roleEvidence)
    .where(inArray(roleEvidence.roleId, [...ids]))
    .orderBy(asc(roleEvidence.articleId), asc(roleEvidence.start));
}

export async function rolesByIds(db: Queryable, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db
    .select()
    .from(roles)
    .where(inArray(roles.id, [...ids]));
}
