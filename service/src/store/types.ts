/**
 * The one storage interface of the forms service. Two implementations: SQLite embedded (default, no
 * set-up; node:sqlite) and PostgreSQL (production; pg). Times are milliseconds since 1970 (UTC).
 */
import type { FormKind } from '../../../src/lib/forms.ts';

export const STATUSES = ['moi', 'dang-xu-ly', 'da-tra-loi', 'da-dong'] as const;
export type Status = (typeof STATUSES)[number];

export interface NewSubmission {
  kind: FormKind;
  unit: string;
  page: string;
  createdAt: number;
  /** End of the answer deadline, for questions and information requests. */
  dueAt: number | null;
  facts: Record<string, string>;
  texts: Record<string, string>;
}

export interface Submission extends NewSubmission {
  id: number;
  status: Status;
  /** Free text removed after the retention period: `texts` is then empty and this is set. */
  purgedAt: number | null;
  answeredAt: number | null;
  /** content/questions/<unit>/<slug>.md once an answer is published. */
  published: string | null;
}

export interface Staff {
  id: number;
  username: string;
  displayName: string;
  unit: string;
  passwordHash: string;
  failedCount: number;
  lockedUntil: number | null;
}

export interface Session {
  staff: Staff;
  csrf: string;
  expiresAt: number;
}

/** Which submissions a staff member may see: their unit's, or every unit's for the root unit. */
export type UnitScope = { all: true } | { all: false; unit: string };

export interface ListFilter {
  scope: UnitScope;
  kind?: FormKind;
  status?: Status;
  limit?: number;
}

export interface Store {
  readonly name: 'sqlite' | 'postgres';
  /** Applies the migrations not applied yet; returns how many ran. */
  migrate(): Promise<number>;
  /** The schema version (number of the last migration applied). */
  schemaVersion(): Promise<number>;
  addSubmission(s: NewSubmission): Promise<number>;
  getSubmission(id: number, scope: UnitScope): Promise<Submission | undefined>;
  listSubmissions(filter: ListFilter): Promise<Submission[]>;
  countSubmissions(): Promise<number>;
  setStatus(id: number, scope: UnitScope, status: Status, at: number, published?: string): Promise<boolean>;
  /** Empties the free text of submissions received before `before`; returns how many. */
  purgeTexts(before: number, at: number): Promise<number>;
  /** Per unit and page (and procedure for ratings): counts for published figures. */
  ratingSummary(): Promise<{ unit: string; procedure: string; count: number; total: number }[]>;

  addStaff(s: { username: string; displayName: string; unit: string; passwordHash: string }): Promise<number>;
  findStaff(username: string): Promise<Staff | undefined>;
  recordLoginFailure(id: number, lockedUntil: number | null): Promise<void>;
  resetLoginFailures(id: number): Promise<void>;
  setPassword(id: number, passwordHash: string): Promise<void>;

  createSession(idHash: string, staffId: number, csrf: string, expiresAt: number): Promise<void>;
  findSession(idHash: string, now: number): Promise<Session | undefined>;
  deleteSession(idHash: string): Promise<void>;
  close(): Promise<void>;
}
