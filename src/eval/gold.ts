/**
 * The gold annotation format (shared/eval/*.gold.json) and its loader.
 *
 * Validation is strict about what the scorer relies on (types, dates, tuple shapes) so that an
 * annotation slip fails loudly with the field's path instead of silently scoring as a miss.
 * Unknown extra keys are ignored, so comments or future additive fields do not break old scorers.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ENTITY_KINDS, EVENT_KINDS } from '../ontology/kinds.ts';

const isoDay = z.iso.date({ error: 'expected an ISO date YYYY-MM-DD' });

export const goldEntitySchema = z.object({
  type: z.enum(ENTITY_KINDS),
  name_en: z.string().trim().min(1),
  name_ar: z.string().trim().min(1),
  aliases_ar: z.array(z.string()),
  aliases_en: z.array(z.string()),
});

export const goldEventSchema = z.object({
  type: z.enum(EVENT_KINDS),
  participants_en: z.array(z.string().trim().min(1)),
  location_en: z.string().trim().min(1).nullable(),
  /** null: the article does not fix the date. */
  date: isoDay.nullable(),
  /** true for announced or expected events. */
  planned: z.boolean(),
  evidence_ar: z.string(),
});

export const goldArticleSchema = z.object({
  file: z.string().min(1),
  published: isoDay,
  /** Text from this marker on is boilerplate and holds no gold; null when the article has none. */
  boilerplate_from: z.string().nullable(),
  entities: z.array(goldEntitySchema),
  /** May be found or not without penalty. */
  optional_entities: z.array(goldEntitySchema),
  events: z.array(goldEventSchema),
  /** Unordered pairs of persons (name_en) who met, called or held a joint press conference. */
  met_pairs: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
  /** [person name_en, role, affiliation name_en | null] */
  roles: z.array(z.tuple([z.string().min(1), z.string().min(1), z.string().min(1).nullable()])),
});

export const goldFileSchema = z
  .object({
    version: z.literal(1),
    about: z.string(),
    scored_event_types: z.array(z.enum(EVENT_KINDS)).min(1),
    articles: z.array(goldArticleSchema),
  })
  .superRefine((gold, ctx) => {
    // Predictions are paired with gold by file name, so a duplicate would make pairing ambiguous.
    const seen = new Set<string>();
    gold.articles.forEach((a, i) => {
      if (seen.has(a.file)) {
        ctx.addIssue({ code: 'custom', path: ['articles', i, 'file'], message: `duplicate file "${a.file}"` });
      }
      seen.add(a.file);
    });
  });

export type GoldEntity = z.infer<typeof goldEntitySchema>;
export type GoldEvent = z.infer<typeof goldEventSchema>;
export type GoldArticle = z.infer<typeof goldArticleSchema>;
export type GoldFile = z.infer<typeof goldFileSchema>;

export class GoldFormatError extends Error {
  override name = 'GoldFormatError';
}

/** `articles[2].events[0].date` style path, so the message names the bad field. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out === '' ? '(root)' : out;
}

/** Validates an already parsed JSON value. `source` only labels the error message. */
export function parseGold(json: unknown, source = 'gold file'): GoldFile {
  const result = goldFileSchema.safeParse(json);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new GoldFormatError(`Invalid ${source}:\n${lines.join('\n')}`);
}

export async function loadGold(path: string): Promise<GoldFile> {
  const text = await readFile(path, 'utf8');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new GoldFormatError(`Invalid gold file ${path}: not JSON (${(err as Error).message})`);
  }
  return parseGold(json, `gold file ${path}`);
}

/**
 * Names used in events, met pairs and roles that no entity or optional entity of the article
 * declares. The format does not forbid them (so parseGold accepts them), but the scorer can then
 * only compare them by their English name, so a caller may want to show these as warnings.
 */
export function goldWarnings(gold: GoldFile): string[] {
  const warnings: string[] = [];
  for (const a of gold.articles) {
    const declared = new Set([...a.entities, ...a.optional_entities].map((e) => e.name_en));
    const check = (name: string, where: string): void => {
      if (!declared.has(name)) warnings.push(`${a.file}: ${where} "${name}" is not a declared entity`);
    };
    a.events.forEach((e, i) => {
      e.participants_en.forEach((p) => check(p, `events[${i}] participant`));
      if (e.location_en !== null) check(e.location_en, `events[${i}] location`);
    });
    a.met_pairs.forEach(([x, y], i) => {
      check(x, `met_pairs[${i}]`);
      check(y, `met_pairs[${i}]`);
    });
    a.roles.forEach(([person, , affiliation], i) => {
      check(person, `roles[${i}] person`);
      if (affiliation !== null) check(affiliation, `roles[${i}] affiliation`);
    });
  }
  return warnings;
}
