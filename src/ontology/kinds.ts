/**
 * The kinds of things the graph knows, declared once as data. Storage enums, GraphQL enums and the
 * NLP pipeline all derive from these lists, so adding a kind is a one-line change here.
 */
export const ENTITY_KINDS = ['PERSON', 'ORGANIZATION', 'LOCATION'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

export const EVENT_KINDS = ['MEETING', 'CALL', 'VISIT', 'PRESS_CONFERENCE', 'SUMMIT', 'STATEMENT'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/** OCCURRED: reported as having happened; PLANNED: announced or expected; NEGATED: reported as not happening. */
export const EVENT_STATUSES = ['OCCURRED', 'PLANNED', 'NEGATED'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const DATE_PRECISIONS = ['DAY', 'WEEK', 'MONTH', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const PARTICIPANT_ROLES = ['HOST', 'GUEST', 'CALLER', 'CALLEE', 'SPEAKER', 'VISITOR', 'PARTICIPANT'] as const;
export type ParticipantRole = (typeof PARTICIPANT_ROLES)[number];

/** Event kinds in which two persons are "met": in person, by phone, or side by side at a press conference. */
export const MEETING_EVENT_KINDS: readonly EventKind[] = ['MEETING', 'CALL', 'PRESS_CONFERENCE', 'SUMMIT'];

/** How a mention was linked to its entity: kept with every mention so that resolution is explainable. */
export const LINK_METHODS = [
  'LEXICON_EXACT',
  'LEXICON_NORMALISED',
  'TITLE_PATTERN',
  // a pattern of the text around a name: a facility noun before it (سد X), a person before "وX Y"
  'NAME_PATTERN',
  'NER',
  'COREFERENCE',
  'FUZZY',
] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];

/**
 * Kinds of edges between two entities, derived from events, roles and co-mentions and kept in the
 * entity_pairs table. MET: a meeting, call, joint press conference or summit reported as having
 * happened; CALLED: a call (a subset of MET); VISITED: person → location of a visit that happened;
 * HOLDS_ROLE_AT: person → the country or organisation of an office; MENTIONED_WITH: named in the same
 * sentence; PLANNED_MEETING: a meeting-kind event announced but not (yet) reported as happened.
 */
export const EDGE_KINDS = ['MET', 'CALLED', 'VISITED', 'HOLDS_ROLE_AT', 'MENTIONED_WITH', 'PLANNED_MEETING'] as const;
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** Edge kinds whose support is events (the others are supported by role statements or co-mentions). */
export const EVENT_EDGE_KINDS: readonly EdgeKind[] = ['MET', 'CALLED', 'VISITED', 'PLANNED_MEETING'];

/** Edge kinds that point from a subject (the person) to an object; the others are symmetric. */
export const DIRECTED_EDGE_KINDS: readonly EdgeKind[] = ['VISITED', 'HOLDS_ROLE_AT'];

/**
 * A sentence naming more entities than this (lists of countries, "read also" rubbish) yields no
 * MENTIONED_WITH edges: co-mention there says nothing, and would add a clique of n² pairs.
 */
export const MAX_ENTITIES_PER_COMENTION_SENTENCE = 6;
