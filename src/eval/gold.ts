/**
 * The gold annotation format (shared/eval/*.gold.json) and its loader.
 *
 * Validation is strict about what the scorer relies on (types, dates, tuple shapes) so that an
 * annotation slip fails loudly with the field's path instead of silently scoring as a miss.
 * It is lenient about what can be left out without ambiguity: a missing list is empty, a missing
 * boilerplate marker, location or date is null, a timestamp in `published` counts by its day, and
 * `about`, `version` and `scored_event_types` take the seeds file's values. Entities and events of a
 * type this project does not extract are left out of scoring with a warning (parseGold's `warnings`),
 * not a failure, so one unexpected annotation never stops a whole evaluation.
 * Unknown extra keys are ignored, so comments or future additive fields do not break old scorers.
 */
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { ENTITY_KINDS, EVENT_KINDS } from '../ontology/kinds.ts';

const isoDay = z.iso.date({ error: 'expected an ISO date YYYY-MM-DD' });
/** A day, or a timestamp whose day counts (2023-11-02T09:30:00+03:00 → 2023-11-02). */
const publishedDay = z.preprocess(
  (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(v) ? v.slice(0, 10) : v),
  isoDay,
);
const list = <T extends z.ZodType>(item: T) => z.array(item).default([]);

/** The event types scored when a file does not say (those of shared/eval/seeds.gold.json). */
export const DEFAULT_SCORED_EVENT_TYPES = ['MEETING', 'CALL', 'VISIT', 'PRESS_CONFERENCE'] as const;

export const goldEntitySchema = z.object({
  type: z.enum(ENTITY_KINDS),
  name_en: z.string().trim().min(1),
  name_ar: z.string().trim().min(1),
  aliases_ar: list(z.string()),
  aliases_en: list(z.string()),
});

export const goldEventSchema = z.object({
  type: z.enum(EVENT_KINDS),
  participants_en: list(z.string().trim().min(1)),
  location_en: z.string().trim().min(1).nullable().default(null),
  /** null: the article does not fix the date. */
  date: isoDay.nullable().default(null),
  /** true for announced or expected events. */
  planned: z.boolean().default(false),
  evidence_ar: z.string().default(''),
});

export const goldArticleSchema = z.object({
  file: z.string().min(1),
  published: publishedDay,
  /** Text from this marker on is boilerplate and holds no gold; null when the article has none. */
  boilerplate_from: z.string().nullable().default(null),
  entities: list(goldEntitySchema),
  /** May be found or not without penalty. */
  optional_entities: list(goldEntitySchema),
  events: list(goldEventSchema),
  /** Unordered pairs of persons (name_en) who met, called or held a joint press conference. */
  met_pairs: list(z.tuple([z.string().min(1), z.string().min(1)])),
  /** [person name_en, role, affiliation name_en | null]; a missing affiliation is null. */
  roles: list(
    z.union([
      z.tuple([z.string().min(1), z.string().min(1), z.string().min(1).nullable()]),
      z.tuple([z.string().min(1), z.string().min(1)]).transform(([p, r]): [string, string, string | null] => [p, r, null]),
    ]),
  ),
});

export const goldFileSchema = z
  .object({
    version: z.literal(1).default(1),
    about: z.string().default(''),
    scored_event_types: z.array(z.enum(EVENT_KINDS)).min(1).default([...DEFAULT_SCORED_EVENT_TYPES]),
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

/** Validates an already parsed JSON value. `source` only labels the error message; `warnings` collects what was left out. */
export function parseGold(json: unknown, source = 'gold file', warnings: string[] = []): GoldFile {
  const result = goldFileSchema.safeParse(withoutUnknownTypes(json, warnings));
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${formatPath(issue.path)}: ${issue.message}`);
  throw new GoldFormatError(`Invalid ${source}:\n${lines.join('\n')}`);
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * A copy of the raw file without entities, events and scored types of a type outside ENTITY_KINDS /
 * EVENT_KINDS (e.g. MISC), each noted in `warnings`. Anything that is not shaped like the format is
 * passed on untouched, for the schema to report.
 */
function withoutUnknownTypes(json: unknown, warnings: string[]): unknown {
  if (!isRecord(json) || !Array.isArray(json.articles)) return json;
  const known = (kinds: readonly string[]) => (v: unknown) => !isRecord(v) || typeof v.type !== 'string' || kinds.includes(v.type);
  const keep = <T>(items: unknown, ok: (v: unknown) => boolean, where: string): T => {
    if (!Array.isArray(items)) return items as T;
    return items.filter((v, i) => {
      if (ok(v)) return true;
      warnings.push(`${where}[${i}]: type "${(v as { type: string }).type}" is not scored here; left out`);
      return false;
    }) as T;
  };
  const out: Record<string, unknown> = { ...json };
  if (Array.isArray(json.scored_event_types)) {
    out.scored_event_types = json.scored_event_types.filter((t, i) => {
      if (typeof t !== 'string' || (EVENT_KINDS as readonly string[]).includes(t)) return true;
      warnings.push(`scored_event_types[${i}]: "${t}" is not an event type of this project; left out`);
      return false;
    });
  }
  out.articles = json.articles.map((a, i) => {
    if (!isRecord(a)) return a;
    const file = typeof a.file === 'string' ? a.file : `articles[${i}]`;
    return {
      ...a,
      entities: keep(a.entities, known(ENTITY_KINDS), `${file}: entities`),
      optional_entities: keep(a.optional_entities, known(ENTITY_KINDS), `${file}: optional_entities`),
      events: keep(a.events, known(EVENT_KINDS), `${file}: events`),
    };
  });
  return out;
}

export async function loadGold(path: string, warnings: string[] = []): Promise<GoldFile> {
  // A byte-order mark (some editors write one) is not JSON.
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new GoldFormatError(`Invalid gold file ${path}: not JSON (${(err as Error).message})`);
  }
  return parseGold(json, `gold file ${path}`, warnings);
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
