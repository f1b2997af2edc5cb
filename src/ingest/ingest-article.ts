import { and, eq, sql } from 'drizzle-orm';
import { extract } from '../nlp/pipeline.ts';
import type { ExtractedEvent, Extraction } from '../nlp/types.ts';
import type { Db, Queryable } from '../storage/database.ts';
import {
  articles,
  eventEvidence,
  eventParticipants,
  events,
  mentions,
  outlets,
  roleEvidence,
  roles,
  sentences,
} from '../storage/tables.ts';
import { validateArticle, type ValidArticle } from './article-input.ts';
import { refreshEntityPairs } from './entity-pairs.ts';
import type { IngestedEvent, IngestListener } from './notifications.ts';
import { resolveEntities, type Resolution } from './resolve-entities.ts';
import { findSameEvent } from './match-event.ts';
import { findSyndicationSource, paragraphFingerprints } from './syndication.ts';

export interface IngestCounts {
  entitiesCreated: number;
  mentions: number;
  eventsCreated: number;
  evidence: number;
  roles: number;
}

export interface IngestResult {
  /** CREATED: written now; UNCHANGED: the same text was already in the graph, nothing was written. */
  status: 'CREATED' | 'UNCHANGED';
  articleId: number;
  counts: IngestCounts;
}

const NOTHING: IngestCounts = { entitiesCreated: 0, mentions: 0, eventsCreated: 0, evidence: 0, roles: 0 };

export interface IngestOptions {
  /** Called once the transaction has committed, for CREATED ingests only (live updates). */
  onIngested?: IngestListener;
}

/**
 * Ingests one article: validate, extract (pure, outside the transaction), then write everything the
 * article states in ONE transaction, so a failure leaves nothing behind. Re-ingesting the same text is a no-op.
 */
export async function ingestArticle(db: Db, input: unknown | ValidArticle, options: IngestOptions = {}): Promise<IngestResult> {
  const article = isValid(input) ? input : validateArticle(input);
  const existing = await findByHash(db, article.contentHash);
  if (existing !== null) return { status: 'UNCHANGED', articleId: existing, counts: NOTHING };
  const extraction = extract({ body: article.body, publishedAt: article.publishedAt, language: article.language });
  return writeArticle(db, article, extraction, options);
}

/** Writes a validated article and what was extracted from it, all or nothing. */
export async function writeArticle(
  db: Db,
  article: ValidArticle,
  extraction: Extraction,
  options: IngestOptions = {},
): Promise<IngestResult> {
  const createdEvents: IngestedEvent[] = [];
  const result: IngestResult = await db.transaction(async (tx) => {
    const articleId = await insertArticle(tx, article, extraction.boilerplateFrom);
    if (articleId === null) {
      // Another ingest of the same text committed first: same outcome as finding it above.
      return { status: 'UNCHANGED', articleId: (await findByHash(tx, article.contentHash))!, counts: NOTHING };
    }
    const counts = await writeFacts(tx, articleId, extraction, createdEvents);
    // Counterpart pairs of what this article states, in the same transaction (one statement).
    await refreshEntityPairs(tx, articleId);
    return { status: 'CREATED', articleId, counts };
  });
  // After COMMIT only: a rolled-back transaction threw above, an UNCHANGED ingest announces nothing.
  if (result.status === 'CREATED' && options.onIngested) {
    const { title, outlet, publishedAt } = article;
    options.onIngested({ articleId: result.articleId, title, outlet, publishedAt, counts: result.counts, events: createdEvents });
  }
  return result;
}

function isValid(input: unknown): input is ValidArticle {
  return typeof input === 'object' && input !== null && 'contentHash' in input;
}

async function findByHash(db: Queryable, hash: string): Promise<number | null> {
  const [row] = await db.select({ id: articles.id }).from(articles).where(eq(articles.contentHash, hash));
  return row?.id ?? null;
}

async function insertArticle(tx: Queryable, a: ValidArticle, boilerplateFrom: number | null): Promise<number | null> {
  let outletId: number | null = null;
  if (a.outlet) {
    const [outlet] = await tx
      .insert(outlets)
      .values({ name: a.outlet })
      .onConflictDoUpdate({ target: outlets.name, set: { name: sql`excluded.name` } })
      .returning({ id: outlets.id });
    outletId = outlet!.id;
  }
  const paragraphHashes = paragraphFingerprints(a.body, boilerplateFrom);
  const original = await findSyndicationSource(tx, paragraphHashes);
  const [row] = await tx
    .insert(articles)
    .values({
      outletId,
      title: a.title,
      body: a.body,
      language: a.language,
      publishedAt: a.publishedAt,
      url: a.url,
      contentHash: a.contentHash,
      boilerplateFrom,
      paragraphHashes,
      syndicatedFrom: original?.articleId ?? null,
      syndicatedSource: original?.sourceKey ?? null,
    })
    .onConflictDoNothing({ target: articles.contentHash })
    .returning({ id: articles.id });
  return row?.id ?? null;
}

