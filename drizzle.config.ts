import { defineConfig } from 'drizzle-kit';

// Migrations are generated from src/storage/tables.ts into schema/migrations and applied at start.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/tables.ts',
  out: './schema/migrations',
});
