/**
 * Splits a list into numbered pages with stable addresses: page 1 at `base`, page n at
 * `base + "trang/<n>/"`. Archives, categories and filters all page the same way.
 */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  /** Total number of pages (at least 1, even for an empty list). */
  total: number;
  items: T[];
  /** This page's path. */
  path: string;
  prev?: string;
  next?: string;
  /** Paths of every page, for the numbered links. */
  all: string[];
}

export function pagePath(base: string, n: number): string {
  return n <= 1 ? base : `${base}trang/${n}/`;
}

export function paginate<T>(items: readonly T[], base: string, size: number): Page<T>[] {
  if (!base.endsWith('/')) throw new Error(`paginate: base must end with "/" (got ${base})`);
  if (size < 1) throw new Error('paginate: size must be at least 1');
  const total = Math.max(1, Math.ceil(items.length / size));
  const all = Array.from({ length: total }, (_, i) => pagePath(base, i + 1));
  return all.map((path, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    path,
    prev: i > 0 ? all[i - 1] : undefined,
    next: i < total - 1 ? all[i + 1] : undefined,
    all,
  }));
}

/**
 * Which page numbers to show as links when there are many: first, last, and a window around the
 * current page, with `null` for a gap ("…").
 */
export function pageWindow(current: number, total: number, radius = 2): (number | null)[] {
  const out: (number | null)[] = [];
  for (let n = 1; n <= total; n++) {
    if (n === 1 || n === total || Math.abs(n - current) <= radius) out.push(n);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
