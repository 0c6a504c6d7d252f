/**
 * `npm start`: builds the portal, then serves it at http://localhost:4321 with the CMS at /admin/
 * writing through decap-server to this checkout's files (no git host account needed).
 * `npm run dev` does the same with Astro's dev server, which rebuilds pages as content changes.
 * Both servers listen on loopback only: decap-server writes files and must not be reachable from the network.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const dev = process.argv.includes('--dev');
const host = '127.0.0.1';
const cmsPort = process.env.CMS_PORT ?? '8081';
const env = { ...process.env, CMS_PROXY_URL: process.env.CMS_PROXY_URL ?? `http://${host}:${cmsPort}/api/v1` };

function run(cmd: string, args: string[], extraEnv: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, [cmd, ...args], { cwd: root, stdio: 'inherit', env: { ...env, ...extraEnv } });
}

if (!dev) {
  const build = fileURLToPath(new URL('./build.ts', import.meta.url));
  const code = await new Promise<number>((resolve) => run(build, []).on('exit', (c) => resolve(c ?? 1)));
  if (code !== 0) {
    console.error('\nKhông dựng được cổng: xem lỗi ở trên (thường là nội dung chưa hợp lệ, có ghi tệp và trường cần sửa).');
    process.exit(code);
  }
}

const children = [
  run(bin('decap-server'), [], { PORT: cmsPort, BIND_HOST: host, MODE: 'fs', LOG_LEVEL: 'warn' }),
  run(bin('astro'), [dev ? 'dev' : 'preview', '--host', host, '--port', '4321']),
];
console.log(`\nCổng thông tin: http://localhost:4321/  ·  Quản trị nội dung: http://localhost:4321/admin/\n`);

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
