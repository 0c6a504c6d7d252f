/**
 * Emits the Decap configuration of every workspace: /admin/config.yml for the root unit (all units)
 * and /admin/xa/<unit>/config.yml for each commune-level unit (only its own folders). Generated
 * from src/schema and the unit files on every build, and served from memory by the dev server.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { CmsConfig } from 'decap-cms-core';
import { contentTypes } from '../../schema/index.ts';
import { contentDir, unitSlugs } from '../../lib/content-dir.ts';
import { parseYaml } from '../../lib/content-check.ts';
import { backendFromEnv } from './backend.ts';
import { generateCmsConfig, type CmsUnit } from './generate-cms-config.ts';
import { cmsConfigYaml, writeCmsConfig } from './write-cms-config.ts';

interface UnitFile extends CmsUnit {
  parent?: string;
}

function readUnits(dir: string): UnitFile[] {
  return unitSlugs(dir).map((slug) => {
    const data = parseYaml(readFileSync(join(dir, 'units', `${slug}.yml`), 'utf8')) as { name?: string; parent?: string } | null;
    return { slug, name: data?.name ?? slug, parent: data?.parent || undefined };
  });
}

/** Workspace paths ("" for the root's, "xa/<slug>/" for a commune's) and their configurations. */
function workspaces(root: string, site: string | undefined): Map<string, CmsConfig> {
  const dir = contentDir(root);
  // Decap's paths are relative to the repository decap-server or the git host serves; that is this
  // project's root unless CMS_CONTENT_PATH says where the content folder sits in it (tests use a copy).
  const contentPath = process.env.CMS_CONTENT_PATH ?? relative(root, dir).split(/[\\/]/).join('/');
  const common = { types: contentTypes, contentDir: contentPath, ...backendFromEnv(process.env), siteUrl: site };
  const out = new Map<string, CmsConfig>([['', generateCmsConfig(common)]]);
  for (const u of readUnits(dir)) {
    if (u.parent) out.set(`xa/${u.slug}/`, generateCmsConfig({ ...common, unit: u }));
  }
  return out;
}

export default function cmsConfig(): AstroIntegration {
  let make: () => Map<string, CmsConfig>;
  return {
    name: 'portal:cms-config',
    hooks: {
      'astro:config:setup': ({ config }) => {
        const root = new URL('.', config.root).pathname;
        make = () => workspaces(root, config.site);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((req, res, next) => {
          const m = /^\/admin\/(.*)config\.yml$/.exec(req.url?.split('?')[0] ?? '');
          const config = m ? make().get(m[1]!) : undefined;
          if (!config) return next();
          res.setHeader('content-type', 'text/yaml; charset=utf-8');
          res.end(cmsConfigYaml(config));
        });
      },
      'astro:build:done': ({ dir }) => {
        for (const [path, config] of make()) writeCmsConfig(join(dir.pathname, 'admin', path, 'config.yml'), config);
      },
    },
  };
}
