/** Reading built pages in build tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The HTML of a route ("/xa/hoang-tien/") in a built site; fails the test with the route when missing. */
export function page(outDir: string, route: string): string {
  const file = join(outDir, route, route.endsWith('/') ? 'index.html' : '');
  if (!existsSync(file)) throw new Error(`no page built for ${route} (expected ${file})`);
  return readFileSync(file, 'utf8');
}

/** Text content of an HTML fragment, tags removed and entities for quotes and ampersands decoded. */
export function text(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/\s+/g, ' ')
    .trim();
}
