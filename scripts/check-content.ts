/**
 * `npm run check:content`: the same check the build runs, without building. Editors' CI and the
 * sample-content scripts use it; it prints the Vietnamese problems and exits 1 when there are any.
 */
import { runContentCheck } from '../src/integrations/content-check/index.ts';

const { message, count } = await runContentCheck(process.cwd());
if (message) {
  console.error(message);
  process.exit(1);
}
console.log(`${count} tệp nội dung hợp lệ.`);
