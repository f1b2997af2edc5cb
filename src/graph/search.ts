import { sql, type SQL } from 'drizzle-orm';
import type { EntityKind } from '../ontology/kinds.ts';
import { foldName } from '../nlp/normalise.ts';
import { rawRows, type Queryable } from '../storage/database.ts';
import { FOLD_FROM, FOLD_TO, foldedSql } from '../storage/tables.ts';

export interface EntityMatch {
  entityId: number;
  /** The alias that matched best, as written. */
  alias: string;
  /** 1 exact, 0.95 prefix, 0.9 word prefix, else the trigram word similarity (0..1). */
  score: number;
}

/**
 * How a stored (folded) alias matches a folded query: the one rule for every name lookup in the API.
 * `condition` selects candidates (all served by aliases_normalised_trgm_idx); `score` ranks them:
 * 1 exact, 0.95 prefix, 0.9 word prefix, else the trigram (word) similarity.
 */
export function aliasMatch(alias: SQL, q: string): { condition: SQL; score: SQL<number> } {
  const like = escapeLike(q);
  return {
    condition: sql`(${alias} = ${q} OR ${alias} LIKE ${`${like}%`} OR ${alias} LIKE ${`% ${like}%`}
                    OR ${alias} % ${q} OR ${q} <% ${alias})`,
    score: sql<number>`CASE WHEN ${alias} = ${q} THEN 1
                            WHEN ${alias} LIKE ${`${like}%`} THEN 0.95
                            WHEN ${alias} LIKE ${`% ${like}%`} THEN 0.9
                            ELSE round(greatest(similarity(${alias}, ${q}), word_similarity(${q}, ${alias}))::numeric, 3) END`,
  };
}

/**
 * Entities by an Arabic or English name, tolerant of Arabic spelling variants (aliases are compared in
 * their folded form: hamza seats, alef maqsura, ta marbuta, diacritics) and of typos (pg_trgm: a query
 * whose trigrams are similar to the alias as a whole (%, similarity ≥ 0.3) or to a word run in it
 * (<%, word similarity ≥ 0.6)). Both operators and the prefix LIKEs use aliases_normalised_trgm_idx.
 * One statement: the best alias per entity, ranked.
 */
export async function searchEntities(
  db: Queryable,
  text: string,
  kinds: readonly EntityKind[] | null,
  limit: number,
): Promise<EntityMatch[]> {
  const q = foldName(text);
  if (!q) return [];
  const kindFilter = kinds?.length ? sql`AND e.kind = ANY(${`{${kinds.join(',')}}`}::entity_kind[])` : sql``;
  const match = aliasMatch(sql`al.normalised`, q);
  const rows = await rawRows<{ entity_id: number; alias: string; score: number | string }>(
    db,
    sql`SELECT entity_id, alias, score FROM (
          SELECT DISTINCT ON (al.entity_id) al.entity_id, al.alias, ${match.score} AS score
          FROM aliases al JOIN entities e ON e.id = al.entity_id ${kindFilter}
          WHERE ${match.condition}
          ORDER BY al.entity_id, score DESC, al.id
        ) best
        ORDER BY score DESC, entity_id
        LIMIT ${limit}`,
  );
  return rows.map((r) => ({ entityId: Number(r.entity_id), alias: r.alias, score: Number(r.score) }));
}

/** Folds a query the way foldedSql folds article bodies (see src/storage/tables.ts). */
export function foldForSearch(text: string): string {
  let out = '';
  for (const ch of text) {
    const i = FOLD_FROM.indexOf(ch);
    if (i < 0) out += ch;
    else if (i < FOLD_TO.length) out += FOLD_TO[i];
  }
  return out.toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * Articles whose folded body contains the folded text (so hamza, alef and diacritic variants match),
 * newest first. One statement, answered by the trigram index on the folded body.
 */
export async function searchArticles(db: Queryable, text: string, limit: number): Promise<number[]> {
  const q = foldForSearch(text);
  if (q.length < 2) return [];
  const rows = await rawRows<{ id: number }>(
    db,
    sql`SELECT a.id FROM articles a
        WHERE ${foldedSql(sql`a.body`)} LIKE ${`%${escapeLike(q)}%`}
        ORDER BY a.published_at DESC NULLS LAST, a.id
        LIMIT ${limit}`,
  );
  return rows.map((r) => Number(r.id));
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}
