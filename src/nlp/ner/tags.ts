/** The BIO tag set of the ANERcorp data: four entity types. */

export const ENTITY_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export type NerTag = 'O' | `B-${EntityType}` | `I-${EntityType}`;

/** Fixed order: the model stores weights in this order, so changing it invalidates saved models. */
export const TAGS: readonly NerTag[] = [
  'O',
  'B-PER',
  'I-PER',
  'B-ORG',
  'I-ORG',
  'B-LOC',
  'I-LOC',
  'B-MISC',
  'I-MISC',
];

const TAG_INDEX = new Map<string, number>(TAGS.map((t, i) => [t, i]));

export function isNerTag(s: string): s is NerTag {
  return TAG_INDEX.has(s);
}

export function tagIndex(tag: NerTag): number {
  return TAG_INDEX.get(tag)!;
}
