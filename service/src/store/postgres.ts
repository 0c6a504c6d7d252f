/** PostgreSQL (Debian's package in production) through pg's connection pool. */
import pg from 'pg';
import { SqlStore, type Row, type Runner } from './sql-store.ts';

/** `?` placeholders as PostgreSQL's `$1, $2, …` (our SQL has no `?` inside literals). */
export function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function runnerOn(q: pg.Pool | pg.PoolClient): Omit<Runner, 'transaction' | 'close'> {
  return {
    all: async (sql, params = []) => (await q.query(numbered(sql), params)).rows as Row[],
    run: async (sql, params = []) => (await q.query(numbered(sql), params)).rowCount ?? 0,
    exec: async (sql) => {
      await q.query(sql);
    },
  };
}

export function openPostgres(url: string): SqlStore {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  const runner: Runner = {
    ...runnerOn(pool),
    transaction: async (fn) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const tx: Runner = { ...runnerOn(client), transaction: (f) => f(tx), close: async () => {} };
        const result = await fn(tx);
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK');
        throw e;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
  return new SqlStore('postgres', runner);
}
