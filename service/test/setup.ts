/** Global setup of the `service` test project: provides `pgUrl`, an admin URL of a running PostgreSQL. */
import type { TestProject } from 'vitest/node';
import { startCluster } from './postgres.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const given = process.env.SERVICE_TEST_PG_URL;
  if (given) {
    project.provide('pgUrl', given);
    return;
  }
  const cluster = await startCluster();
  project.provide('pgUrl', cluster.url);
  return () => cluster.stop();
}
