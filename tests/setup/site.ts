/**
 * Global setup of the `site` test project: builds the sample portal once, serves it on loopback,
 * and starts decap-server (the CMS's local backend) over this checkout. Tests read the values with
 * inject(): `siteDir` (built output), `siteUrl`, `cmsUrl`.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../helpers/build.ts';
import { projectRoot } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
    cmsUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

export default async function setup(project: TestProject) {
  const cmsPort = await freePort();
  const cmsUrl = `http://127.0.0.1:${cmsPort}/api/v1`;
  const built = await buildSite({ name: 'sample', content: join(projectRoot, 'content'), env: { CMS_PROXY_URL: cmsUrl } });
  if (built.code !== 0) throw new Error(`The sample portal did not build:\n${built.output}`);

  const server = await serve(built.outDir);
  const cms = spawn(process.execPath, [join(projectRoot, 'node_modules', 'decap-server', 'dist', 'index.js')], {
    cwd: projectRoot,
    env: { ...process.env, PORT: String(cmsPort), BIND_HOST: '127.0.0.1', MODE: 'fs', LOG_LEVEL: 'error', GIT_REPO_DIRECTORY: projectRoot },
    stdio: 'inherit',
  });
  // Wait until decap-server answers, so no test races its start.
  for (let i = 0; i < 100; i++) {
    const ok = await fetch(cmsUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"action":"info"}' })
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 100));
  }

  project.provide('siteDir', built.outDir);
  project.provide('siteUrl', server.url);
  project.provide('cmsUrl', cmsUrl);

  return async () => {
    cms.kill('SIGTERM');
    await server.close();
  };
}
