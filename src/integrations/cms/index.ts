/**
 * Emits the Decap configuration the admin page loads (/admin/config.yml): generated from src/schema
 * and the unit files on every build, and served from memory by the dev server.
 */
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { CmsConfig } from 'decap-cms-core';
import { contentTypes } from '../../schema/index.ts';
import { contentDir } from '../../lib/content-dir.ts';
import { backendFromEnv } from './backend.ts';
import { generateCmsConfig } from './generate-cms-config.ts';
import { cmsConfigYaml, writeCmsConfig } from './write-cms-config.ts';

export default function cmsConfig(): AstroIntegration {
  let make: () => CmsConfig;
  return {
    name: 'portal:cms-config',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = new URL('.', config.root).pathname;
        const dir = contentDir(root);
        make = () =>
          generateCmsConfig({
            types: contentTypes,
            contentDir: relative(root, dir).split(/[\\/]/).join('/'),
            ...backendFromEnv(process.env),
            siteUrl: config.site,
          });
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use('/admin/config.yml', (_req, res) => {
          res.setHeader('content-type', 'text/yaml; charset=utf-8');
          res.end(cmsConfigYaml(make()));
        });
      },
      'astro:build:done': ({ dir }) => {
        writeCmsConfig(join(dir.pathname, 'admin', 'config.yml'), make());
      },
    },
  };
}
