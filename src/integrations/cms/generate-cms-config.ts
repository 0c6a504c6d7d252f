/**
 * The Decap CMS configuration, generated from src/schema (never written by hand). One workspace per
 * unit: a commune's editor sees only that commune's folders, with the unit filled in; the root's
 * workspace sees every unit's entries, grouped by unit.
 */
import type { CmsBackend, CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import type { ContentType } from '../../schema/define.ts';
import { MEDIA_FOLDERS, toCmsFields, type Fields } from '../../schema/fields.ts';
import { GOVERNANCE_FIELDS } from '../../schema/units.ts';

export interface CmsUnit {
  slug: string;
  name: string;
}

/** Names of the entry formats admin/formats.ts registers with Decap (stable YAML, no re-wrapping). */
export const CMS_FORMATS = { markdown: 'portal-markdown', yaml: 'portal-yaml' } as const;

export interface CmsOptions {
  types: readonly ContentType[];
  /** The content folder as Decap's paths see it: "content" in a git repository, "" when Decap's root is the folder itself. */
  contentDir: string;
  /** The unit whose workspace this is; undefined for the root's (all units). */
  unit?: CmsUnit;
  /** Slug of the root unit, whose folders the root's workspace uploads into by default. */
  rootSlug: string;
  /** Every unit with its display name («Xã Hoằng Tiến»), for the root workspace's filters. */
  units?: readonly CmsUnit[];
  backend: CmsBackend;
  /** Editorial workflow (draft, in review, ready). */
  editorialWorkflow: boolean;
  siteUrl?: string;
}

const under = (dir: string, ...parts: string[]) => [dir, ...parts].filter(Boolean).join('/');

/** Decap's summary template with dates as Vietnamese readers write them (15/06/2023), not as stored. */
export function summaryTemplate(summary: string, fields: Fields): string {
  return summary.replace(/{{\s*([\w.]+)\s*}}/g, (whole, name: string) => {
    const kind = fields[name]?.kind;
    if (kind === 'date') return `{{${name} | date('DD/MM/YYYY')}}`;
    if (kind === 'datetime') return `{{${name} | date('DD/MM/YYYY HH:mm')}}`;
    return whole;
  });
}

function sortableFields(type: ContentType): CmsCollection['sortable_fields'] {
  if (!type.sort) return undefined;
  const { by, order } = type.sort;
  return by.map((name, i) => (i === 0 ? { field: name, label: type.fields[name]?.label, default_sort: order } : name)) as CmsCollection['sortable_fields'];
}

/** In a commune's workspace the unit file's governance fields are kept as they are, out of the form. */
function hideGovernance(fields: CmsField[]): CmsField[] {
  return fields.map((f) =>
    (GOVERNANCE_FIELDS as readonly string[]).includes(f.name) ? ({ name: f.name, label: f.label, widget: 'hidden', required: false } as CmsField) : f,
  );
}

function collectionFor(type: ContentType, o: CmsOptions): CmsCollection {
  const base = {
    name: type.name,
    label: type.label,
    label_singular: type.labelSingular,
    description: type.description,
    identifier_field: type.identifier,
    ...(type.summary ? { summary: summaryTemplate(type.summary, type.fields) } : {}),
    ...(type.sort ? { sortable_fields: sortableFields(type) } : {}),
  };
  const format = { format: type.format === 'markdown' ? CMS_FORMATS.markdown : CMS_FORMATS.yaml, extension: type.format === 'markdown' ? 'md' : 'yml' };
  const fields = toCmsFields(type.fields, { unit: o.unit?.slug });
  const folder = under(o.contentDir, type.name);

  if (type.layout === 'single') {
    // Communes do not edit portal-wide settings, but their forms read the news categories from them:
    // hidden collections still feed relation widgets.
    return {
      ...base,
      ...(o.unit ? { hide: true } : {}),
      files: [{ name: 'site', label: type.label, file: `${folder}/site.yml`, fields }],
    } as CmsCollection;
  }
  if (type.layout === 'units') {
    // A commune's editor may update their own unit's contacts and leaders, not other units.
    if (o.unit) {
      return {
        ...base,
        files: [{ name: o.unit.slug, label: o.unit.name, file: `${folder}/${o.unit.slug}.yml`, fields: hideGovernance(fields) }],
      } as CmsCollection;
    }
    return { ...base, ...format, folder, create: true, slug: '{{slug}}', fields } as CmsCollection;
  }
  const slug = type.slugTemplate ?? `{{${type.identifier}}}`;
  return {
    ...base,
    ...format,
    create: true,
    // Media are stored beside the entry, in the unit's folder (./images/, ./files/), so the build
    // optimizes images and publishes attachments from there.
    media_folder: MEDIA_FOLDERS.image,
    public_folder: MEDIA_FOLDERS.image,
    ...(o.unit
      ? { folder: `${folder}/${o.unit.slug}`, slug }
      : {
          folder,
          slug,
          path: '{{unit}}/{{slug}}',
          view_groups: [{ label: 'Đơn vị', field: 'unit' }],
          // «Lọc theo» a unit by its name: groups can only show the stored slug.
          ...(o.units?.length ? { view_filters: o.units.map((u) => ({ label: u.name, field: 'unit', pattern: `^${u.slug}$` })) } : {}),
        }),
    fields,
  } as CmsCollection;
}

export function generateCmsConfig(o: CmsOptions): CmsConfig {
  return {
    backend: o.backend,
    ...(o.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    locale: 'vi',
    ...(o.siteUrl ? { site_url: o.siteUrl, display_url: o.siteUrl } : {}),
    // The header's «Tập tin» library: the unit's own news photos, where an upload is also at hand
    // when writing an article (and stays inside the unit's folders, as the ownership check requires).
    media_folder: under(o.contentDir, 'news', o.unit?.slug ?? o.rootSlug, MEDIA_FOLDERS.image),
    // Vietnamese titles become ASCII slugs without diacritics (đ → d), as the routes require.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: o.types.map((t) => collectionFor(t, o)),
  } as CmsConfig;
}
