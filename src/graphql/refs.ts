import type { EntityPairRow } from '../storage/tables.ts';
import type { DateRange } from '../graph/relations.ts';
import type {
  ArticleRow,
  EntityRow,
  EventEvidenceRow,
  EventParticipantRow,
  EventRow,
  MentionRow,
  OutletRow,
  RoleEvidenceRow,
  RoleRow,
} from '../storage/tables.ts';
import { builder } from './builder.ts';

/** What the Evidence type shows: event and role evidence rows, and co-mention sentences. */
export type EvidenceShape = Pick<EventEvidenceRow, 'articleId' | 'sentenceIndex' | 'start' | 'end' | 'quote'> & {
  trigger?: string;
};

/** An edge of entity_pairs, read from `entityId`'s side; `range` restricts the events it shows. */
export type RelationShape = EntityPairRow & { range?: DateRange };

/**
 * Every GraphQL type's reference, declared before any is implemented: the types refer to each other
 * in cycles (entity → mention → article → mention → entity), and refs keep those cycles typed.
 */
export const EntityRef = builder.interfaceRef<EntityRow>('Entity');
export const PersonRef = builder.objectRef<EntityRow>('Person');
export const OrganizationRef = builder.objectRef<EntityRow>('Organization');
export const LocationRef = builder.objectRef<EntityRow>('Location');
export const AliasRef = builder.objectRef<{ alias: string; normalised: string }>('Alias');
export const ArticleRef = builder.objectRef<ArticleRow>('Article');
export const OutletRef = builder.objectRef<OutletRow>('Outlet');
export const MentionRef = builder.objectRef<MentionRow>('Mention');
export const EventRef = builder.objectRef<EventRow>('Event');
export const ParticipantRef = builder.objectRef<EventParticipantRow>('Participant');
export const EvidenceRef = builder.objectRef<EvidenceShape | EventEvidenceRow | RoleEvidenceRow>('Evidence');
export const RelationRef = builder.objectRef<RelationShape>('Relation');
export const RoleRef = builder.objectRef<RoleRow>('Role');
