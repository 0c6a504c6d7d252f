/**
 * The queries of both stores, written once with `?` placeholders; each store supplies how to run
 * SQL (SQLite in-process, PostgreSQL over pg) and its dialect's migrations.
 */
import type { FormKind } from '../../../src/lib/forms.ts';
import { MIGRATIONS } from './migrations.ts';
import type { ListFilter, NewSubmission, Session, Staff, Status, Store, Submission, UnitScope } from './types.ts';

export type Row = Record<string, unknown>;

export interface Runner {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs `fn` in one transaction, with a runner bound to it. */
  transaction<T>(fn: (r: Runner) => Promise<T>): Promise<T>;
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

const num = (v: unknown): number => Number(v);
const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const json = (v: unknown): Record<string, string> => (typeof v === 'string' && v ? (JSON.parse(v) as Record<string, string>) : {});

function toSubmission(r: Row): Submission {
  return {
    id: num(r.id),
    kind: String(r.kind) as FormKind,
    unit: String(r.unit),
    page: String(r.page),
    createdAt: num(r.created_at),
    dueAt: numOrNull(r.due_at),
    status: String(r.status) as Status,
    facts: json(r.facts),
    texts: json(r.texts),
    purgedAt: numOrNull(r.purged_at),
    answeredAt: numOrNull(r.answered_at),
    published: r.published === null || r.published === undefined ? null : String(r.published),
  };
}

function toStaff(r: Row): Staff {
  return {
    id: num(r.id),
    username: String(r.username),
    displayName: String(r.display_name),
    unit: String(r.unit),
    passwordHash: String(r.password_hash),
    failedCount: num(r.failed_count),
    lockedUntil: numOrNull(r.locked_until),
  };
}

function scopeSql(scope: UnitScope): [string, unknown[]] {
  return scope.all ? ['1 = 1', []] : ['unit = ?', [scope.unit]];
}

export class SqlStore implements Store {
  readonly name: 'sqlite' | 'postgres';
  #db: Runner;

  constructor(name: 'sqlite' | 'postgres', db: Runner) {
    this.name = name;
    this.#db = db;
  }

  async migrate(): Promise<number> {
    await this.#db.exec('CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)');
    let ran = 0;
    for (const m of MIGRATIONS) {
      const applied = await this.#db.transaction(async (tx) => {
        // Two services starting at once: the primary key makes the second one's insert fail and roll back.
        const done = await tx.all('SELECT version FROM schema_migrations WHERE version = ?', [m.version]);
        if (done.length > 0) return false;
        await tx.exec(m[this.name]);
        await tx.run('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [m.version, m.name, Date.now()]);
        return true;
      });
      if (applied) ran++;
    }
    return ran;
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.#db.all('SELECT MAX(version) AS v FROM schema_migrations');
    return num(rows[0]?.v ?? 0);
  }

