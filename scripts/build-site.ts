/**
 * Builds the portal into PORTAL_OUT_DIR and indexes it for search, as two steps: `astro build` in a
 * child process, then, once that process has exited and freed its memory, Pagefind over the written
 * pages. Run at once, Astro (about 2 GB at 20,000 entries) and Pagefind's indexer (about 3.5 GB)
 * would add up. Used by `npm run build` (scripts/build.ts) and `npm run bench`; exits non-zero when
 * either step fails.
 */
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentDir } from '../src/lib/content-dir.ts';
import { indexSite } from '../src/integrations/search/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.PORTAL_OUT_DIR;
if (!out) {
  console.error('PORTAL_OUT_DIR: thư mục ra của bản dựng chưa được đặt.');
  process.exit(2);
}

const astro = spawnSync(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORTAL_SEARCH_INDEX: 'separate' },
});
if (astro.status !== 0) process.exit(astro.status || 1);

try {
  console.log(await indexSite(resolve(root, out), contentDir(root)));
} catch (e) {
  console.error(`Lập chỉ mục tìm kiếm thất bại: ${(e as Error).message}`);
  process.exit(1);
}
