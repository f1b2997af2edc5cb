import { describe, expect, it } from 'vitest';
import { isPreparable } from '../../src/storage/database.ts';

describe('which statements postgres.js prepares', () => {
  it('prepares ordinary reads, including ones with array columns or NULL::integer[] in their text', () => {
    expect(isPreparable('SELECT p.fact_ids FROM entity_pairs p WHERE p.entity_id = $1 LIMIT $2')).toBe(true);
    // metWith selects NULL::integer[] for a column it was not asked for: it must still be prepared
    expect(isPreparable('(SELECT NULL::integer[] AS event_ids FROM entities WHERE id = $1) UNION ALL (SELECT fact_ids FROM entity_pairs WHERE entity_id = $2)')).toBe(true);
  });

  it('leaves a statement over an id set passed as one array parameter unprepared (its best plan depends on the set size)', () => {
    expect(isPreparable('SELECT * FROM entity_pairs WHERE entity_id = ANY($1::integer[])')).toBe(false);
    expect(isPreparable('SELECT x FROM unnest($12::integer[]) AS x')).toBe(false);
  });
});
