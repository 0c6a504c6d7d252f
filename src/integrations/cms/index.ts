/**
 * Emits the Decap configuration of every workspace: /admin/config.yml for the root unit (all units)
 * and /admin/xa/<unit>/config.yml for each commune-level unit (only its own folders). Generated
 * from src/schema and the unit files on every build, and served from memory by the dev server.
 */
import { join, relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { CmsConfig } from 'decap-cms-core';
import { contentTypes } from '../../schema/index.ts';
import { contentDir, readUnitFiles } from '../../lib/content-dir.ts';
import { unitTitleCapitalized } from '../../lib/units.ts';
import { backendFromEnv } from './backend.ts';
import { generateCmsConfig, type CmsUnit } from './generate-cms-config.ts';
import { cmsConfigYaml, writeCmsConfig } from './write-cms-config.ts';

interface UnitFile extends CmsUnit {
  parent?: string;
  /** «Xã Hoằng Tiến», for the root workspace's filters. */
  title: string;
}

function readUnits(dir: string): UnitFile[] {
  return readUnitFiles(dir).map(({ slug, data }) => {
    const name = typeof data.name === 'string' ? data.name : slug;
    const parent = typeof data.parent === 'string' && data.parent ? data.parent : undefined;
    return { slug, name, parent, title: unitTitleCapitalized({ name, kind: typeof data.kind === 'string' ? data.kind : '' }) };
  });
}

/** Workspace paths ("" for the root's, "xa/<slug>/" for a commune's) and their configurations. */
function workspaces(root: string, site: string | undefined): Map<string, CmsConfig> {
  const dir = contentDir(root);
  const choice = backendFromEnv(process.env);
  // Decap's paths are relative to what its backend serves: decap-server is confined to the content
  // folder itself; a git host serves the repository, whose root is this project's unless
  // CMS_CONTENT_PATH says where the content folder sits in it.
  const contentPath = choice.pathsFrom === 'content' ? '' : (process.env.CMS_CONTENT_PATH ?? relative(root, dir).split(/[\\/]/).join('/'));
  const units = readUnits(dir);
  const rootSlug = units.find((u) => !u.parent)?.slug ?? '';
  const common = { types: contentTypes, contentDir: contentPath, rootSlug, ...choice, siteUrl: site };
  const out = new Map<string, CmsConfig>([['', generateCmsConfig({ ...common, units: units.map((u) => ({ slug: u.slug, name: u.title })) })]]);
  for (const u of units) {
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
