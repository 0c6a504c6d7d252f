/**
 * The CMS entry: Decap bundled with the site (no CDN), started with the configuration the build
 * generates from src/schema next to each admin page (config.yml), fully in Vietnamese, with previews
 * styled like the site, entry files written as the sample content is, and failures explained.
 */
import CMS from 'decap-cms-app';
import portalCss from '../src/styles/portal.css?url';
import previewCss from './preview.css?url';
import { contentTypes } from '../src/schema/index.ts';
import { relativeMediaFixes } from '../src/lib/media-paths.ts';
import type { DisplayNames } from '../src/lib/field-display.ts';
import type { HelpContact } from '../src/lib/cms-errors.ts';
import { vi } from './locale-vi.ts';
import { registerFormats } from './formats.ts';
import { explainFailures } from './messages.ts';
import { previews } from './previews.ts';

/** What the admin page tells the bundle (AdminShell.astro): names for previews, whom editors call. */
const page = JSON.parse(document.getElementById('portal-names')?.textContent ?? '{}') as DisplayNames & { help: HelpContact };

CMS.registerLocale('vi', vi);
registerFormats();
explainFailures(page.help);

CMS.registerPreviewStyle(portalCss);
CMS.registerPreviewStyle(previewCss);
// Decap's typings predate React 19's component types; the templates take the props it passes.
const template = (c: unknown) => c as Parameters<typeof CMS.registerPreviewTemplate>[1];
const { entryPreview, special } = previews(page);
for (const type of contentTypes) CMS.registerPreviewTemplate(type.name, template(special[type.name] ?? entryPreview(type)));
// File collections are previewed by file name: a commune's own unit file, the portal settings.
const { units, settings } = Object.fromEntries(contentTypes.map((t) => [t.name, t]));
for (const slug of Object.keys(page.units ?? {})) CMS.registerPreviewTemplate(slug, template(entryPreview(units!)));
CMS.registerPreviewTemplate('site', template(entryPreview(settings!)));

// Decap writes «images/anh.jpg» for an upload; the build needs «./images/anh.jpg» (src/lib/media-paths.ts).
interface EntryData {
  toJS(): Record<string, unknown>;
  setIn(path: readonly (string | number)[], value: string): EntryData;
}
CMS.registerEventListener({
  name: 'preSave',
  handler: ({ entry }: { entry: { get(key: 'data' | 'collection'): unknown } }) => {
    const type = contentTypes.find((t) => t.name === entry.get('collection'));
    const values = entry.get('data') as EntryData;
    if (!type) return values;
    return relativeMediaFixes(type.fields, values.toJS()).reduce((d, fix) => d.setIn(fix.path, fix.value), values);
  },
} as unknown as Parameters<typeof CMS.registerEventListener>[0]);

CMS.init();
