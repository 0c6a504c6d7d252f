/**
 * `npm run service:staff -- --user <tên> --unit <đơn vị> --name "<Họ tên>"`: adds a staff account
 * of a unit, or with `--reset` sets a new password (and unlocks). The password is read from standard
 * input (one line), never from the command line, where other users of the machine could see it.
 */
import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline';
import { hashPassword, passwordProblem } from './auth.ts';
import { configFromEnv } from './config.ts';
import { openStore } from './store/index.ts';
import { loadUnits } from './units.ts';

const { values } = parseArgs({ options: { user: { type: 'string' }, unit: { type: 'string' }, name: { type: 'string' }, reset: { type: 'boolean', default: false } } });
const config = configFromEnv();
const fail = (message: string) => {
  console.error(message);
  process.exit(2);
};
if (!values.user || !/^[a-z0-9._-]{3,80}$/.test(values.user)) fail('Thiếu hoặc sai --user: tên đăng nhập 3–80 ký tự, chữ thường không dấu, số, dấu chấm, gạch ngang.');
const units = loadUnits(config.contentDir);
if (!values.reset && (!values.unit || !units.bySlug.has(values.unit))) fail(`Thiếu hoặc sai --unit: dùng tên tệp của đơn vị trong ${config.contentDir}/units, ví dụ ${units.root.slug}.`);
if (!values.reset && !values.name) fail('Thiếu --name: họ tên cán bộ, ví dụ --name "Nguyễn Văn A".');

process.stderr.write('Mật khẩu (ít nhất 12 ký tự), rồi Enter: ');
const line: string = await new Promise((resolve) => createInterface({ input: process.stdin }).once('line', resolve));
const problem = passwordProblem(line);
if (problem) fail(problem);
const store = openStore(config.database);
await store.migrate();
const hash = await hashPassword(line, config.scryptCost);
if (values.reset) {
  const staff = await store.findStaff(values.user!);
  if (!staff) fail(`Không có tài khoản «${values.user}».`);
  await store.setPassword(staff!.id, hash);
  console.log(`\nĐã đặt lại mật khẩu cho «${values.user}» và mở khóa.`);
} else {
  await store.addStaff({ username: values.user!, displayName: values.name!.normalize('NFC'), unit: values.unit!, passwordHash: hash });
  console.log(`\nĐã tạo tài khoản «${values.user}» của ${units.bySlug.get(values.unit!)!.office}.`);
}
await store.close();
