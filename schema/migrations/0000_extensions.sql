-- pg_trgm backs fuzzy alias search (trigram GIN index on aliases.normalised). PGlite loads it as a bundled extension.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
