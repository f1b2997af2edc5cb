import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql ships CJS and ESM builds; Node loads the CJS one for Yoga and Pothos, so our sources must
    // use the same instance, or errors thrown here are not recognised as GraphQLErrors and get masked.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // PGlite instances are memory-hungry WASM; two workers match the two cores of our machines.
    maxWorkers: 2,
  },
});
