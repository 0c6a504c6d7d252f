/**
 * The local content server as an attacker on the same machine (or a web page in the editor's
 * browser) would try it: writing outside the content folder, reaching it under another host name
 * (DNS rebinding), posting from another site. Runs the real server on loopback over a scratch folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { refusal, startCmsServer } from './cms-server.ts';
import { freePort } from '../tests/helpers/serve.ts';

const PORTAL = 'http://localhost:4321';
// A project with its code beside the content folder the server is confined to.
const project = mkdtempSync(join(tmpdir(), 'cms-server-'));
let port: number;
let close: () => Promise<void>;

/** A POST to the server with the headers a client chooses (fetch would not let a test set Host). */
function post(body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: '/api/v1', method: 'POST', headers: { 'content-type': 'application/json', host: `127.0.0.1:${port}`, ...headers } },
      (res) => {
        let text = '';
        res.on('data', (d) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

const persist = (path: string, raw: string) => ({
  action: 'persistEntry',
  params: { branch: 'main', entry: { slug: 'x', path, raw }, assets: [], options: { commitMessage: 'test', useWorkflow: false, status: 'draft' } },
});

beforeAll(async () => {
  mkdirSync(join(project, 'content', 'news', 'hoang-tien'), { recursive: true });
  mkdirSync(join(project, 'src'));
  writeFileSync(join(project, 'src', 'code.ts'), 'export const safe = true;\n');
  // A link an editor could have committed, pointing from content to code.
  symlinkSync(join(project, 'src'), join(project, 'content', 'news', 'lien-ket'));
  port = await freePort();
  ({ close } = await startCmsServer({ content: join(project, 'content'), port, git: false, origins: [PORTAL] }));
});

afterAll(() => close?.());

describe('the local content server', () => {
  it('writes an entry inside the content folder', async () => {
    const r = await post(persist('news/hoang-tien/tin.md', '---\ntitle: Tin\n---\n'), { origin: PORTAL });
    expect(r.status).toBe(200);
    expect(readFileSync(join(project, 'content/news/hoang-tien/tin.md'), 'utf8')).toBe('---\ntitle: Tin\n---\n');
  });

  // The same request as the one that writes above, with only the path changed: each is refused for its path.
  it.each([
    ['a path climbing out of the folder', '../src/code.ts', 422],
    ['an absolute path', join(project, 'src', 'code.ts'), 422],
    ['git hooks', '../.git/hooks/pre-commit', 422],
    // Its name looks inside; where it leads is checked when it is written.
    ['a path through a symlink to the code', 'news/lien-ket/code.ts', 500],
  ])('refuses to write %s', async (_what, path, status) => {
    const r = await post(persist(path, 'export const safe = false;\n'));
    expect(r.status).toBe(status);
    if (status === 422) expect(r.body).toContain('must resolve to a path under the configured repository');
    expect(readFileSync(join(project, 'src', 'code.ts'), 'utf8')).toBe('export const safe = true;\n');
    expect(existsSync(join(project, '.git'))).toBe(false);
  });

  it('refuses a request addressed to another host name (DNS rebinding), saying why', async () => {
    const r = await post({ action: 'info' }, { host: `attacker.example:${port}` });
    expect(r.status).toBe(403);
    expect(JSON.parse(r.body).error).toBe(`Máy chủ nội dung chỉ nhận yêu cầu gửi tới 127.0.0.1:${port} hoặc localhost:${port} (nhận được Host «attacker.example:${port}»).`);
  });

  it('refuses a request a page of another site sends', async () => {
    const r = await post(persist('news/hoang-tien/tin-gia.md', 'x'), { origin: 'https://attacker.example' });
    expect(r.status).toBe(403);
    expect(existsSync(join(project, 'content/news/hoang-tien/tin-gia.md'))).toBe(false);
  });
});

describe('refusal', () => {
  it.each([
    [{ host: '127.0.0.1:4322' }, undefined],
    [{ host: 'localhost:4322', origin: PORTAL }, undefined],
    [{ host: 'LOCALHOST:4322' }, undefined],
    [{ host: '127.0.0.1:9999' }, 'Host'],
    [{ host: '127.0.0.1.attacker.example:4322' }, 'Host'],
    [{}, 'Host'],
    [{ host: '127.0.0.1:4322', origin: 'null' }, 'trang quản trị'],
  ])('%j → %s', (headers, refused) => {
    const why = refusal({ headers }, 4322, [PORTAL]);
    if (refused === undefined) expect(why).toBeUndefined();
    else expect(why).toContain(refused);
  });
});
