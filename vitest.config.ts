import { defineConfig } from 'vitest/config';

/**
 * Four projects: `unit` for pure logic beside its code (src/**\/*.test.ts), `components` for Astro
 * components rendered in isolation (vitest.components.config.ts), `service` for the forms
 * service (service/), and `site` for tests over
 * built sites: *.build.test.ts read built HTML and XML, *.browser.test.ts drive Chromium. The site
 * project builds the sample portal once (tests/setup/site.ts) and serves it on loopback.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'admin/**/*.test.ts'],
          exclude: ['src/components/**'],
        },
      },
      // Components rendered through Astro's container API (vitest.components.config.ts).
      './vitest.components.config.ts',
      {
        // The forms service (service/): its stores run against SQLite and a real PostgreSQL (service/test/setup.ts).
        test: {
          name: 'service',
          include: ['service/**/*.test.ts'],
          globalSetup: ['service/test/setup.ts'],
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/**/*.build.test.ts', 'tests/**/*.browser.test.ts'],
          globalSetup: ['tests/setup/site.ts'],
          testTimeout: 120_000,
          hookTimeout: 600_000,
          // Builds and Chromium each want both cores; running files one at a time is faster overall here.
          fileParallelism: false,
        },
      },
    ],
  },
});
