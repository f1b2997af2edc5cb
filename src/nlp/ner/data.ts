import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The shared NER data directory: --data flag, else SHABAKA_SHARED_DATA, else ../shared/data from the project root. */
export function resolveDataDir(flag?: string): string {
  const dir = flag ?? process.env['SHABAKA_SHARED_DATA'] ?? join(PROJECT_ROOT, '../shared/data');
  const abs = resolve(dir);
  if (!existsSync(join(abs, 'anercorp'))) throw new Error(`NER data not found at ${abs} (set --data or SHABAKA_SHARED_DATA)`);
  return abs;
}

export const anercorpFile = (dataDir: string, name: string): string => join(dataDir, 'anercorp', name);
export const aqmarFile = (dataDir: string): string => join(dataDir, 'aqmar', 'aqmar.txt');
