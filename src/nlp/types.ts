import type {
  DatePrecision,
  EntityKind,
  EventKind,
  EventStatus,
  LinkMethod,
  ParticipantRole,
} from '../ontology/kinds.ts';

/**
 * The contract between the NLP pipeline and ingest. Every offset is a JavaScript string index
 * (UTF-16 code units) into the ORIGINAL article body, so `body.slice(start, end)` is the evidence.
 */
export interface Span {
  start: number;
  end: number;
}

export interface ExtractionInput {
  body: string;
  /** ISO date (YYYY-MM-DD) the article was published; relative dates resolve against it. */
  publishedAt: string | null;
  language?: string;
}

export interface ExtractedSentence extends Span {
  index: number;
  text: string;
}

/** Where an English name came from: a lexicon pair, or our own romanisation (marked as such). */
export type EnglishNameSource = 'LEXICON' | 'TRANSLITERATION';

export interface ExtractedEntity {
  /** Article-local key, referenced by mentions, events and roles. */
  key: string;
  kind: EntityKind;
  /** Canonical Arabic name (lexicon canonical, else the fullest form seen in the article). */
  nameAr: string;
  nameEn: string;
  nameEnSource: EnglishNameSource;
  /** Stable lexicon id (e.g. "country:EG") when the entity came from lexicon data; resolution prefers it. */
  lexiconId: string | null;
  /** Every surface form seen in the article (original spelling), canonical name included. */
  aliases: string[];
}

export interface ExtractedMention extends Span {
  entityKey: string;
  text: string;
  sentenceIndex: number;
  method: LinkMethod;
  /** 0..1; 1 for exact lexicon matches. */
  confidence: number;
}

export interface Evidence extends Span {
  sentenceIndex: number;
  /** body.slice(start, end): the sentence (or clause) that states the fact. */
  quote: string;
}

export interface ExtractedParticipant {
  entityKey: string;
  role: ParticipantRole;
}

export interface ExtractedEvent {
  key: string;
  kind: EventKind;
  status: EventStatus;
  /** ISO date (YYYY-MM-DD) or null when the text does not fix it. */
  date: string | null;
  datePrecision: DatePrecision | null;
  locationKey: string | null;
  participants: ExtractedParticipant[];
  trigger: Span & { text: string };
  evidence: Evidence;
}

export interface ExtractedRole {
  personKey: string;
  /** English role title, e.g. "Minister of Foreign Affairs", "President", "spokesperson". */
  title: string;
  titleAr: string;
  /** Country or organisation the role is held at, when stated. */
  affiliationKey: string | null;
  evidence: Evidence;
}

export interface Extraction {
  sentences: ExtractedSentence[];
  entities: ExtractedEntity[];
  mentions: ExtractedMention[];
  events: ExtractedEvent[];
  roles: ExtractedRole[];
  /** Offset where boilerplate (source lines, "read also" lists…) begins; text from here on is not extracted. */
  boilerplateFrom: number | null;
}
