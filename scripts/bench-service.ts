/**
 * `npm run bench:service [-- --seconds 30 --connections 20 --store sqlite|postgres]`: a bounded load
 * run against the forms service on loopback. The service runs as `npm run service` would (its own
 * process, a fresh database), with the rate limit raised for the one client this is; concurrent
 * clients post feedback, ratings and questions, each with a valid time-to-fill token so each one is stored. Prints
 * requests per second and latency, and fails unless there were no errors and no non-2xx answers, and
 * the database holds exactly as many submissions as were accepted. Not part of npm test (no timings there).
 * PostgreSQL: SERVICE_BENCH_PG_URL, or a throw-away cluster from Debian's binaries.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { fillToken } from '../service/src/auth.ts';
import { openStore } from '../service/src/store/index.ts';
import { freshDatabase, startCluster } from '../service/test/postgres.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { seconds: { type: 'string', default: '30' }, connections: { type: 'string', default: '20' }, store: { type: 'string', default: 'sqlite' } } });
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const secret = 'bench secret, at least thirty-two characters long';

const port: number = await new Promise((resolve) => {
  const s = createServer().listen(0, '127.0.0.1', () => {
    const a = s.address();
    s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
  });
});

const work = join(root, '.cache', 'bench-service');
rmSync(work, { recursive: true, force: true });
mkdirSync(work, { recursive: true });
let cluster: { stop: () => void } | undefined;
let database = join(work, 'forms.sqlite');
if (values.store === 'postgres') {
  let admin = process.env.SERVICE_BENCH_PG_URL;
  if (!admin) {
    const c = await startCluster();
    cluster = c;
    admin = c.url;
  }
  database = await freshDatabase(admin);
}

const service = spawn(process.execPath, [join(root, 'service', 'src', 'main.ts')], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORTAL_CONTENT_DIR: join(root, 'tests', 'fixtures', 'forms', 'content'),
    SERVICE_PORT: String(port),
    SERVICE_DATABASE: database,
    SERVICE_SECRET: secret,
    SERVICE_RATE_LIMIT: '1000000',
    SERVICE_LOG: '0',
  },
});
const url = `http://127.0.0.1:${port}`;
for (let i = 0; ; i++) {
  if (await fetch(`${url}/gui/suc-khoe/`).then((r) => r.ok, () => false)) break;
  if (i > 100 || service.exitCode !== null) throw new Error('the service did not start (see its message above)');
  await new Promise((r) => setTimeout(r, 100));
}

const token = (action: string) => fillToken(Buffer.from(secret), action, Date.now() - 10_000);
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();
const page = '/xa/hoang-tien/dich-vu-cong/cap-giay-xac-nhan-tinh-trang-hon-nhan/';
const bodies: [string, string][] = [
  ['/gui/y-kien/', form({ unit: 'hoang-tien', page, useful: 'co', comment: 'Trang dễ hiểu', t: token('y-kien') })],
  ['/gui/danh-gia/', form({ unit: 'hoang-tien', page, procedure: '1.004873', score: '5', t: token('danh-gia') })],
  ['/gui/cau-hoi/', form({ unit: 'hoang-tien', page: '/xa/hoang-tien/hoi-dap/', name: 'Người thử tải', commune: 'hoang-tien', topic: 'Hộ tịch', question: 'Câu hỏi thử tải: làm giấy khai sinh ở đâu?', consent: 'yes', t: token('cau-hoi') })],
];

console.log(`Đo tải dịch vụ biểu mẫu (${values.store}): ${seconds} giây, ${connections} kết nối, ${url}`);
// Our own clients rather than autocannon's: autocannon cuts the requests in flight when time is up,
// which the service may already have stored, so "accepted" could not be counted exactly. Here each
// client finishes its last request, and every answer is counted.
const counts = { accepted: 0, other: 0, errors: 0 };
const latencies: number[] = [];
const started = performance.now();
const end = started + seconds * 1000;
await Promise.all(
  Array.from({ length: connections }, async (_, c) => {
    for (let i = c; performance.now() < end; i++) {
      const [path, body] = bodies[i % bodies.length]!;
      const t0 = performance.now();
      try {
        const r = await fetch(`${url}${path}`, { method: 'POST', body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
        const text = await r.text();
        latencies.push(performance.now() - t0);
        if (r.status === 200 && text.includes('Đã nhận')) counts.accepted++;
        else counts.other++;
      } catch {
        counts.errors++;
      }
    }
  }),
);
const elapsed = (performance.now() - started) / 1000;
latencies.sort((a, b) => a - b);
const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))]!.toFixed(1);

service.kill('SIGTERM');
await new Promise((r) => service.once('exit', r));
const store = openStore(database);
const stored = await store.countSubmissions();
await store.close();
cluster?.stop();

const total = counts.accepted + counts.other + counts.errors;
console.log(`Yêu cầu/giây: ${(total / elapsed).toFixed(0)} (${total} yêu cầu trong ${elapsed.toFixed(1)} giây)`);
console.log(`Độ trễ: trung vị ${pct(50)} ms, p99 ${pct(99)} ms, lớn nhất ${latencies.at(-1)!.toFixed(1)} ms`);
console.log(`Đã nhận (trang xác nhận): ${counts.accepted} · trả lời khác: ${counts.other} · lỗi kết nối: ${counts.errors} · đã lưu trong cơ sở dữ liệu: ${stored}`);
const ok = counts.errors === 0 && counts.other === 0 && counts.accepted > 0 && stored === counts.accepted;
console.log(ok ? 'Đạt: không lỗi, không mất mục nào.' : 'KHÔNG ĐẠT: có lỗi, hoặc số mục đã lưu khác số được nhận.');
process.exit(ok ? 0 : 1);
