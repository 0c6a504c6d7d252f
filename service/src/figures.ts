/**
 * `npm run service:figures [-- --out .data/hai-long.json]`: writes the satisfaction ratings, counted
 * per unit and procedure (no text, nothing personal), for the next build to publish
 * (src/lib/satisfaction.ts; the build reads PORTAL_SATISFACTION_FILE, default .data/hai-long.json).
 */
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Store } from './store/types.ts';

export async function figuresJson(store: Store, now = new Date()): Promise<string> {
  const ratings = (await store.ratingSummary()).sort((a, b) => a.unit.localeCompare(b.unit) || a.procedure.localeCompare(b.procedure));
  return `${JSON.stringify({ generated: now.toISOString(), ratings }, null, 2)}\n`;
}

/** Written whole or not at all: a build reading it meanwhile sees the old file or the new one. */
export async function writeFigures(store: Store, file: string): Promise<void> {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, await figuresJson(store));
  renameSync(`${file}.tmp`, file);
}

if (import.meta.main) {
  const { configFromEnv } = await import('./config.ts');
  const { openStore } = await import('./store/index.ts');
  const { values } = parseArgs({ options: { out: { type: 'string', default: process.env.PORTAL_SATISFACTION_FILE ?? '.data/hai-long.json' } } });
  const store = openStore(configFromEnv().database);
  await store.migrate();
  await writeFigures(store, values.out!);
  await store.close();
  console.log(`Đã ghi số liệu hài lòng vào ${values.out}; lần dựng cổng tiếp theo sẽ đăng.`);
}
