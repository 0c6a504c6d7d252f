/**
 * `npm run service:backup -- <file>`: a consistent copy of the SQLite database while the service runs
 * (node:sqlite's online backup, safe with WAL). For PostgreSQL use pg_dump (docs/forms-service.md).
 */
import { backup, DatabaseSync } from 'node:sqlite';
import { configFromEnv } from './config.ts';

const target = process.argv[2];
const { database } = configFromEnv();
if (!target) {
  console.error('Thiếu tệp đích: npm run service:backup -- /srv/sao-luu/forms-$(date +%F).sqlite');
  process.exit(2);
}
if (/^postgres(ql)?:\/\//.test(database)) {
  console.error('Cơ sở dữ liệu là PostgreSQL: sao lưu bằng pg_dump (xem docs/forms-service.md).');
  process.exit(2);
}
const db = new DatabaseSync(database, { readOnly: true });
const pages = await backup(db, target);
db.close();
console.log(`Đã sao lưu ${database} vào ${target} (${pages} trang).`);
