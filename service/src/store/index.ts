import { openPostgres } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { Store } from './types.ts';

/** `postgres://…` or `postgresql://…` opens PostgreSQL; anything else is a SQLite file path. */
export function openStore(database: string): Store {
  return /^postgres(ql)?:\/\//.test(database) ? openPostgres(database) : openSqlite(database);
}
export type * from './types.ts';
