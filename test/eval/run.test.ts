import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseGold } from '../../src/eval/gold.ts';
import { evaluate } from '../../src/eval/run.ts';
import { openDatabase } from '../../src/storage/database.ts';

describe('evaluate (the eval command)', () => {
  it('scores every article, and one that is missing as found nothing, with an error naming it', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eval-'));
    // Byte-order mark and Windows line ends, as some outlets' exports have them.
    await writeFile(join(dir, 'a.txt'), '\uFEFFزيارة\r\nوصل الرئيس التركي رجب طيب أردوغان إلى القاهرة اليوم.\r\n');
    const person = { type: 'PERSON', name_en: 'Recep Tayyip Erdogan', name_ar: 'رجب طيب أردوغان' };
    const gold = parseGold({
      articles: [
        { file: 'a.txt', published: '2024-02-14', entities: [person, { type: 'LOCATION', name_en: 'Cairo', name_ar: 'القاهرة' }] },
        { file: 'missing.txt', published: '2024-02-14', entities: [person] },
      ],
    });
    const database = await openDatabase({ driver: 'pglite', dataDir: null });
    const errors: string[] = [];
    try {
      const result = await evaluate(database.db, gold, dir, (m) => errors.push(m));
      const [found, missing] = result.articles;
      expect(found!.entities.tp).toBe(2);
      expect(found!.misses).toEqual([]);
      expect(missing!.entities).toMatchObject({ tp: 0, fp: 0, fn: 1 });
      expect(result.overall.entities).toMatchObject({ tp: 2, fn: 1 });
      expect(errors).toEqual([`${join(dir, 'missing.txt')} not found; scored as found nothing`]);
    } finally {
      await database.close();
    }
  });
});
