/**
 * Keys for Astro's incremental build (experimental.incrementalBuild): a page whose `cacheKey` and
 * route code are unchanged since the last build is copied from the cache instead of rendered. A key
 * must therefore change whenever anything the page shows could: src/data/cache-key.ts combines the
 * site-wide inputs (every entry's fields, settings, units, files, the build's day) with the page's
 * own params and props through the functions here.
 */
import { createHash } from 'node:crypto';
import { vietnamDay } from './working-days.ts';

/**
 * JSON with object keys sorted, so equal data always gives the same text: Dates as ISO strings,
 * Maps and Sets as arrays, functions and undefined left out (as JSON does), and an object met
 * again inside itself written as "[cycle]" rather than recursing forever.
 */
export function stableJson(value: unknown): string {
  return serialise(value);
}

/** Key text longer than this is written as its digest when its object is remembered (keyWriter). */
const FOLD_CHARS = 1024;

/**
 * Writes the key text of many values in a row, such as every path of a route: as stableJson, except
 * that an object met again (a listing shared by all its pages, an article among the related ones of
 * its neighbours) is written once, and one whose text is long stands as `#` and its digest, which no
 * JSON value can be. Equal data still gives equal text and different data different text; the
 * cost no longer grows with the pages × the size of what they share (a 20,000-entry portal's root
 * listings: 11 MB of text written and hashed for each of their pages, 10 s of every build). The
 * values must not change while the writer is in use.
 */
export function keyWriter(): (value: unknown) => string {
  const memo = new WeakMap<object, string>();
  return (value) => serialise(value, memo);
}

function serialise(value: unknown, memo?: WeakMap<object, string>): string {
  const open = new Set<object>();
  // Text written while an ancestor was open depends on that ancestor: not remembered.
  let cycles = 0;
  const write = (v: unknown): string | undefined => {
    if (v === null) return 'null';
    if (v instanceof Date) return JSON.stringify(Number.isNaN(v.getTime()) ? 'Invalid Date' : v.toISOString());
    switch (typeof v) {
      case 'string':
      case 'boolean':
        return JSON.stringify(v);
      case 'number':
        return Number.isFinite(v) ? String(v) : JSON.stringify(String(v));
      case 'bigint':
        return JSON.stringify(`${v}n`);
      case 'undefined':
      case 'function':
      case 'symbol':
        return undefined;
    }
    const o = v as object;
    if (open.has(o)) {
      cycles++;
      return '"[cycle]"';
    }
    const known = memo?.get(o);
    if (known !== undefined) return known;
    const cyclesBefore = cycles;
    open.add(o);
    let text: string;
    try {
      text = writeObject(o);
    } finally {
      open.delete(o);
    }
    if (!memo || cycles !== cyclesBefore) return text;
    const kept = text.length > FOLD_CHARS ? `#${digestOf(text)}` : text;
    memo.set(o, kept);
    return kept;
  };
  const writeObject = (o: object): string => {
    if (o instanceof Map) return write([...o.entries()].sort(([a], [b]) => (String(a) < String(b) ? -1 : String(a) > String(b) ? 1 : 0)))!;
    if (o instanceof Set) return write([...o])!;
    if (ArrayBuffer.isView(o)) return JSON.stringify(Buffer.from(o.buffer, o.byteOffset, o.byteLength).toString('base64'));
    if (Array.isArray(o)) return `[${o.map((x) => write(x) ?? 'null').join(',')}]`;
    const parts: string[] = [];
    for (const k of Object.keys(o).sort()) {
      const s = write((o as Record<string, unknown>)[k]);
      if (s !== undefined) parts.push(`${JSON.stringify(k)}:${s}`);
    }
    return `{${parts.join(',')}}`;
  };
  return write(value) ?? 'null';
}

/** A short digest of some strings (SHA-256, base64url, 128 bits: enough to tell two builds' inputs apart). */
export function digestOf(...parts: readonly (string | Buffer)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    h.update(p);
    h.update('\0');
  }
  return h.digest('base64url').slice(0, 22);
}

/**
 * What of the build's moment a page can show. Every date-dependent state is decided by the
 * Vietnamese calendar day (documents in force, consultations, OCOP certificates, announcements,
 * the schedule's week, the footer's year), except a planned outage, which is announced until the
 * moment it ends: so the day, and whether the outage is still ahead, are the whole of it. Two
 * builds on the same day before an outage ends render alike; the morning rebuild renders anew.
 */
export function momentKey(builtAt: Date, outageEnds?: Date): string {
  const outage = outageEnds ? (outageEnds.getTime() > builtAt.getTime() ? 'outage-ahead' : 'outage-over') : 'no-outage';
  return `${vietnamDay(builtAt)} ${outage}`;
}

/**
 * The front matter of a Markdown file (the text between its first two `---` lines), or the whole
 * file when it has none: a news article's or a document's body is shown on its own page only, so
 * the site-wide key leaves it out and the page's own props carry it.
 */
export function frontMatterOf(text: string): string {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(text);
  return m ? m[1]! : text;
}
