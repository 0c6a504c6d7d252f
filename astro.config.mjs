// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import contentCheck from './src/integrations/content-check/index.ts';
import cmsConfig from './src/integrations/cms/index.ts';
import searchIndex from './src/integrations/search/index.ts';
import deferredOriginals from './src/integrations/deferred-originals/index.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { MARKDOWN_FEATURES, sanitizeMarkdownHtml } from './src/lib/markdown.ts';
import { articlePhotoSizes } from './src/lib/markdown-photos.ts';
import { PUBLIC_DIRECTIVES, PUBLIC_SCRIPT_SOURCES } from './src/lib/csp.ts';
import { DISPLAY_SCRIPT_HASHES, LAYER_ORDER_HASH } from './src/lib/display-scripts.ts';
import { cacheDir } from './src/lib/content-dir.ts';

// The public address of the portal; fixtures and deployments override it with PORTAL_SITE.
const site = process.env.PORTAL_SITE ?? 'https://hoanghoa.thanhhoa.gov.vn';
// `npm start` runs the forms service beside the preview and sends /gui/ to it, as nginx does in production.
const serviceProxy = process.env.PORTAL_SERVICE_URL ? { '/gui/': { target: process.env.PORTAL_SERVICE_URL } } : undefined;

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build fixture sites from the same code into their own folders.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  // Optimized images, the content store and the incremental build's pages (experimental below) live
  // here; outside node_modules, so `npm ci` keeps them (docs/deploy.md says how CI keeps them too).
  cacheDir: cacheDir(),
  // A page whose cacheKey (src/data/portal.ts withCacheKeys) and route code are unchanged since the
  // last build is copied from the cache instead of rendered (docs/performance.md).
  experimental: { incrementalBuild: true },
  // Editors' Markdown (content/**/*.md) is sanitized; developers' MDX pages are code and are not.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: MARKDOWN_FEATURES, hastPlugins: [sanitizeMarkdownHtml, articlePhotoSizes] }),
  },
  // Astro's sharp service, never asked for more pixels than an original has (src/lib/image-service.ts).
  image: { service: { entrypoint: './src/lib/image-service.ts' } },
  integrations: [contentCheck(), deferredOriginals(), mdx({ extendMarkdownConfig: false }), cmsConfig(), searchIndex(), sitemap({ filter: (page) => !new URL(page).pathname.startsWith('/admin/') })],
  // Strict CSP: each page gets a <meta> policy with the hashes of its own inline scripts and styles.
  // nginx adds a header with what a meta cannot say (frame-ancestors); browsers enforce both.
  security: {
    csp: {
      directives: [...PUBLIC_DIRECTIVES],
      // Astro hashes its bundled scripts but not is:inline ones: add the display control's two.
      scriptDirective: { resources: [...PUBLIC_SCRIPT_SOURCES], hashes: DISPLAY_SCRIPT_HASHES },
      styleDirective: { resources: ["'self'"], hashes: [LAYER_ORDER_HASH] },
    },
  },
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
  vite: serviceProxy ? { server: { proxy: serviceProxy }, preview: { proxy: serviceProxy } } : {},
});
