import { builder } from '../builder.ts';
import { EntityRef, EvidenceRef, RoleRef } from '../refs.ts';

RoleRef.implement({
  description: 'An office a person holds, e.g. Minister of Foreign Affairs of Egypt, with the sentences that say so.',
  fields: (t) => ({
    title: t.exposeString('title', { description: 'English title, e.g. "Secretary of State".' }),
    titleAr: t.exposeString('titleAr'),
    affiliation: t.field({
      type: EntityRef,
      nullable: true,
      description: 'The country or organisation the office belongs to.',
      resolve: (r, _a, ctx) => (r.affiliationId === null ? null : ctx.loaders.entity.load(r.affiliationId)),
    }),
    evidence: t.field({ type: [EvidenceRef], resolve: (r, _a, ctx) => ctx.loaders.roleEvidence.load(r.id) }),
  }),
});
