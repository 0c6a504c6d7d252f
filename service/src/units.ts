/** The units the service serves, read from the portal's content/units (the same files the site builds from). */
import { readUnitFiles } from '../../src/lib/content-dir.ts';
import { communeOptions, type Option } from '../../src/lib/forms.ts';
import { unitTitle } from '../../src/lib/units.ts';

export interface ServiceUnit {
  slug: string;
  name: string;
  kind: string;
  parent?: string;
  mergedInto?: string;
  successors?: string[];
  phone: string;
  /** "xã Hoằng Tiến" */
  title: string;
  /** "Ủy ban nhân dân xã Hoằng Tiến" */
  office: string;
}

export interface Units {
  root: ServiceUnit;
  bySlug: ReadonlyMap<string, ServiceUnit>;
  communes: Option[];
}

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

export function loadUnits(contentDir: string): Units {
  const all: ServiceUnit[] = readUnitFiles(contentDir).map(({ slug, data }) => {
    const unit = { slug, name: str(data.name) ?? slug, kind: str(data.kind) ?? 'xa', parent: str(data.parent), mergedInto: str(data.mergedInto), successors: Array.isArray(data.successors) ? data.successors.filter((s): s is string => typeof s === 'string') : undefined, phone: str(data.phone) ?? '' };
    const title = unitTitle(unit);
    return { ...unit, title, office: `Ủy ban nhân dân ${title}` };
  });
  const roots = all.filter((u) => !u.parent);
  if (roots.length !== 1) throw new Error(`Thư mục ${contentDir}/units cần đúng một đơn vị gốc (không có «parent»), hiện có ${roots.length}: kiểm tra PORTAL_CONTENT_DIR.`);
  return { root: roots[0]!, bySlug: new Map(all.map((u) => [u.slug, u])), communes: communeOptions(all) };
}
