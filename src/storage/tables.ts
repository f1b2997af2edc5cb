import { sql, type SQL } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  unique,
  type AnyPgColumn,
} from 'drizzle-orm/pg-core';
import {
  DATE_PRECISIONS,
  EDGE_KINDS,
  ENTITY_KINDS,
  EVENT_KINDS,
  EVENT_STATUSES,
  LINK_METHODS,
  PARTICIPANT_ROLES,
} from '../ontology/kinds.ts';

/**
 * The graph in PostgreSQL. Every fact row (mention, event evidence, role evidence) points at an article
 * and at offsets into its body: no relation without the sentence that states it.
 */

export const entityKind = pgEnum('entity_kind', ENTITY_KINDS);
export const eventKind = pgEnum('event_kind', EVENT_KINDS);
export const eventStatus = pgEnum('event_status', EVENT_STATUSES);
export const datePrecision = pgEnum('date_precision', DATE_PRECISIONS);
export const participantRole = pgEnum('participant_role', PARTICIPANT_ROLES);
export const linkMethod = pgEnum('link_method', LINK_METHODS);
export const nameSource = pgEnum('name_source', ['LEXICON', 'TRANSLITERATION']);
export const edgeKind = pgEnum('edge_kind', EDGE_KINDS);

/**
 * Folds Arabic text for substring search: alef and hamza-seat variants to bare alef, alef maqsura to
 * ya, ta marbuta to ha; tatweel and short vowels dropped (translate() deletes characters that have no
 * counterpart); Latin lower-cased. Only immutable built-ins, so the expression can be indexed
 * (articles_body_folded_trgm_idx); foldForSearch in src/graph/search.ts folds queries the same way.
 */
export const FOLD_FROM = 'أإآٱىةـ\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670';
export const FOLD_TO = 'اااايه';
export function foldedSql(column: SQL | AnyPgColumn): SQL {
  return sql`lower(translate(${column}, ${sql.raw(`'${FOLD_FROM}'`)}, ${sql.raw(`'${FOLD_TO}'`)}))`;
}

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** Where a fact is stated: the article, the sentence, and offsets such that body.slice(start, end) is the quote. */
const statedIn = () => ({
  articleId: integer('article_id')
    .notNull()
    .references(() => articles.id, { onDelete: 'cascade' }),
  sentenceIndex: integer('sentence_index').notNull(),
  start: integer('start').notNull(),
  end: integer('end').notNull(),
  quote: text('quote').notNull(),
});

export const outlets = pgTable('outlets', {
  id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
  name: text('name').notNull().unique(),
  createdAt: createdAt(),
});

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    outletId: integer('outlet_id').references(() => outlets.id),
    title: text('title'),
    body: text('body').notNull(),
    language: text('language').notNull(),
    publishedAt: date('published_at', { mode: 'string' }),
    url: text('url'),
    /** sha256 of the normalised body: the same text ingested twice is the same article. */
    contentHash: text('content_hash').notNull().unique(),
    /** Offset where boilerplate (source lines, "read also" lists) begins; null when there is none. */
    boilerplateFrom: integer('boilerplate_from'),
    /** Fingerprints of the substantial paragraphs (src/ingest/syndication.ts): how syndicated copies are found. */
    paragraphHashes: text('paragraph_hashes').array().notNull().default(sql`'{}'::text[]`),
    /** The earliest article this one is a syndicated copy of (most paragraphs shared), if any. */
    syndicatedFrom: integer('syndicated_from').references((): AnyPgColumn => articles.id),
    /** The source key of the copied original: a copy is counted as the same report. */
    syndicatedSource: text('syndicated_source'),
    /**
     * Who reports this article when corroboration counts distinct outlets: the original's source for a
     * syndicated copy, else the outlet, else the article itself (an unattributed article is its own source).
     */
    sourceKey: text('source_key')
      .notNull()
      .generatedAlwaysAs(sql`coalesce(syndicated_source, 'outlet:' || outlet_id, 'article:' || id)`),
    createdAt: createdAt(),
  },
  (t) => [
    index('articles_outlet_idx').on(t.outletId),
    index('articles_paragraph_hashes_idx').using('gin', t.paragraphHashes),
    index('articles_syndicated_from_idx').on(t.syndicatedFrom),
    index('articles_published_idx').on(t.publishedAt),
    unique('articles_url_key').on(t.url),
    // searchArticles: ILIKE '%folded query%' on the folded body, answered by this trigram index.
    index('articles_body_folded_trgm_idx').using('gin', sql`${foldedSql(t.body)} gin_trgm_ops`),
  ],
);

