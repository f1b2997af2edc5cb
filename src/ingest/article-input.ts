import { createHash } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { InvalidArticleError } from '../errors.ts';
import { normalise } from '../nlp/normalise.ts';

/** Largest article body we accept, in UTF-8 bytes; news articles are a few KiB, this leaves ample room. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

const isoDate = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}(T.*)?$/, 'must be an ISO date (YYYY-MM-DD)')
  .transform((s) => s.slice(0, 10))
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)), 'is not a real date');

/** An article as the API, the CLI and the seed manifest hand it in. */
export const ArticleInputSchema = z.object({
  title: z.string().trim().max(1000).nullish(),
  body: z
    .string()
    .refine((b) => b.trim().length > 0, 'is empty')
    .refine((b) => Buffer.byteLength(b, 'utf8') <= MAX_ARTICLE_BYTES, `is larger than ${MAX_ARTICLE_BYTES} bytes`)
    .refine((b) => !b.includes('\u0000'), 'contains NUL bytes (binary data?)'),
  language: z
    .string()
    .trim()
    .regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code such as "ar"')
    .nullish(),
  publishedAt: isoDate.nullish(),
  url: z.url().nullish(),
  outlet: z.string().trim().min(1).max(300).nullish(),
});
export type ArticleInput = z.input<typeof ArticleInputSchema>;

export interface ValidArticle {
  title: string | null;
  body: string;
  language: string;
  publishedAt: string | null;
  url: string | null;
  outlet: string | null;
  contentHash: string;
}

/** Validates an article at the edge; the error names every field that is wrong. */
export function validateArticle(input: unknown): ValidArticle {
  const parsed = ArticleInputSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || 'article'} ${i.message}`);
    throw new InvalidArticleError(`Not a valid article: ${problems.join('; ')}`, { problems });
  }
  const a = parsed.data;
  return {
    title: a.title ?? headlineOf(a.body),
    body: a.body,
    language: a.language ?? 'ar',
    publishedAt: a.publishedAt ?? null,
    url: a.url ?? null,
    outlet: a.outlet ?? null,
    contentHash: contentHash(a.body),
  };
}

/**
 * Hash of the text as a reader sees it: orthographic variants and whitespace folded, so a re-ingest of
 * the same article (re-encoded, re-spaced) is recognised as the same one.
 */
export function contentHash(body: string): string {
  const folded = normalise(body).text.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(folded).digest('hex');
}

/** News pages start with their headline on a line of its own; use it when no title was given. */
function headlineOf(body: string): string | null {
  const first = body.trimStart().split('\n', 1)[0]?.trim() ?? '';
  return first.length > 0 && first.length <= 200 && body.trim().includes('\n') ? first : null;
}

/**
 * Reads an article file: .json ({title?, body, …}) or .txt/.md with optional front matter
 * (--- key: value --- at the top). Refuses binary, non-UTF-8 and oversized input.
 */
export function parseArticleFile(fileName: string, bytes: Uint8Array): ValidArticle {
  if (bytes.byteLength === 0) throw new InvalidArticleError(`${fileName}: file is empty`);
  if (bytes.byteLength > MAX_ARTICLE_BYTES * 2) {
    throw new InvalidArticleError(`${fileName}: file is larger than ${MAX_ARTICLE_BYTES * 2} bytes`);
  }
  if (bytes.includes(0)) throw new InvalidArticleError(`${fileName}: binary file (contains NUL bytes)`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new InvalidArticleError(`${fileName}: not valid UTF-8 text`);
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const ext = path.extname(fileName).toLowerCase();
  if (ext === '.json') {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new InvalidArticleError(`${fileName}: malformed JSON (${(e as Error).message})`);
    }
    return withFileContext(fileName, () => validateArticle(json));
  }
  if (ext !== '.txt' && ext !== '.md') {
    throw new InvalidArticleError(`${fileName}: unsupported file type "${ext}" (expected .json, .txt or .md)`);
  }
  const { meta, body } = splitFrontMatter(text);
  return withFileContext(fileName, () => validateArticle({ ...meta, body }));
}

function withFileContext<T>(fileName: string, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (e instanceof InvalidArticleError) throw new InvalidArticleError(`${fileName}: ${e.message}`);
    throw e;
  }
}

const FRONT_MATTER_KEYS: Record<string, keyof ArticleInput> = {
  title: 'title',
  language: 'language',
  lang: 'language',
  publishedat: 'publishedAt',
  published_at: 'publishedAt',
  published: 'publishedAt',
  date: 'publishedAt',
  url: 'url',
  outlet: 'outlet',
  source: 'outlet',
};

/** Front matter is flat `key: value` lines between two `---` lines; unknown keys are ignored. */
export function splitFrontMatter(text: string): { meta: Partial<Record<keyof ArticleInput, string>>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n?/.exec(text);
  if (!match) return { meta: {}, body: text };
  const meta: Partial<Record<keyof ArticleInput, string>> = {};
  for (const line of match[1]!.split('\n')) {
    const kv = /^\s*([A-Za-z_]+)\s*:\s*(.*?)\s*$/.exec(line);
    if (!kv) continue;
    const key = FRONT_MATTER_KEYS[kv[1]!.toLowerCase()];
    const value = kv[2]!.replace(/^(["'])(.*)\1$/, '$2');
    if (key && value !== '' && value !== 'null') meta[key] = value;
  }
  return { meta, body: text.slice(match[0].length) };
}
