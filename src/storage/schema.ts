import { relations } from 'drizzle-orm';
import * as tables from './tables.ts';

/** Drizzle relations, for the relational query API (db.query.*). */
export const articlesRelations = relations(tables.articles, ({ one, many }) => ({
  outlet: one(tables.outlets, { fields: [tables.articles.outletId], references: [tables.outlets.id] }),
  mentions: many(tables.mentions),
}));
export const entitiesRelations = relations(tables.entities, ({ many }) => ({
  aliases: many(tables.aliases),
  mentions: many(tables.mentions),
}));
export const aliasesRelations = relations(tables.aliases, ({ one }) => ({
  entity: one(tables.entities, { fields: [tables.aliases.entityId], references: [tables.entities.id] }),
}));
export const mentionsRelations = relations(tables.mentions, ({ one }) => ({
  article: one(tables.articles, { fields: [tables.mentions.articleId], references: [tables.articles.id] }),
  entity: one(tables.entities, { fields: [tables.mentions.entityId], references: [tables.entities.id] }),
}));
export const eventsRelations = relations(tables.events, ({ one, many }) => ({
  location: one(tables.entities, { fields: [tables.events.locationId], references: [tables.entities.id] }),
  participants: many(tables.eventParticipants),
  evidence: many(tables.eventEvidence),
}));
export const eventParticipantsRelations = relations(tables.eventParticipants, ({ one }) => ({
  event: one(tables.events, { fields: [tables.eventParticipants.eventId], references: [tables.events.id] }),
  entity: one(tables.entities, { fields: [tables.eventParticipants.entityId], references: [tables.entities.id] }),
}));
export const eventEvidenceRelations = relations(tables.eventEvidence, ({ one }) => ({
  event: one(tables.events, { fields: [tables.eventEvidence.eventId], references: [tables.events.id] }),
  article: one(tables.articles, { fields: [tables.eventEvidence.articleId], references: [tables.articles.id] }),
}));
export const rolesRelations = relations(tables.roles, ({ one, many }) => ({
  person: one(tables.entities, { fields: [tables.roles.personId], references: [tables.entities.id] }),
  affiliation: one(tables.entities, { fields: [tables.roles.affiliationId], references: [tables.entities.id] }),
  evidence: many(tables.roleEvidence),
}));
export const roleEvidenceRelations = relations(tables.roleEvidence, ({ one }) => ({
  role: one(tables.roles, { fields: [tables.roleEvidence.roleId], references: [tables.roles.id] }),
  article: one(tables.articles, { fields: [tables.roleEvidence.articleId], references: [tables.articles.id] }),
}));

export const schema = {
  ...tables,
  articlesRelations,
  entitiesRelations,
  aliasesRelations,
  mentionsRelations,
  eventsRelations,
  eventParticipantsRelations,
  eventEvidenceRelations,
  rolesRelations,
  roleEvidenceRelations,
};
export type Schema = typeof schema;
