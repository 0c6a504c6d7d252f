/**
 * SQLite, embedded: Node 24's built-in node:sqlite (no native add-on to build). One file, WAL mode
 * so readers do not wait for the writer; the service is one process, so one connection.
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync, type SQLInputValue } from 'node:sqlite';
import { SqlStore, type Row, type Runner } from './sql-store.ts';

export function openSqlite(file: string): SqlStore {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;');
  const runner: Runner = {
    all: async (sql, params = []) => db.prepare(sql).all(...(params as SQLInputValue[])) as Row[],
    run: async (sql, params = []) => Number(db.prepare(sql).run(...(params as SQLInputValue[])).changes),
    exec: async (sql) => db.exec(sql),
    transaction: async (fn) => {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(runner);
        db.exec('COMMIT');
        return result;
      } catch (e) {
        db.exec('ROLLBACK');
        throw e;
      }
    },
    close: async () => db.close(),
  };
  return new SqlStore('sqlite', runner);
}
