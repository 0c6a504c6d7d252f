/**
 * `npm run service`: starts the forms service (configuration: docs/forms-service.md). Migrates the
 * database, purges free text past its retention period now and every six hours, then listens.
 */
import { resolve } from 'node:path';
import { buildApp } from './app.ts';
import { configFromEnv } from './config.ts';
import { openStore } from './store/index.ts';
import { loadUnits } from './units.ts';

const DAY_MS = 86_400_000;

async function main(): Promise<void> {
  const config = configFromEnv();
  config.contentDir = resolve(config.contentDir);
  if (!process.env.SERVICE_SECRET) console.warn('SERVICE_SECRET chưa đặt: dùng khóa ngẫu nhiên, biểu mẫu đang mở sẽ phải gửi lại khi dịch vụ khởi động lại.');
  const units = loadUnits(config.contentDir);
  const store = openStore(config.database);
  const ran = await store.migrate();
  if (ran > 0) console.log(`Đã cập nhật cơ sở dữ liệu (${store.name}): ${ran} bước.`);
  const purge = async () => {
    const n = await store.purgeTexts(Date.now() - config.retentionDays * DAY_MS, Date.now());
    if (n > 0) console.log(`Đã xóa nội dung của ${n} mục quá ${config.retentionDays} ngày lưu trữ.`);
  };
  await purge();
  setInterval(() => void purge().catch((e) => console.error(e)), DAY_MS / 4).unref();
  const app = await buildApp({ config, store, units, logger: process.env.SERVICE_LOG !== '0' });
  const stop = async () => {
    await app.close();
    await store.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  await app.listen({ host: config.host, port: config.port });
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
