import { InvalidInputError } from '../errors.ts';

/** Every list has a default and a maximum page size; asking for more is an error, not a silent clamp. */
export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

const CURSOR_PREFIX = 'cursor:';

/** Cursors are opaque: base64 of an offset. A cursor we did not issue is refused with BAD_USER_INPUT. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`).toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) throw new InvalidInputError(`Invalid cursor "${cursor}"`);
  return offset;
}

export function toPage(args: PageArgs, maxSize = MAX_PAGE_SIZE, defaultSize = DEFAULT_PAGE_SIZE): Page {
  const first = args.first ?? defaultSize;
  if (!Number.isInteger(first) || first < 0) throw new InvalidInputError('"first" must be a non-negative integer');
  if (first > maxSize) throw new InvalidInputError(`"first" must be at most ${maxSize}`, { max: maxSize });
  const offset = args.after ? decodeCursor(args.after) + 1 : 0;
  return { offset, limit: first };
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a Relay connection from a page of rows fetched with limit + 1 (the extra row tells hasNextPage). */
export function toConnection<T>(rows: T[], page: Page, totalCount: number): Connection<T> {
  const nodes = rows.slice(0, page.limit);
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}

/** Checks an integer argument against its bounds; beyond them is BAD_USER_INPUT naming the cap. */
export function checkBounded(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min) throw new InvalidInputError(`"${name}" must be an integer of at least ${min}`, { min });
  if (value > max) throw new InvalidInputError(`"${name}" must be at most ${max}`, { max });
  return value;
}
