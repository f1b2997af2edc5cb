import { lexicographicSortSchema, printSchema } from 'graphql';
import { builder } from './builder.ts';
import './types/enums.ts';
import './types/entity.ts';
import './types/article.ts';
import './types/mention.ts';
import './types/event.ts';
import './types/evidence.ts';
import './types/role.ts';
import './types/met-with.ts';
import './types/relation.ts';
import './types/path.ts';
import './types/network.ts';
import './types/timeline.ts';
import './types/aggregates.ts';
import './types/search.ts';
import './types/query.ts';
import './types/mutation.ts';
import './types/subscription.ts';

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql: printed sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
