/**
 * Satisfaction figures (compliance F11) published at build time: the forms service exports its
 * ratings (`npm run service:figures`, service/src/figures.ts) as a JSON file the build reads. Pure:
 * parsing that file and saying a figure in Vietnamese.
 */
import { formatDate } from './dates.ts';

export interface RatingCount {
  unit: string;
  /** Procedure code; ratings are given on procedure pages. */
  procedure: string;
  count: number;
  /** Sum of the scores (1–5). */
  total: number;
}

export interface Figures {
  generated: Date;
  ratings: RatingCount[];
}

export interface Figure {
  count: number;
  /** Average score, 1–5. */
  average: number;
}

/** The exported file, checked: a broken file says what is wrong instead of publishing nonsense. */
export function parseFigures(json: unknown, file: string): Figures {
  const fail = (what: string) => new Error(`Tệp số liệu hài lòng ${file}: ${what}. Xuất lại bằng npm run service:figures.`);
  if (!json || typeof json !== 'object') throw fail('không phải một đối tượng JSON');
  const { generated, ratings } = json as Record<string, unknown>;
  const at = typeof generated === 'string' ? new Date(generated) : undefined;
  if (!at || Number.isNaN(at.getTime())) throw fail('thiếu hoặc sai «generated» (thời điểm xuất)');
  if (!Array.isArray(ratings)) throw fail('thiếu danh sách «ratings»');
  return {
    generated: at,
    ratings: ratings.map((r, i) => {
      const o = (r ?? {}) as Record<string, unknown>;
      const count = Number(o.count);
      const total = Number(o.total);
      if (typeof o.unit !== 'string' || typeof o.procedure !== 'string' || !Number.isInteger(count) || count < 1 || !(total >= count && total <= 5 * count)) {
        throw fail(`mục thứ ${i + 1} của «ratings» không hợp lệ`);
      }
      return { unit: o.unit, procedure: o.procedure, count, total };
    }),
  };
}

function sum(rows: RatingCount[]): Figure | undefined {
  const count = rows.reduce((n, r) => n + r.count, 0);
  if (count === 0) return undefined;
  return { count, average: rows.reduce((n, r) => n + r.total, 0) / count };
}

export const procedureFigure = (f: Figures | undefined, unit: string, code: string) => sum(f?.ratings.filter((r) => r.unit === unit && r.procedure === code) ?? []);
export const unitFigure = (f: Figures | undefined, unit: string) => sum(f?.ratings.filter((r) => r.unit === unit) ?? []);

/** "4,3/5 (12 lượt đánh giá, số liệu đến 03/12/2026)": one decimal, Vietnamese decimal comma. */
export function figureText(figure: Figure, generated: Date): string {
  const average = (Math.round(figure.average * 10) / 10).toFixed(1).replace('.', ',');
  return `${average}/5 (${figure.count} lượt đánh giá, số liệu đến ${formatDate(generated)})`;
}
