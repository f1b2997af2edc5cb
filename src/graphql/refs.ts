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
export const EvidenceRef = builder.objectRef<EventEvidenceRow | RoleEvidenceRow>('Evidence');
export const RoleRef = builder.objectRef<RoleRow>('Role');
