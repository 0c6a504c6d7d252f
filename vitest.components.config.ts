/**
 * The `components` project: Astro components rendered to HTML through Astro's container API
 * (experimental_AstroContainer), with small inputs written in each test (src/components/**\/*.test.ts).
 * getViteConfig gives the tests Astro's compiler and the project's Vite settings.
 */
import { getViteConfig } from 'astro/config';

export default getViteConfig({
  test: {
    name: 'components',
    include: ['src/components/**/*.test.ts'],
  },
});
