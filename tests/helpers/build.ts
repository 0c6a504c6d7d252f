/**
 * Builds a site from this project's code and a given content folder, into its own output and cache
 * folders, the way `npm run build` does. A fixture site is just another content folder.
 */
import { spawn } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, testCache } from './paths.ts';

export interface BuildResult {
  code: number;
  output: string;
  outDir: string;
}

/**
 * `cacheDir` keeps Astro's cache (content store, optimized images, the incremental build's pages)
 * between builds, as a deployment does; without it each build starts cold. The output folder is
 * always emptied first, as `npm run build` empties its staging folder.
 */
export function buildSite(opts: { name: string; content: string; env?: Record<string, string>; cacheDir?: string }): Promise<BuildResult> {
  const base = join(testCache, opts.name);
  const outDir = join(base, 'dist');
  rmSync(base, { recursive: true, force: true });
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join(projectRoot, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORTAL_CONTENT_DIR: opts.content,
        PORTAL_OUT_DIR: outDir,
        PORTAL_CACHE_DIR: opts.cacheDir ?? join(base, 'cache'),
        ASTRO_TELEMETRY_DISABLED: '1',
        ...opts.env,
      },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    child.on('exit', (code) => resolve({ code: code ?? 1, output, outDir }));
  });
}

/**
 * The moment the sample portal is built as of in tests (PORTAL_BUILD_TIME, src/lib/build-time.ts), so
 * its date-dependent states (documents in force, consultations, OCOP certificates) are the same on
 * whichever day the tests run. Vietnam time; its date part is the day the pages say states are as of.
 */
export const SAMPLE_BUILD_TIME = '2026-12-02T08:00:00+07:00';

/** A fixture's content folder. */
export const fixture = (name: string) => join(projectRoot, 'tests', 'fixtures', name, 'content');
