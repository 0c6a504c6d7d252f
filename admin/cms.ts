/**
 * The CMS entry: Decap bundled with the site (no CDN), started with the configuration the build
 * generates from src/schema next to each admin page (config.yml), with previews styled like the site.
 */
import CMS from 'decap-cms-app';
import portalCss from '../src/styles/portal.css?url';
import previewCss from './preview.css?url';
import { NewsPreview, OcopPreview, ProjectPreview } from './previews.ts';

CMS.registerPreviewStyle(portalCss);
CMS.registerPreviewStyle(previewCss);
// Decap's typings predate React 19's component types; the templates take the props it passes.
const template = (c: unknown) => c as Parameters<typeof CMS.registerPreviewTemplate>[1];
CMS.registerPreviewTemplate('news', template(NewsPreview));
CMS.registerPreviewTemplate('ocop', template(OcopPreview));
CMS.registerPreviewTemplate('projects', template(ProjectPreview));
CMS.init();
