import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { printSortedSchema } from '../graphql/index.ts';

/** `npm run schema:print` writes schema/schema.graphql; `npm run schema:check` fails when it has drifted from the code. */
const target = fileURLToPath(new URL('../../schema/schema.graphql', import.meta.url));
const sdl = printSortedSchema();

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // missing file: reported as drift below
  }
  if (committed !== sdl) {
    console.error('schema/schema.graphql is out of date with the code: run `npm run schema:print` and commit it.');
    process.exit(1);
  }
  console.log('schema/schema.graphql is up to date.');
} else {
  writeFileSync(target, sdl);
  console.log(`wrote ${target}`);
}
