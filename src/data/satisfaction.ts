/**
 * The satisfaction figures the forms service exported (npm run service:figures), read once per
 * build from PORTAL_SATISFACTION_FILE (default .data/hai-long.json). No file: no figures shown.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseFigures, type Figures } from '../lib/satisfaction.ts';

let cached: Promise<Figures | undefined> | undefined;

/** Where the figures are read from. */
export const satisfactionFile = () => resolve(process.env.PORTAL_SATISFACTION_FILE ?? '.data/hai-long.json');

export function satisfactionFigures(): Promise<Figures | undefined> {
  cached ??= (async () => {
    const file = satisfactionFile();
    if (!existsSync(file)) return undefined;
    return parseFigures(JSON.parse(readFileSync(file, 'utf8')), file);
  })();
  return cached;
}
