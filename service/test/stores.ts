/** Both stores, for describe.each: each call opens a fresh, migrated, empty one. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';
import { openPostgres } from '../src/store/postgres.ts';
import { openSqlite } from '../src/store/sqlite.ts';
import type { Store } from '../src/store/types.ts';
import { freshDatabase } from './postgres.ts';

export const STORES: [string, () => Promise<Store>][] = [
  ['SQLite', async () => openSqlite(join(mkdtempSync(join(tmpdir(), 'ctt-sqlite-')), 'forms.sqlite'))],
  ['PostgreSQL', async () => openPostgres(await freshDatabase(inject('pgUrl')))],
];
