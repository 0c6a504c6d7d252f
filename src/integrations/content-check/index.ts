/**
 * Stops `astro build` before anything is rendered when content is invalid, with a Vietnamese message
 * per file and field (src/lib/content-check.ts). In `astro dev` the same problems are logged, so an
 * editor previewing locally sees them without the server stopping.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { checkContent, formatProblems } from '../../lib/content-check.ts';
import { contentDir, displayContentDir } from '../../lib/content-dir.ts';
import { readContentFiles } from './read-content.ts';

export class ContentError extends Error {
  override name = 'ContentError';
}

export function runContentCheck(root: string): { message?: string; count: number } {
  const dir = contentDir(root);
  const { problems, entries } = checkContent({
    files: readContentFiles(dir),
    contentDir: displayContentDir(root),
    exists: (p) => existsSync(join(dir, p)),
  });
  return { message: problems.length ? formatProblems(problems) : undefined, count: entries.length };
}

export default function contentCheck(): AstroIntegration {
  return {
    name: 'portal:content-check',
    hooks: {
      'astro:config:setup': ({ command, config, logger }) => {
        const root = new URL('.', config.root).pathname;
        const { message, count } = runContentCheck(root);
        if (!message) {
          logger.info(`${count} tệp nội dung hợp lệ.`);
          return;
        }
        if (command === 'build') throw new ContentError(message);
        logger.error(message);
      },
    },
  };
}
