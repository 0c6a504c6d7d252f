/**
 * Every production backend loads: the site is built with each CMS_BACKEND as a district office would
 * set it, /admin/ opens with no configuration error and no CSP violation, shows that backend's login,
 * and pressing it starts that host's login (the OAuth authorize page, answered here by a stub: the
 * test machine has no network). Which backend does what is docs/cms-backends.md.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launch } from './helpers/browser.ts';
import { buildSite, fixture } from './helpers/build.ts';
import { serve } from './helpers/serve.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const GIT = 'https://git.thanhhoa.gov.vn';
const REPO = 'ubnd-thanhhoa/cong-thong-tin';

const BACKENDS = [
  {
    name: 'github',
    env: { CMS_BACKEND: 'github', CMS_REPO: REPO, CMS_BASE_URL: 'https://cms-auth.thanhhoa.gov.vn' },
    login: 'Đăng nhập bằng tài khoản GitHub',
    // GitHub's login goes through the office's OAuth proxy, in a pop-up.
    authorize: { popup: true, url: /^https:\/\/cms-auth\.thanhhoa\.gov\.vn\/auth\?provider=github&site_id=[^&]+&scope=repo$/ },
  },
  {
    name: 'gitlab',
    env: { CMS_BACKEND: 'gitlab', CMS_REPO: REPO, CMS_APP_ID: 'app-123', CMS_API_ROOT: 'https://gitlab.thanhhoa.gov.vn/api/v4' },
    login: 'Đăng nhập bằng tài khoản GitLab',
    authorize: { popup: false, url: /^https:\/\/gitlab\.thanhhoa\.gov\.vn\/oauth\/authorize\?client_id=app-123&/ },
  },
  {
    name: 'gitea',
    env: { CMS_BACKEND: 'gitea', CMS_REPO: REPO, CMS_APP_ID: 'app-123', CMS_API_ROOT: `${GIT}/api/v1` },
    login: 'Đăng nhập bằng tài khoản Gitea',
    authorize: { popup: false, url: /^https:\/\/git\.thanhhoa\.gov\.vn\/login\/oauth\/authorize\?client_id=app-123&/ },
  },
  {
    name: 'forgejo',
    env: { CMS_BACKEND: 'forgejo', CMS_REPO: REPO, CMS_APP_ID: 'app-123', CMS_API_ROOT: `${GIT}/api/v1` },
    login: 'Đăng nhập bằng tài khoản Forgejo',
    authorize: { popup: false, url: /^https:\/\/git\.thanhhoa\.gov\.vn\/login\/oauth\/authorize\?client_id=app-123&/ },
  },
] as const;

/** Answers every request that leaves loopback with a stub page, and records it. */
async function stubTheInternet(page: Page, seen: string[]) {
  await page.context().route(/^https:\/\//, (route) => {
    seen.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' });
  });
}

describe.each(BACKENDS)('the $name backend', (backend) => {
  let site: { url: string; close: () => Promise<void> };
  beforeAll(async () => {
    const built = await buildSite({ name: `cms-${backend.name}`, content: fixture('province'), env: backend.env });
    if (built.code !== 0) throw new Error(built.output);
    site = await serve(built.outDir);
  });
  afterAll(() => site?.close());

  it('opens /admin/ with no configuration error and shows its login', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await stubTheInternet(page, []);
    await page.goto(`${site.url}/admin/`);
    await page.getByRole('button', { name: backend.login }).waitFor({ timeout: 30_000 });
    const body = await page.locator('body').innerText();
    expect(body).not.toContain('Trang quản trị chưa mở được');
    expect(body).not.toContain('Lỗi cấu hình');
    expect(errors).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    await context.close();
  });

  it('starts the host’s login when the editor presses it', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seen: string[] = [];
    await stubTheInternet(page, seen);
    await page.goto(`${site.url}/admin/`);
    const button = page.getByRole('button', { name: backend.login });
    await button.waitFor({ timeout: 30_000 });
    if (backend.authorize.popup) {
      const popup = context.waitForEvent('page');
      await button.click();
      await (await popup).waitForLoadState();
    } else {
      await button.click();
      await page.waitForURL(backend.authorize.url);
    }
    const authorize = seen.find((u) => backend.authorize.url.test(u));
    expect(authorize, `requests: ${seen.join(', ')}`).toBeDefined();
    if (!backend.authorize.popup) {
      const params = new URL(authorize!).searchParams;
      // PKCE: the browser proves it made the login, with no client secret anywhere in the site.
      expect(params.get('code_challenge_method')).toBe('S256');
      expect(params.get('redirect_uri')).toBe(`${site.url}/admin/`);
    }
    await context.close();
  });
});
