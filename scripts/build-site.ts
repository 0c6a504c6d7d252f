/**
 * Builds the portal into PORTAL_OUT_DIR and indexes it for search, as two steps: `astro build` in a
 * child process, then, once that process has exited and freed its memory, Pagefind over the written
 * pages. Run at once, Astro (about 2 GB at 20,000 entries) and Pagefind's indexer (about 3.5 GB)
 * would add up. Used by `npm run build` (scripts/build.ts) and `npm run bench`; exits non-zero when
 * either step fails, and stops Astro when it is stopped itself or its parent dies.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheDir, contentDir } from '../src/lib/content-dir.ts';
import { indexSite } from '../src/integrations/search/index.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.env.PORTAL_OUT_DIR;
if (!out) {
  console.error('PORTAL_OUT_DIR: thư mục ra của bản dựng chưa được đặt.');
  process.exit(2);
}

const astro = spawn(process.execPath, [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, PORTAL_SEARCH_INDEX: 'separate' },
});
// Stopped, or the parent (scripts/build.ts) is gone, even killed: stop Astro too rather than leave it
// writing into a release the next build deletes.
const stop = (signal: NodeJS.Signals) => {
  astro.kill(signal);
  process.exit(1);
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
if (process.channel) {
  process.channel.unref(); // the channel only tells us when the parent is gone; it must not keep us alive
  process.on('disconnect', () => stop('SIGTERM'));
}
const status = await new Promise<number>((done) => astro.on('exit', (code) => done(code ?? 1)));
if (status !== 0) process.exit(status);

try {
  console.log(await indexSite(resolve(root, out), contentDir(root), cacheDir(root)));
} catch (e) {
  console.error(`Lập chỉ mục tìm kiếm thất bại: ${(e as Error).message}`);
  process.exit(1);
}
