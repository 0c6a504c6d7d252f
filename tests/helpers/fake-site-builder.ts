/**
 * A stand-in for scripts/build-site.ts in publishing tests whose fault is not in Astro
 * (PORTAL_TEST_SITE_BUILDER): writes a tiny site into PORTAL_OUT_DIR in milliseconds. Options, by
 * environment:
 * - FAKE_SITE_TEXT: text on the home page, to tell which build is served;
 * - FAKE_SITE_BYTES: size of a script that barely compresses (default 2000), to fill a small disk;
 * - FAKE_SITE_DEV_FULL=1: its .gz is a link to /dev/full, so precompression gets a real ENOSPC where
 *   no small filesystem can be mounted;
 * - FAKE_SITE_GATE: writes `<gate>.started` (its pid) once it has written the site, then waits
 *   until `<gate>` exists, so a test can act while a build is under way;
 * - FAKE_SITE_LOG: appends `start <build pid>` and `end <build pid>` lines;
 * - FAKE_SITE_FAIL=1: fails (exit 1) after writing the site, as a build with bad content does.
 * Like build-site.ts, it stops when its parent dies (the IPC channel closes).
 */
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const out = process.env.PORTAL_OUT_DIR!;
const log = (what: string) => process.env.FAKE_SITE_LOG && appendFileSync(process.env.FAKE_SITE_LOG, `${what} ${process.ppid}\n`);
if (process.channel) {
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
}

log('start');
const text = process.env.FAKE_SITE_TEXT ?? 'Cổng thử';
mkdirSync(join(out, 'admin'), { recursive: true });
mkdirSync(join(out, 'assets'), { recursive: true });
writeFileSync(join(out, 'index.html'), `<!doctype html><html lang="vi"><title>${text}</title><h1>${text}</h1>${'<p>Tin tức.</p>'.repeat(100)}</html>`);
writeFileSync(join(out, '404.html'), '<!doctype html><html lang="vi"><title>Không tìm thấy</title></html>');
writeFileSync(join(out, 'admin', 'config.yml'), 'backend:\n  name: git-gateway\n');
writeFileSync(join(out, 'assets', 'app.js'), randomBytes(Math.ceil((Number(process.env.FAKE_SITE_BYTES ?? 2000) * 3) / 4)).toString('base64'));
if (process.env.FAKE_SITE_DEV_FULL === '1') symlinkSync('/dev/full', join(out, 'assets', 'app.js.gz'));

const gate = process.env.FAKE_SITE_GATE;
if (gate) {
  writeFileSync(`${gate}.started`, String(process.pid));
  await new Promise<void>((done) => {
    const timer = setInterval(() => existsSync(gate) && (clearInterval(timer), done()), 20);
  });
}
log('end');
if (process.env.FAKE_SITE_FAIL === '1') {
  console.error('Lỗi giả: nội dung không hợp lệ.');
  process.exit(1);
}
