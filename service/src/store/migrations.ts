/**
 * Schema migrations, in order; a migration once released is never edited, only followed by another.
 * Each has its SQL for both stores (SQLite and PostgreSQL differ in key types only).
 */
export interface Migration {
  version: number;
  name: string;
  sqlite: string;
  postgres: string;
}

const tables = (id: string, big: string) => `
CREATE TABLE submissions (
  id ${id},
  kind TEXT NOT NULL,
  unit TEXT NOT NULL,
  page TEXT NOT NULL,
  created_at ${big} NOT NULL,
  due_at ${big},
  status TEXT NOT NULL DEFAULT 'moi',
  facts TEXT NOT NULL,
  texts TEXT NOT NULL,
  purged_at ${big},
  answered_at ${big},
  published TEXT
);
CREATE INDEX submissions_unit_created ON submissions (unit, created_at);
CREATE INDEX submissions_created ON submissions (created_at);
CREATE TABLE staff (
  id ${id},
  username TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  unit TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  failed_count INTEGER NOT NULL DEFAULT 0,
  locked_until ${big}
);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id) ON DELETE CASCADE,
  csrf TEXT NOT NULL,
  expires_at ${big} NOT NULL
);
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'submissions, staff and sessions',
    sqlite: tables('INTEGER PRIMARY KEY AUTOINCREMENT', 'INTEGER'),
    postgres: tables('BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY', 'BIGINT'),
  },
];
