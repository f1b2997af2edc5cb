import type { EntityType, NerTag } from './tags.ts';

/** An entity as token indices, end exclusive. */
export interface EntitySpan {
  type: EntityType;
  start: number;
  end: number;
}

/**
 * Reads entities off BIO tags the way conlleval does: B-X starts an entity, and so does an
 * "orphan" I-X that follows O or another type; I-X continues an entity of type X.
 */
export function spansFromTags(tags: readonly NerTag[]): EntitySpan[] {
  const spans: EntitySpan[] = [];
  let current: EntitySpan | null = null;
  tags.forEach((tag, i) => {
    if (tag === 'O') {
      current = null;
      return;
    }
    const type = tag.slice(2) as EntityType;
    if (tag.startsWith('I-') && current !== null && current.type === type) {
      current.end = i + 1;
      return;
    }
    current = { type, start: i, end: i + 1 };
    spans.push(current);
  });
  return spans;
}
