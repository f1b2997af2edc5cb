import { eq, inArray, sql } from 'drizzle-orm';
import type { LinkMethod } from '../ontology/kinds.ts';
import { foldName } from '../nlp/normalise.ts';
import type { ExtractedEntity } from '../nlp/types.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import { aliases, entities } from '../storage/tables.ts';

/** How an article's entity was matched to the graph: kept so that every link can be explained. */
export interface Resolution {
  entityId: number;
  created: boolean;
  /** Set when the match was not exact: the mentions then record FUZZY with this score. */
  method: LinkMethod | null;
  score: number;
}

/** Multi-word names this similar (pg_trgm) are taken as the same referent: spelling variants of foreign names. */
export const FUZZY_NAME_THRESHOLD = 0.72;

/**
 * Resolves an article's entities against the graph, in this order: the lexicon id; then an exact
 * normalised alias of the same kind; then, for multi-word names, the most similar alias of the same
 * kind above FUZZY_NAME_THRESHOLD. Whatever is left is created. Runs inside the ingest transaction.
 */
export async function resolveEntities(tx: Queryable, extracted: ExtractedEntity[]): Promise<Map<string, Resolution>> {
  const result = new Map<string, Resolution>();

  const lexiconIds = extracted.map((e) => e.lexiconId).filter((id): id is string => id !== null);
  if (lexiconIds.length > 0) {
    const rows = await tx
      .select({ id: entities.id, lexiconId: entities.lexiconId })
      .from(entities)
      .where(inArray(entities.lexiconId, lexiconIds));
    const byLexicon = new Map(rows.map((r) => [r.lexiconId, r.id]));
    for (const e of extracted) {
      const id = e.lexiconId ? byLexicon.get(e.lexiconId) : undefined;
      if (id !== undefined) result.set(e.key, { entityId: id, created: false, method: null, score: 1 });
    }
  }

  const pending = extracted.filter((e) => !result.has(e.key) && e.lexiconId === null);
  const names = [...new Set(pending.map((e) => foldName(e.nameAr)))];
  if (names.length > 0) {
    const rows = await tx
      .selectDistinct({ id: entities.id, kind: entities.kind, normalised: aliases.normalised })
      .from(aliases)
      .innerJoin(entities, eq(entities.id, aliases.entityId))
      .where(inArray(aliases.normalised, names));
    for (const e of pending) {
      const matches = rows.filter((r) => r.kind === e.kind && r.normalised === foldName(e.nameAr));
      // An ambiguous short name (two stored entities share it) is not linked: a new entity is safer than a wrong merge.
      if (matches.length === 1) result.set(e.key, { entityId: matches[0]!.id, created: false, method: null, score: 1 });
    }
  }

  for (const e of extracted.filter((x) => !result.has(x.key) && x.lexiconId === null)) {
    const name = foldName(e.nameAr);
    if (!name.includes(' ')) continue;
    const [best] = await rawRows<{ id: number; score: number }>(
      tx,
      sql`SELECT e.id, max(similarity(a.normalised, ${name}))::float8 AS score
          FROM aliases a JOIN entities e ON e.id = a.entity_id
          WHERE a.normalised % ${name} AND e.kind = ${e.kind}
          GROUP BY e.id ORDER BY score DESC LIMIT 1`,
    );
    if (best && best.score >= FUZZY_NAME_THRESHOLD) {
      result.set(e.key, { entityId: best.id, created: false, method: 'FUZZY', score: best.score });
    }
  }

  const toCreate = extracted.filter((e) => !result.has(e.key));
  if (toCreate.length > 0) {
    const created = await tx
      .insert(entities)
      .values(
        toCreate.map((e) => ({
          kind: e.kind,
          nameAr: e.nameAr,
          nameEn: e.nameEn,
          nameEnSource: e.nameEnSource,
          lexiconId: e.lexiconId,
        })),
      )
      .returning({ id: entities.id });
    toCreate.forEach((e, i) => result.set(e.key, { entityId: created[i]!.id, created: true, method: null, score: 1 }));
  }

  // Every surface form (and the English name) becomes a searchable alias of the resolved entity.
  const aliasRows = new Map<string, { entityId: number; alias: string; normalised: string }>();
  for (const e of extracted) {
    const entityId = result.get(e.key)!.entityId;
    for (const alias of [e.nameAr, e.nameEn, ...e.aliases]) {
      const normalised = foldName(alias);
      if (normalised) aliasRows.set(`${entityId}|${normalised}`, { entityId, alias, normalised });
    }
  }
  if (aliasRows.size > 0) await tx.insert(aliases).values([...aliasRows.values()]).onConflictDoNothing();
  return result;
}
