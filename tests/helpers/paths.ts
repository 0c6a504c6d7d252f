/** Where tests put what they build: under .cache/test/, ignored by git and safe to delete. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
/** PORTAL_TEST_CACHE lets several people (or agents) run the suite at once in one checkout. */
export const testCache = process.env.PORTAL_TEST_CACHE ? join(projectRoot, process.env.PORTAL_TEST_CACHE) : join(projectRoot, '.cache', 'test');
export const fixturesDir = join(projectRoot, 'tests', 'fixtures');
export const sampleOut = join(testCache, 'sample', 'dist');
