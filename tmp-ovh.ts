import { createYoga } from 'graphql-yoga';
import { schema } from './src/graphql/index.ts';
import { queryLimitPlugins } from './src/server/limits.ts';
const q = JSON.stringify({ query: '{ __typename entities(first: 10) { totalCount } }' });
for (const [label, plugins] of [['bare', []], ['limits', queryLimitPlugins(schema)], ['bare', []], ['limits', queryLimitPlugins(schema)]] as const) {
  const app = createYoga({ schema, plugins: [...plugins], context: () => ({}) , maskedErrors: false});
  const body = JSON.stringify({ query: '{ __typename }' });
  const run = async () => { const r = await app.fetch('http://x/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body }); await r.json(); };
  for (let i = 0; i < 500; i++) await run();
  const t = performance.now(); for (let i = 0; i < 3000; i++) await run();
  console.log(label, ((performance.now() - t) / 3000 * 1000).toFixed(0), 'µs/request');
}
void q;
