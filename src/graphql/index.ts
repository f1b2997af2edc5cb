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
import './types/query.ts';
import './types/mutation.ts';

export const schema = builder.toSchema();

/** The SDL committed as schema/schema.graphql: printed sorted, so diffs show real changes only. */
export function printSortedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
