import type { DatePrecision, EntityKind, EventKind, EventStatus, LinkMethod, ParticipantRole } from '../ontology/kinds.ts';
import type { NormalisedText } from './normalise.ts';
import type { EnglishNameSource, ExtractedSentence, ExtractionInput } from './types.ts';

/**
 * The working document that pipeline stages annotate in turn. Stages fill its layers in place; the
 * pipeline turns the finished Doc into the public `Extraction` (src/nlp/types.ts).
 */

/** One reading of a token: proclitics split off the front, and the stem that is looked up. */
export interface Analysis {
  /** Folded proclitics in order, e.g. "و", "وب", "س" (future), "ل" ("لل" restores the article in the stem). */
  clitics: string;
  /** Folded stem used for lookup. */
  stem: string;
  /** Number of folded characters of the token that the clitics occupy (for evidence spans). */
  cliticLength: number;
}

export interface Token {
  index: number;
  /** Offsets into the original body. */
  start: number;
  end: number;
  /** Offset of the token in the folded text. */
  foldedStart: number;
  text: string;
  /** Folded form of the whole token. */
  norm: string;
  kind: 'word' | 'number' | 'punct';
  sentence: number;
  /** The unsegmented reading first, then readings with proclitics removed. */
  analyses: Analysis[];
}

export interface EntityRecord {
  key: string;
  kind: EntityKind;
  nameAr: string;
  nameEn: string | null;
  nameEnSource: EnglishNameSource;
  lexiconId: string | null;
  aliases: string[];
  /** Name tokens (folded) of a person found by pattern: used for surname coreference and romanisation. */
  nameTokens: string[];
}

/** A mention over tokens [start, end); `cliticLength` chars of the first token are a proclitic, not the name. */
export interface MentionRecord {
  start: number;
  end: number;
  cliticLength: number;
  entityKey: string;
  method: LinkMethod;
  confidence: number;
}

/** A title phrase, e.g. "وزير الخارجية المصري" or "المتحدث باسم <org>", with the person it introduces if any. */
export interface TitleRecord {
  start: number;
  end: number;
  titleKey: string;
  titleAr: string;
  titleEn: string;
  affiliationKey: string | null;
  /** Country code of the nisba (e.g. "EG") when the title carried one. */
  countryCode: string | null;
  personKey: string | null;
  /** "نظيره" (his counterpart): the title refers to the counterpart of the clause's subject. */
  counterpart: boolean;
}

export interface RoleRecord {
  personKey: string;
  titleKey: string;
  title: string;
  titleAr: string;
  affiliationKey: string | null;
  sentence: number;
}

export type DateDirection = 'auto' | 'next' | 'last';

/** A date expression found in the text; weekday expressions resolve once the event's status is known. */
export interface DateExpression {
  start: number;
  end: number;
  sentence: number;
  /** Fixed result (explicit dates, today/yesterday/next week…). */
  fixed: { date: string; precision: DatePrecision } | null;
  /** 0 = Sunday … 6 = Saturday, when the expression names a weekday. */
  weekday: number | null;
  direction: DateDirection;
  /** True when the expression itself points to the future (غدا، المقبل، explicit future date). */
  future: boolean;
  /** An explicit calendar date (5 نوفمبر): preferred over relative expressions in the same clause. */
  calendar: boolean;
}

export interface ParticipantRecord {
  entityKey: string;
  role: ParticipantRole;
}

export interface EventRecord {
  kind: EventKind;
  /** Trigger tokens [start, end). */
  triggerStart: number;
  triggerEnd: number;
  /** Clause tokens [start, end) the trigger belongs to. */
  clauseStart: number;
  clauseEnd: number;
  sentence: number;
  participants: ParticipantRecord[];
  locationKey: string | null;
  /** Whether the trigger is a verb (tense is read from it) or a noun (tense comes from its context). */
  verbal: boolean;
  /** The trigger carried the future prefix س. */
  futureMarked: boolean;
  /** The trigger is an imperfect (present-tense) verb: يزور، يلتقي. */
  imperfect: boolean;
  status: EventStatus;
  date: string | null;
  datePrecision: DatePrecision | null;
}

export interface Doc {
  input: ExtractionInput;
  body: string;
  /** Original offset where boilerplate starts, null if none; text from there on is ignored. */
  boilerplateFrom: number | null;
  /** Original offset where extraction stops (boilerplateFrom or body length). */
  contentEnd: number;
  folded: NormalisedText;
  sentences: ExtractedSentence[];
  tokens: Token[];
  entities: EntityRecord[];
  mentions: MentionRecord[];
  titles: TitleRecord[];
  roles: RoleRecord[];
  dates: DateExpression[];
  events: EventRecord[];
}

/** The annotation layers a stage can need or add; the pipeline checks their order when it is built. */
export type Layer =
  | 'boilerplate'
  | 'sentences'
  | 'tokens'
  | 'entities'
  | 'titles'
  | 'roles'
  | 'coreference'
  | 'dates'
  | 'events'
  | 'status'
  | 'eventDates'
  | 'englishNames';

export interface Stage {
  name: string;
  needs: readonly Layer[];
  adds: readonly Layer[];
  run(doc: Doc): Doc;
}
