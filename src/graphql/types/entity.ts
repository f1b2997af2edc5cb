import type { EntityKind } from '../../ontology/kinds.ts';
import { toConnection, toPage } from '../../graph/pagination.ts';
import type { EntityRow } from '../../storage/tables.ts';
import { builder } from '../builder.ts';
import { EntityKindEnum, NameSourceEnum } from './enums.ts';
import {
  AliasRef,
  EntityRef,
  EventRef,
  LocationRef,
  MentionRef,
  OrganizationRef,
  PersonRef,
  RoleRef,
} from '../refs.ts';

AliasRef.implement({
  description: 'A name the entity goes by, as written and in the normalised form lookups compare.',
  fields: (t) => ({
    alias: t.exposeString('alias'),
    normalised: t.exposeString('normalised'),
  }),
});

EntityRef.implement({
  description: 'A person, organisation or place, resolved across articles.',
  interfaces: [builder.nodeInterfaceRef()],
  resolveType: (e) => TYPENAME_OF[e.kind],
  fields: (t) => ({
    kind: t.field({ type: EntityKindEnum, resolve: (e) => e.kind }),
    nameAr: t.exposeString('nameAr', { description: 'Canonical Arabic name.' }),
    nameEn: t.exposeString('nameEn', { description: 'English name, from a lexicon or romanised (see nameEnSource).' }),
    nameEnSource: t.field({ type: NameSourceEnum, resolve: (e) => e.nameEnSource }),
    aliases: t.field({ type: [AliasRef], resolve: (e, _a, ctx) => ctx.loaders.aliases.load(e.id) }),
    mentions: t.connection({
      type: MentionRef,
      description: 'Where the entity is mentioned, newest article first.',
      resolve: async (e, args, ctx) => {
        const page = toPage(args);
        const { rows, total } = await ctx.loaders.mentionsOfEntity(page).load(e.id);
        return toConnection(rows, page, total);
      },
    }),
    events: t.connection({
      type: EventRef,
      description: 'Events the entity takes part in, newest first.',
      resolve: async (e, args, ctx) => {
        const page = toPage(args);
        const { rows, total } = await ctx.loaders.eventsOfEntity(page).load(e.id);
        return toConnection(rows, page, total);
      },
    }),
  }),
});

export const TYPENAME_OF: Record<EntityKind, 'Person' | 'Organization' | 'Location'> = {
  PERSON: 'Person',
  ORGANIZATION: 'Organization',
  LOCATION: 'Location',
};

function entityNode(ref: typeof PersonRef, kind: EntityKind, description: string) {
  builder.node(ref, {
    description,
    interfaces: [EntityRef],
    id: { resolve: (e) => e.id },
    isTypeOf: (e) => (e as EntityRow).kind === kind,
    loadMany: async (ids, ctx) => {
      const rows = await ctx.loaders.entity.loadMany(ids.map(Number));
      return rows.map((r) => (r instanceof Error || r === null || r.kind !== kind ? null : r));
    },
  });
}

entityNode(PersonRef, 'PERSON', 'A person.');
entityNode(OrganizationRef, 'ORGANIZATION', 'An organisation: government body, party, agency, outlet…');
entityNode(LocationRef, 'LOCATION', 'A country, city, region or site.');

builder.objectField(PersonRef, 'roles', (t) =>
  t.field({
    type: [RoleRef],
    description: 'Offices the person is reported to hold, each with its evidence.',
    resolve: (p, _a, ctx) => ctx.loaders.roles.load(p.id),
  }),
);