async function writeFacts(
  tx: Queryable,
  articleId: number,
  x: Extraction,
  createdEvents: IngestedEvent[] = [],
): Promise<IngestCounts> {
  if (x.sentences.length > 0) {
    await tx
      .insert(sentences)
      .values(x.sentences.map((s) => ({ articleId, index: s.index, start: s.start, end: s.end })));
  }
  const resolved = await resolveEntities(tx, x.entities);
  const idOf = (key: string): number => {
    const r = resolved.get(key);
    if (!r) throw new Error(`extraction refers to unknown entity key ${key}`);
    return r.entityId;
  };

  const mentionRows = x.mentions.map((m) => {
    const r: Resolution = resolved.get(m.entityKey)!;
    return {
      articleId,
      entityId: idOf(m.entityKey),
      start: m.start,
      end: m.end,
      text: m.text,
      sentenceIndex: m.sentenceIndex,
      method: r.method ?? m.method,
      confidence: r.method ? Math.min(r.score, m.confidence) : m.confidence,
    };
  });
  if (mentionRows.length > 0) await tx.insert(mentions).values(mentionRows).onConflictDoNothing();

  let eventsCreated = 0;
  for (const e of x.events) {
    const participants = dedupeBy(
      e.participants.map((p) => ({ entityId: idOf(p.entityKey), role: p.role })),
      (p) => p.entityId,
    );
    const locationId = e.locationKey ? idOf(e.locationKey) : null;
    const participantIds = participants.map((p) => p.entityId);
    // Another article's report of the same real-world event: add this article's evidence to it.
    const same = await findSameEvent(tx, { kind: e.kind, status: e.status, date: e.date, locationId, participantIds });
    if (same) await fillEventGaps(tx, same, e, locationId, participantIds);
    const signature = eventSignature(e.kind, e.status, e.date, locationId, participantIds);
    const [row] = same
      ? [{ id: same.id, inserted: false }]
      : await tx
          .insert(events)
          .values({ kind: e.kind, status: e.status, date: e.date, datePrecision: e.datePrecision, locationId, signature })
          .onConflictDoUpdate({ target: events.signature, set: { signature: sql`excluded.signature` } })
          .returning({ id: events.id, inserted: sql<boolean>`(xmax = 0)` });
    const eventId = row!.id;
    if (row!.inserted) {
      eventsCreated++;
      createdEvents.push({
        eventId,
        articleId,
        kind: e.kind,
        status: e.status,
        date: e.date,
        participantIds: participants.map((p) => p.entityId),
      });
    }
    if (participants.length > 0) {
      await tx
        .insert(eventParticipants)
        // The event's date is copied onto its participant rows (timelines read it from their index).
        .values(participants.map((p) => ({ eventId, entityId: p.entityId, role: p.role, date: sql<string | null>`(SELECT ${events.date} FROM ${events} WHERE ${events.id} = ${eventId})` })))
        .onConflictDoNothing();
    }
    await tx
      .insert(eventEvidence)
      .values({
        eventId,
        articleId,
        sentenceIndex: e.evidence.sentenceIndex,
        start: e.evidence.start,
        end: e.evidence.end,
        quote: e.evidence.quote,
        trigger: e.trigger.text,
      })
      .onConflictDoNothing();
  }

  for (const r of x.roles) {
    const personId = idOf(r.personKey);
    const affiliationId = r.affiliationKey ? idOf(r.affiliationKey) : null;
    const [role] = await tx
      .insert(roles)
      .values({ personId, title: r.title, titleAr: r.titleAr, affiliationId })
      .onConflictDoUpdate({
        target: [roles.personId, roles.title, roles.affiliationId],
        set: { title: sql`excluded.title` },
      })
      .returning({ id: roles.id });
    await tx
      .insert(roleEvidence)
      .values({
        roleId: role!.id,
        articleId,
        sentenceIndex: r.evidence.sentenceIndex,
        start: r.evidence.start,
        end: r.evidence.end,
        quote: r.evidence.quote,
      })
      .onConflictDoNothing();
  }

  return {
    entitiesCreated: [...resolved.values()].filter((r) => r.created).length,
    mentions: mentionRows.length,
    eventsCreated,
    evidence: x.events.length,
    roles: x.roles.length,
  };
}

/**
 * A later report may know what the first did not: the date, or the place. Fill those in (and the
 * signature with them), unless another stored event already has that identity.
 */
async function fillEventGaps(
  tx: Queryable,
  stored: { id: number; date: string | null; locationId: number | null },
  e: ExtractedEvent,
  locationId: number | null,
  participantIds: number[],
): Promise<void> {
  const date = stored.date ?? e.date;
  const location = stored.locationId ?? locationId;
  if (date === stored.date && location === stored.locationId) return;
  const signature = eventSignature(e.kind, e.status, date, location, participantIds);
  await tx
    .update(events)
    .set({ date, datePrecision: stored.date === null ? e.datePrecision : sql`${events.datePrecision}`, locationId: location, signature })
    .where(and(eq(events.id, stored.id), sql`NOT EXISTS (SELECT 1 FROM ${events} other WHERE other.signature = ${signature})`));
  // Participant rows carry a copy of the event's date (see event_participants.date): keep it in step.
  if (date !== stored.date) {
    await tx
      .update(eventParticipants)
      .set({ date: sql`(SELECT ${events.date} FROM ${events} WHERE ${events.id} = ${stored.id})` })
      .where(eq(eventParticipants.eventId, stored.id));
  }
}

/** Identity of a real-world event: the same kind, status, date, place and participants is the same event. */
export function eventSignature(
  kind: string,
  status: string,
  date: string | null,
  locationId: number | null,
  participantIds: number[],
): string {
  const ids = [...participantIds].sort((a, b) => a - b).join(',');
  return `${kind}|${status}|${date ?? '?'}|${locationId ?? '?'}|${ids}`;
}

function dedupeBy<T>(items: T[], key: (t: T) => unknown): T[] {
  const seen = new Set<unknown>();
  return items.filter((t) => (seen.has(key(t)) ? false : (seen.add(key(t)), true)));
}
