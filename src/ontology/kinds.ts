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
  'NER',
  'COREFERENCE',
  'FUZZY',
] as const;
export type LinkMethod = (typeof LINK_METHODS)[number];
