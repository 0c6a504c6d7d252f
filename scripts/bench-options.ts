/**
 * The synthetic portal a benchmark run is about, from its command line (`--pages 20000 --units 40
 * --photos 0.3`), and where its files go: .cache/bench/, one folder set per size, shared by
 * `npm run bench` and `npm run bench:hugo` so both build the same content.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function benchOptions(argv: readonly string[] = process.argv) {
  const arg = (name: string, fallback: number) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const root = fileURLToPath(new URL('..', import.meta.url));
  const pages = arg('pages', 20000);
  const unitCount = arg('units', 40);
  const work = join(root, '.cache', 'bench');
  const name = `${pages}-${unitCount}`;
  return { root, pages, unitCount, photoShare: arg('photos', 0.3), work, name, content: join(work, `content-${name}`) };
}