  async addSubmission(s: NewSubmission): Promise<number> {
    const rows = await this.#db.all(
      'INSERT INTO submissions (kind, unit, page, created_at, due_at, status, facts, texts) VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id',
      [s.kind, s.unit, s.page, s.createdAt, s.dueAt, 'moi', JSON.stringify(s.facts), JSON.stringify(s.texts)],
    );
    return num(rows[0]!.id);
  }

  async getSubmission(id: number, scope: UnitScope): Promise<Submission | undefined> {
    const [where, params] = scopeSql(scope);
    const rows = await this.#db.all(`SELECT * FROM submissions WHERE id = ? AND ${where}`, [id, ...params]);
    return rows[0] ? toSubmission(rows[0]) : undefined;
  }

  async listSubmissions(f: ListFilter): Promise<Submission[]> {
    const [where, params] = scopeSql(f.scope);
    const clauses = [where];
    if (f.kind) {
      clauses.push('kind = ?');
      params.push(f.kind);
    }
    if (f.status) {
      clauses.push('status = ?');
      params.push(f.status);
    }
    params.push(f.limit ?? 500);
    const rows = await this.#db.all(`SELECT * FROM submissions WHERE ${clauses.join(' AND ')} ORDER BY created_at DESC, id DESC LIMIT ?`, params);
    return rows.map(toSubmission);
  }

  async countSubmissions(): Promise<number> {
    const rows = await this.#db.all('SELECT COUNT(*) AS n FROM submissions');
    return num(rows[0]!.n);
  }

  async setStatus(id: number, scope: UnitScope, status: Status, at: number, published?: string): Promise<boolean> {
    const [where, params] = scopeSql(scope);
    const answered = status === 'da-tra-loi' ? at : null;
    const changed = await this.#db.run(
      `UPDATE submissions SET status = ?, answered_at = COALESCE(?, answered_at), published = COALESCE(?, published) WHERE id = ? AND ${where}`,
      [status, answered, published ?? null, id, ...params],
    );
    return changed > 0;
  }

  async purgeTexts(before: number, at: number): Promise<number> {
    return this.#db.run("UPDATE submissions SET texts = '{}', purged_at = ? WHERE created_at < ? AND purged_at IS NULL", [at, before]);
  }

  async ratingSummary(): Promise<{ unit: string; procedure: string; count: number; total: number }[]> {
    const rows = await this.#db.all("SELECT unit, facts FROM submissions WHERE kind = 'rating'");
    const sums = new Map<string, { unit: string; procedure: string; count: number; total: number }>();
    for (const r of rows) {
      const facts = json(r.facts);
      const key = `${String(r.unit)}\u0000${facts.procedure ?? ''}`;
      const s = sums.get(key) ?? { unit: String(r.unit), procedure: facts.procedure ?? '', count: 0, total: 0 };
      s.count++;
      s.total += Number(facts.score ?? 0);
      sums.set(key, s);
    }
    return [...sums.values()];
  }

  async addStaff(s: { username: string; displayName: string; unit: string; passwordHash: string }): Promise<number> {
    const rows = await this.#db.all('INSERT INTO staff (username, display_name, unit, password_hash) VALUES (?, ?, ?, ?) RETURNING id', [
      s.username,
      s.displayName,
      s.unit,
      s.passwordHash,
    ]);
    return num(rows[0]!.id);
  }

  async findStaff(username: string): Promise<Staff | undefined> {
    const rows = await this.#db.all('SELECT * FROM staff WHERE username = ?', [username]);
    return rows[0] ? toStaff(rows[0]) : undefined;
  }

  async recordLoginFailure(id: number, lockedUntil: number | null): Promise<void> {
    await this.#db.run('UPDATE staff SET failed_count = failed_count + 1, locked_until = COALESCE(?, locked_until) WHERE id = ?', [lockedUntil, id]);
  }

  async resetLoginFailures(id: number): Promise<void> {
    await this.#db.run('UPDATE staff SET failed_count = 0, locked_until = NULL WHERE id = ?', [id]);
  }

  async setPassword(id: number, passwordHash: string): Promise<void> {
    await this.#db.run('UPDATE staff SET password_hash = ?, failed_count = 0, locked_until = NULL WHERE id = ?', [passwordHash, id]);
    await this.#db.run('DELETE FROM sessions WHERE staff_id = ?', [id]);
  }

  async createSession(idHash: string, staffId: number, csrf: string, expiresAt: number): Promise<void> {
    await this.#db.run('INSERT INTO sessions (id_hash, staff_id, csrf, expires_at) VALUES (?, ?, ?, ?)', [idHash, staffId, csrf, expiresAt]);
  }

  async findSession(idHash: string, now: number): Promise<Session | undefined> {
    const rows = await this.#db.all(
      'SELECT s.csrf, s.expires_at, t.* FROM sessions s JOIN staff t ON t.id = s.staff_id WHERE s.id_hash = ? AND s.expires_at > ?',
      [idHash, now],
    );
    const r = rows[0];
    return r ? { staff: toStaff(r), csrf: String(r.csrf), expiresAt: num(r.expires_at) } : undefined;
  }

  async deleteSession(idHash: string): Promise<void> {
    await this.#db.run('DELETE FROM sessions WHERE id_hash = ?', [idHash]);
  }

  close(): Promise<void> {
    return this.#db.close();
  }
}
