// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import contentCheck from './src/integrations/content-check/index.ts';
import cmsConfig from './src/integrations/cms/index.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { sanitizeMarkdownHtml } from './src/lib/markdown.ts';

// The public address of the portal; fixtures and deployments override it with PORTAL_SITE.
const site = process.env.PORTAL_SITE ?? 'https://hoanghoa.thanhhoa.gov.vn';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Tests build fixture sites from the same code into their own folders.
  outDir: process.env.PORTAL_OUT_DIR ?? './dist',
  cacheDir: process.env.PORTAL_CACHE_DIR ?? './node_modules/.astro',
  // Editors' Markdown (content/**/*.md) is sanitized; developers' MDX pages are code and are not.
  markdown: {
    syntaxHighlight: false,
    processor: satteri({ features: { rawHtml: true }, hastPlugins: [sanitizeMarkdownHtml] }),
  },
  integrations: [contentCheck(), mdx({ extendMarkdownConfig: false }), cmsConfig()],
  devToolbar: { enabled: false },
  server: { port: 4321, host: '127.0.0.1' },
});
