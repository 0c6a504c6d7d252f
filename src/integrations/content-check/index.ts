/**
 * Stops `astro build` before anything is rendered when content is invalid, with a Vietnamese message
 * per file and field (src/lib/content-check.ts). In `astro dev` the same problems are logged, so an
 * editor previewing locally sees them without the server stopping.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { checkContent, formatProblems, imageProblems } from '../../lib/content-check.ts';
import { contentDir, displayContentDir } from '../../lib/content-dir.ts';
import { readContentTree, readImageSizes } from './read-content.ts';

/** An error Astro prints as it is: the Vietnamese list of problems and a hint, without a stack trace (it is not a code fault). */
function contentError(message: string): Error {
  const hint = 'Sửa các tệp trên (trong trình soạn thảo hoặc ở trang quản trị /admin/) rồi dựng lại cổng.';
  const error = new AstroError(message, hint);
  error.stack = '';
  // Astro replaces the hint of any error whose text contains "document" or "window" with advice
  // about browser APIs (core/errors/dev/utils.js generateHint); every path under content/documents/
  // does. The editor's hint stays.
  Object.defineProperty(error, 'hint', { get: () => hint, set: () => {}, enumerable: true });
  return error;
}

export async function runContentCheck(root: string): Promise<{ message?: string; count: number }> {
  const dir = contentDir(root);
  const { problems, entries, images } = checkContent({
    ...readContentTree(dir),
    contentDir: displayContentDir(root),
    exists: (p) => existsSync(join(dir, p)),
  });
  const sizes = await readImageSizes(dir, images.map((i) => i.path));
  problems.push(...imageProblems(images, (p) => sizes.get(p)));
  return { message: problems.length ? formatProblems(problems) : undefined, count: entries.length };
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': async ({ command, config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { message, count } = await runContentCheck(root);
        if (!message) {
          logger.info(`${count} tệp nội dung hợp lệ.`);
          return;
        }
        if (command === 'build') throw contentError(message);
        logger.error(message);
      },
    },
  };
}
