import {
  DATE_PRECISIONS,
  EDGE_KINDS,
  ENTITY_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LINK_METHODS,
  PARTICIPANT_ROLES,
} from '../../ontology/kinds.ts';
import { builder } from '../builder.ts';

/** GraphQL enums straight from the ontology, so the API can never drift from what is stored. */
export const EntityKindEnum = builder.enumType('EntityKind', { values: ENTITY_KINDS });
export const EventKindEnum = builder.enumType('EventKind', { values: EVENT_KINDS });
export const EventStatusEnum = builder.enumType('EventStatus', {
  values: EVENT_STATUSES,
  description: 'OCCURRED: reported as having happened; PLANNED: announced or expected; NEGATED: reported as not happening.',
});
export const DatePrecisionEnum = builder.enumType('DatePrecision', { values: DATE_PRECISIONS });
export const ParticipantRoleEnum = builder.enumType('ParticipantRole', { values: PARTICIPANT_ROLES });
export const LinkMethodEnum = builder.enumType('LinkMethod', {
  values: LINK_METHODS,
  description:
    'Why a mention was linked to its entity: exact or normalised lexicon alias, title pattern, name pattern (a facility noun before a name, a name joined by و to a person), tagger, coreference, or fuzzy name match.',
});
export const NameSourceEnum = builder.enumType('NameSource', {
  values: ['LEXICON', 'TRANSLITERATION'] as const,
  description: 'Where an English name came from: a lexicon pair, or our own romanisation.',
});
export const EdgeKindEnum = builder.enumType('EdgeKind', {
  values: EDGE_KINDS,
  description:
    'MET: meeting, call, joint press conference or summit reported as having happened; CALLED: a call; VISITED: person → place of a visit; HOLDS_ROLE_AT: person → country or organisation of an office; MENTIONED_WITH: named in the same sentence; PLANNED_MEETING: a meeting announced, not reported as having happened.',
});
export const EdgeDirectionEnum = builder.enumType('EdgeDirection', {
  values: ['OUTGOING', 'INCOMING', 'MUTUAL'] as const,
  description: 'OUTGOING: the entity is the subject (the person who visited, or holds the office); INCOMING: the object; MUTUAL: symmetric kinds.',
});
