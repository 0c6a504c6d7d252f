/**
 * `npm start`: builds the portal, then serves it at http://localhost:4321 with the CMS at /admin/
 * writing through the local content server (scripts/cms-server.ts) into this checkout's content/
 * (no git host account needed), and the forms service (service/) under /gui/ on the same address,
 * storing in .data/forms.sqlite unless SERVICE_DATABASE says otherwise (docs/forms-service.md). `npm run dev` does the same with Astro's dev server, which rebuilds
 * pages as content changes.
 *
 * Options (after `--`): `--port <n>` serves the portal on another port (the content server takes
 * the next one, the forms service the one after), `--workflow` tries the editorial workflow (draft → in review → ready) on a copy of
 * the content in its own git repository, .cache/cms-workflow/, so branches and merges never touch
 * this checkout. Everything listens on loopback only: the content server writes files and is for one
 * person on their own machine.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { contentDir } from '../src/lib/content-dir.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const { values } = parseArgs({
  options: { dev: { type: 'boolean', default: false }, workflow: { type: 'boolean', default: false }, port: { type: 'string', default: process.env.PORT ?? '4321' } },
});
const host = '127.0.0.1';
const port = Number(values.port);
const cmsPort = Number(process.env.CMS_PORT ?? port + 1);
const servicePort = Number(process.env.SERVICE_PORT ?? port + 2);
if (!Number.isInteger(port) || port < 1 || port > 65534) {
  console.error(`Cổng «${values.port}» không hợp lệ: dùng một số từ 1 đến 65534, ví dụ npm start -- --port 8080.`);
  process.exit(2);
}

/** The editorial-workflow trial: a git repository holding a copy of the content, made once. */
function workflowRepository(): string {
  const dir = join(root, '.cache', 'cms-workflow');
  if (existsSync(join(dir, '.git'))) return dir;
  mkdirSync(dir, { recursive: true });
  cpSync(contentDir(root), dir, { recursive: true });
  const git = (...args: string[]) => spawnSync('git', ['-C', dir, ...args], { stdio: 'inherit' });
  git('init', '-q', '-b', 'main');
  // decap-server commits each save; the trial repository names its own author, so it works on a
  // machine with no git identity configured.
  git('config', 'user.name', 'Biên tập viên (thử quy trình)');
  git('config', 'user.email', 'cms@localhost');
  git('add', '.');
  git('commit', '-q', '-m', 'Bản sao nội dung để thử quy trình duyệt bài');
  return dir;
}

const content = values.workflow ? workflowRepository() : contentDir(root);
const env = {
  ...process.env,
  PORTAL_CONTENT_DIR: content,
  CMS_PROXY_URL: `http://${host}:${cmsPort}/api/v1`,
  // astro.config.mjs sends /gui/ to the service, so forms post to the portal's own origin as behind nginx.
  PORTAL_SERVICE_URL: `http://${host}:${servicePort}`,
  SERVICE_HOST: host,
  SERVICE_PORT: String(servicePort),
  SERVICE_LOG: process.env.SERVICE_LOG ?? '0',
  // The trial builds and serves its own site, from its own releases, beside the real one.
  ...(values.workflow
    ? { CMS_EDITORIAL_WORKFLOW: '1', PORTAL_PUBLISH_DIR: '.cache/cms-workflow-site', PORTAL_OUT_DIR: '.cache/cms-workflow-site', PORTAL_RELEASES_DIR: '.cache/cms-workflow-releases' }
    : {}),
};

function run(cmd: string, args: string[]): ChildProcess {
  return spawn(process.execPath, [cmd, ...args], { cwd: root, stdio: 'inherit', env });
}

if (!values.dev) {
  const code = await new Promise<number>((resolve) => run(join(root, 'scripts', 'build.ts'), []).on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) {
    console.error('\nKhông dựng được cổng: xem lỗi ở trên (thường là nội dung chưa hợp lệ, có ghi tệp và trường cần sửa).');
    process.exit(code);
  }
}

const origins = [`http://localhost:${port}`, `http://${host}:${port}`].flatMap((o) => ['--origin', o]);
const children = [
  run(join(root, 'scripts', 'cms-server.ts'), ['--content', content, '--port', String(cmsPort), ...(values.workflow ? ['--git'] : []), ...origins]),
  run(bin('astro'), [values.dev ? 'dev' : 'preview', '--host', host, '--port', String(port)]),
  run(join(root, 'service', 'src', 'main.ts'), []),
];
console.log(`\nCổng thông tin: http://localhost:${port}/  ·  Quản trị nội dung: http://localhost:${port}/admin/  ·  Hộp thư ý kiến: http://localhost:${port}/gui/quan-tri/${values.workflow ? '  ·  Thử quy trình duyệt bài trên bản sao ở .cache/cms-workflow/' : ''}\n`);

const stop = () => {
  for (const c of children) c.kill('SIGTERM');
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) {
  c.on('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
