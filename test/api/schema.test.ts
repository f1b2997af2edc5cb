import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { printSortedSchema } from '../../src/graphql/index.ts';

it('schema/schema.graphql matches the code (run `npm run schema:print` after changing the API)', () => {
  const committed = readFileSync(new URL('../../schema/schema.graphql', import.meta.url), 'utf8');
  expect(printSortedSchema()).toBe(committed);
});
