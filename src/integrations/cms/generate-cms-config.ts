/**
 * The Decap CMS configuration, generated from src/schema (never written by hand). One workspace per
 * unit: a commune's editor sees only that commune's folders, with the unit filled in; the root's
 * workspace sees every unit's entries, grouped by unit.
 */
import type { CmsBackend, CmsCollection, CmsConfig } from 'decap-cms-core';
import type { ContentType } from '../../schema/define.ts';
import { toCmsFields } from '../../schema/fields.ts';

export interface CmsUnit {
  slug: string;
  name: string;
}

export interface CmsOptions {
  types: readonly ContentType[];
  /** Content folder relative to the repository root, e.g. "content". */
  contentDir: string;
  /** The unit whose workspace this is; undefined for the root's (all units). */
  unit?: CmsUnit;
  backend: CmsBackend;
  /** Use decap-server on this machine (npm start / npm run dev). */
  localBackend: boolean;
  /** Editorial workflow (draft, in review, ready) for git-host backends. */
  editorialWorkflow: boolean;
  siteUrl?: string;
}

function collectionFor(type: ContentType, o: CmsOptions): CmsCollection {
  const base = {
    name: type.name,
    label: type.label,
    label_singular: type.labelSingular,
    description: type.description,
    identifier_field: type.identifier,
    ...(type.summary ? { summary: type.summary } : {}),
    ...(type.sortable ? { sortable_fields: [...type.sortable] } : {}),
  };
  const format = type.format === 'markdown' ? { format: 'frontmatter', extension: 'md' } : { format: 'yml', extension: 'yml' };
  const fields = toCmsFields(type.fields, { unit: o.unit?.slug });
  const folder = `${o.contentDir}/${type.name}`;

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
        files: [{ name: o.unit.slug, label: o.unit.name, file: `${folder}/${o.unit.slug}.yml`, fields }],
      } as CmsCollection;
    }
    return { ...base, ...format, folder, create: true, slug: '{{slug}}', fields } as CmsCollection;
  }
  const slug = type.slugTemplate ?? `{{${type.identifier}}}`;
  return {
    ...base,
    ...format,
    create: true,
    // Media are stored beside the entry, in the unit's folder, so the build optimizes them.
    media_folder: '',
    public_folder: '',
    ...(o.unit
      ? { folder: `${folder}/${o.unit.slug}`, slug }
      : { folder, slug, path: '{{unit}}/{{slug}}', view_groups: [{ label: 'Đơn vị', field: 'unit' }] }),
    fields,
  } as CmsCollection;
}

export function generateCmsConfig(o: CmsOptions): CmsConfig {
  return {
    backend: o.backend,
    ...(o.localBackend ? { local_backend: true } : {}),
    ...(o.editorialWorkflow ? { publish_mode: 'editorial_workflow' } : {}),
    locale: 'vi',
    ...(o.siteUrl ? { site_url: o.siteUrl, display_url: o.siteUrl } : {}),
    media_folder: `${o.contentDir}/media`,
    // Vietnamese titles become ASCII slugs without diacritics (đ → d), as the routes require.
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: o.types.map((t) => collectionFor(t, o)),
  } as CmsConfig;
}