export const entities = pgTable(
  'entities',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: entityKind('kind').notNull(),
    nameAr: text('name_ar').notNull(),
    nameEn: text('name_en').notNull(),
    nameEnSource: nameSource('name_en_source').notNull(),
    /** Stable id of the lexicon entry this entity was recognised from, when there is one. */
    lexiconId: text('lexicon_id').unique(),
    createdAt: createdAt(),
  },
  (t) => [index('entities_kind_idx').on(t.kind)],
);

export const aliases = pgTable(
  'aliases',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    alias: text('alias').notNull(),
    /** foldName(alias): the form lookups and resolution compare. */
    normalised: text('normalised').notNull(),
  },
  (t) => [
    unique('aliases_entity_normalised_key').on(t.entityId, t.normalised),
    index('aliases_normalised_idx').on(t.normalised),
    index('aliases_normalised_trgm_idx').using('gin', t.normalised.op('gin_trgm_ops')),
  ],
);

export const sentences = pgTable(
  'sentences',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    index: integer('index').notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.index] })],
);

export const mentions = pgTable(
  'mentions',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    text: text('text').notNull(),
    sentenceIndex: integer('sentence_index').notNull(),
    /** Why this mention was linked to this entity (explainable resolution). */
    method: linkMethod('method').notNull(),
    confidence: real('confidence').notNull(),
  },
  (t) => [
    index('mentions_entity_idx').on(t.entityId, t.articleId),
    index('mentions_article_idx').on(t.articleId),
    unique('mentions_article_span_key').on(t.articleId, t.start, t.end),
    check('mentions_span_check', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
  ],
);

export const events = pgTable(
  'events',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    kind: eventKind('kind').notNull(),
    status: eventStatus('status').notNull(),
    date: date('date', { mode: 'string' }),
    datePrecision: datePrecision('date_precision'),
    locationId: integer('location_id').references(() => entities.id),
    /**
     * kind|status|date|location|sorted participant ids: reports of the same real-world event in several
     * articles resolve to one row, with evidence from each.
     */
    signature: text('signature').notNull().unique(),
    createdAt: createdAt(),
  },
  (t) => [
    index('events_kind_date_idx').on(t.kind, t.date),
    index('events_date_idx').on(t.date),
    // timeline(entity) of a place: the events located there, in timeline order (reads only the page).
    index('events_location_date_idx').on(t.locationId, t.date.asc().nullsLast(), t.id),
  ],
);

export const eventParticipants = pgTable(
  'event_participants',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    role: participantRole('role').notNull(),
    /**
     * The event's date, copied from events.date (ingest writes it with the row and keeps it when it fills
     * an event's missing date), so that an entity's events in date order are read from an index, page
     * only, whatever the entity's degree.
     */
    date: date('date', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.eventId, t.entityId] }),
    // timeline(entity): oldest first, undated last; events(participant) and Entity.events: newest first.
    // Both also serve lookups by entity_id alone (their prefix).
    index('event_participants_entity_date_idx').on(t.entityId, t.date.asc().nullsLast(), t.eventId),
    index('event_participants_entity_date_desc_idx').on(t.entityId, t.date.desc().nullsLast(), t.eventId),
  ],
);

export const eventEvidence = pgTable(
  'event_evidence',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    ...statedIn(),
    trigger: text('trigger').notNull(),
  },
  (t) => [
    unique('event_evidence_key').on(t.eventId, t.articleId, t.start),
    index('event_evidence_article_idx').on(t.articleId),
    check('event_evidence_span_check', sql`${t.start} >= 0 AND ${t.end} > ${t.start}`),
  ],
);

