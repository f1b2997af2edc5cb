import DataLoader from 'dataloader';
import type { Corroboration } from '../graph/events.ts';
import { articlesByIds, outletsByIds } from '../graph/articles.ts';
import { aliasesByEntityIds, entitiesByIds } from '../graph/entities.ts';
import {
  corroborationByEventIds,
  eventPagesByEntity,
  eventsByIds,
  evidenceByEventIds,
  participantsByEventIds,
} from '../graph/events.ts';
import { mentionPagesBy, type PageOf } from '../graph/mentions.ts';
import type { Page } from '../graph/pagination.ts';
import { coMentionSentences, type SentenceEvidence } from '../graph/relations.ts';
import { roleEvidenceByRoleIds, rolesByIds, rolesByPersonIds } from '../graph/roles.ts';
import type { Queryable } from '../storage/database.ts';
import type {
  AliasRow,
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

/** DataLoader for rows fetched by id: results come back in key order, null where missing. */
function byId<T extends { id: number }>(fetch: (ids: readonly number[]) => Promise<T[]>) {
  return new DataLoader<number, T | null>(async (ids) => {
    const rows = new Map((await fetch(ids)).map((r) => [r.id, r]));
    return ids.map((id) => rows.get(id) ?? null);
  });
}

/** DataLoader for child rows grouped by a parent key, in key order. */
function groupedBy<T>(fetch: (ids: readonly number[]) => Promise<T[]>, keyOf: (row: T) => number) {
  return new DataLoader<number, T[]>(async (ids) => {
    const groups = new Map<number, T[]>(ids.map((id) => [id, []]));
    for (const row of await fetch(ids)) groups.get(keyOf(row))?.push(row);
    return ids.map((id) => groups.get(id)!);
  });
}

/**
 * Paged child lists: one loader per (list, page) pair, so sibling fields asking for the same page are
 * batched into one statement, and different pages never mix.
 */
function pagedLoaders<T>(fetch: (ids: readonly number[], page: Page) => Promise<Map<number, PageOf<T>>>) {
  const loaders = new Map<string, DataLoader<number, PageOf<T>>>();
  return (page: Page) => {
    const key = `${page.offset}:${page.limit}`;
    let loader = loaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const pages = await fetch(ids, page);
        return ids.map((id) => pages.get(id) ?? { rows: [], total: 0 });
      });
      loaders.set(key, loader);
    }
    return loader;
  };
}

/** Built per request: caches never outlive one request, so no request sees another's stale data. */
export function createLoaders(db: Queryable) {
  return {
    entity: byId<EntityRow>((ids) => entitiesByIds(db, ids)),
    article: byId<ArticleRow>((ids) => articlesByIds(db, ids)),
    event: byId<EventRow>((ids) => eventsByIds(db, ids)),
    outlet: byId<OutletRow>((ids) => outletsByIds(db, ids)),
    aliases: groupedBy<AliasRow>((ids) => aliasesByEntityIds(db, ids), (r) => r.entityId),
    participants: groupedBy<EventParticipantRow>((ids) => participantsByEventIds(db, ids), (r) => r.eventId),
    evidence: groupedBy<EventEvidenceRow>((ids) => evidenceByEventIds(db, ids), (r) => r.eventId),
    roles: groupedBy<RoleRow>((ids) => rolesByPersonIds(db, ids), (r) => r.personId),
    roleEvidence: groupedBy<RoleEvidenceRow>((ids) => roleEvidenceByRoleIds(db, ids), (r) => r.roleId),
    role: byId<RoleRow>((ids) => rolesByIds(db, ids)),
    /** Co-mention sentences of MENTIONED_WITH edges, for all edges of a response in one statement. */
    coMentions: new DataLoader<{ entityId: number; counterpartId: number; articleIds: readonly number[] }, SentenceEvidence[], string>(
      async (edges) => {
        const found = await coMentionSentences(db, edges);
        return edges.map((e) => found.get(`${e.entityId}:${e.counterpartId}`) ?? []);
      },
      { cacheKeyFn: (e) => `${e.entityId}:${e.counterpartId}:${e.articleIds.join(',')}` },
    ),
    corroboration: new DataLoader<number, Corroboration | null>(async (ids) => {
      const rows = new Map((await corroborationByEventIds(db, ids)).map((r) => [r.eventId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    mentionsOfEntity: pagedLoaders<MentionRow>((ids, page) => mentionPagesBy(db, 'entity', ids, page)),
    mentionsInArticle: pagedLoaders<MentionRow>((ids, page) => mentionPagesBy(db, 'article', ids, page)),
    eventsOfEntity: pagedLoaders<EventRow>((ids, page) => eventPagesByEntity(db, ids, page)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
