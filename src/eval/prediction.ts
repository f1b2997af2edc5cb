/**
 * What the system predicted for one article, in the shape the scorer compares with gold.
 * The caller builds these from the article body with its boilerplate already cut (ingest does
 * that), because gold holds nothing after `boilerplate_from`; the scorer never sees text.
 * Met pairs are not part of a prediction: the scorer derives them from the events (see score.ts).
 */
import type { EntityKind, EventStatus } from '../ontology/kinds.ts';

export interface PredictedEntity {
  type: EntityKind;
  /** '' when the system has no English name; empty names never match anything. */
  nameEn: string;
  nameAr: string;
  aliasesAr: string[];
  aliasesEn: string[];
}

export interface PredictedEvent {
  /** Event kind; kinds outside the gold file's scored_event_types are ignored. */
  type: string;
  /** All participants, any kind; only PERSON participants are compared with gold. */
  participants: PredictedEntity[];
  location: PredictedEntity | null;
  /** ISO date (YYYY-MM-DD; a longer ISO timestamp is read by its first 10 characters). */
  date: string | null;
  status: EventStatus;
}

export interface PredictedRole {
  person: PredictedEntity;
  role: string;
  affiliation: PredictedEntity | null;
}

export interface ArticlePrediction {
  /** Same file name as the gold article it is scored against. */
  file: string;
  entities: PredictedEntity[];
  events: PredictedEvent[];
  roles: PredictedRole[];
}
