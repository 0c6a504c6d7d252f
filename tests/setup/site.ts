/**
 * Global setup of the `site` test project: builds the sample portal once and serves it on loopback.
 * Tests read the values with inject(): `siteDir` (built output) and `siteUrl`. (The CMS tests run
 * their own decap-server over a copy of a fixture, since they write.)
 */
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { SAMPLE_BUILD_TIME, buildSite } from '../helpers/build.ts';
import { projectRoot, testCache } from '../helpers/paths.ts';
import { serve } from '../helpers/serve.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // The cache is kept between runs, as a deployment keeps it: a rerun renders only what changed
  // (tests/incremental.build.test.ts holds an incremental build to a clean one). CI starts cold.
  const built = await buildSite({
    name: 'sample',
    content: join(projectRoot, 'content'),
    env: { PORTAL_BUILD_TIME: SAMPLE_BUILD_TIME },
    cacheDir: join(testCache, 'sample-cache'),
  });
  if (built.code !== 0) throw new Error(`The sample portal did not build:\n${built.output}`);

  const server = await serve(built.outDir);
  project.provide('siteDir', built.outDir);
  project.provide('siteUrl', server.url);

  return async () => {
    await server.close();
  };
}
