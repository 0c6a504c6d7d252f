/** Serializes the generated Decap configuration to the YAML file the admin page loads. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import yaml from 'js-yaml';
import type { CmsConfig } from 'decap-cms-core';

export function cmsConfigYaml(config: CmsConfig): string {
  return `# Sinh tự động từ src/schema: đừng sửa tay (npm run build tạo lại tệp này).\n${yaml.dump(config, { lineWidth: 120, noRefs: true })}`;
}

export function writeCmsConfig(file: string, config: CmsConfig): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, cmsConfigYaml(config));
}