/** A person's office (e.g. Minister of Foreign Affairs of Egypt), with the evidence in role_evidence. */
export const roles = pgTable(
  'roles',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    personId: integer('person_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    titleAr: text('title_ar').notNull(),
    affiliationId: integer('affiliation_id').references(() => entities.id),
  },
  (t) => [
    unique('roles_person_title_affiliation_key').on(t.personId, t.title, t.affiliationId).nullsNotDistinct(),
    index('roles_affiliation_idx').on(t.affiliationId),
  ],
);

export const roleEvidence = pgTable(
  'role_evidence',
  {
    id: integer('id').primaryKey().generatedByDefaultAsIdentity(),
    roleId: integer('role_id')
      .notNull()
      .references(() => roles.id, { onDelete: 'cascade' }),
    ...statedIn(),
  },
  (t) => [unique('role_evidence_key').on(t.roleId, t.articleId, t.start)],
);

/**
 * Counterpart pairs: one row per (entity, counterpart, edge kind), in BOTH directions, with the
 * aggregates of the facts behind it. Maintained in the ingest transaction (src/ingest/entity-pairs.ts)
 * for the pairs an article touches, so relation reads and path/network walks read an entity's
 * counterparts from an index instead of joining its whole participation list.
 */
export const entityPairs = pgTable(
  'entity_pairs',
  {
    entityId: integer('entity_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    counterpartId: integer('counterpart_id')
      .notNull()
      .references(() => entities.id, { onDelete: 'cascade' }),
    kind: edgeKind('kind').notNull(),
    /** True when entity_id is the subject (the person of VISITED / HOLDS_ROLE_AT); true both ways for symmetric kinds. */
    subject: boolean('subject').notNull(),
    /**
     * The facts behind the edge, sorted: event ids for event kinds, role ids for HOLDS_ROLE_AT, article ids
     * for MENTIONED_WITH. Reads take the evidence from here, and ingest merges an article's new facts into
     * it, so neither ever walks an entity's whole participation list.
     */
    factIds: integer('fact_ids').array().notNull(),
    /** Strength: events for event kinds, role statements for HOLDS_ROLE_AT, co-mentioning articles for MENTIONED_WITH. */
    weight: integer('weight').notNull(),
    eventCount: integer('event_count').notNull(),
    articleCount: integer('article_count').notNull(),
    /** Distinct outlets reporting the facts; an article without outlet counts as its own source. */
    outletCount: integer('outlet_count').notNull(),
    /** Dates of the events (null for role and co-mention edges). */
    firstDate: date('first_date', { mode: 'string' }),
    lastDate: date('last_date', { mode: 'string' }),
    /** Publication dates of the articles that report the facts. */
    firstReported: date('first_reported', { mode: 'string' }),
    lastReported: date('last_reported', { mode: 'string' }),
  },
  (t) => [
    // Also serves lookups by (entity_id, counterpart_id), its prefix.
    primaryKey({ columns: [t.entityId, t.counterpartId, t.kind] }),
    // Ranked reads (ORDER BY weight DESC, outlet_count DESC, counterpart_id): weight and outlet_count are
    // NOT NULL, and the index says NULLS FIRST (DESC's default) so that it matches the ORDER BY and the
    // page is read in index order. One kind (metWith, relations of one kind), and all kinds (relations).
    index('entity_pairs_ranked_idx').on(t.entityId, t.kind, t.weight.desc().nullsFirst(), t.outletCount.desc().nullsFirst(), t.counterpartId),
    index('entity_pairs_ranked_all_idx').on(t.entityId, t.weight.desc().nullsFirst(), t.outletCount.desc().nullsFirst(), t.counterpartId, t.kind),
    check('entity_pairs_not_self_check', sql`${t.entityId} <> ${t.counterpartId}`),
  ],
);

export type ArticleRow = typeof articles.$inferSelect;
export type EntityRow = typeof entities.$inferSelect;
export type AliasRow = typeof aliases.$inferSelect;
export type MentionRow = typeof mentions.$inferSelect;
export type EventRow = typeof events.$inferSelect;
export type EventParticipantRow = typeof eventParticipants.$inferSelect;
export type EventEvidenceRow = typeof eventEvidence.$inferSelect;
export type RoleRow = typeof roles.$inferSelect;
export type RoleEvidenceRow = typeof roleEvidence.$inferSelect;
export type OutletRow = typeof outlets.$inferSelect;
export type EntityPairRow = typeof entityPairs.$inferSelect;
