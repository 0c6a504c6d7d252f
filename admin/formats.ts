/**
 * The entry formats the generated config names (CMS_FORMATS): stable YAML, written as the sample
 * content is (src/lib/cms-format.ts), so a saved entry changes only what the editor changed.
 */
import CMS from 'decap-cms-app';
import { markdownFormat, yamlFormat } from '../src/lib/cms-format.ts';
import { CMS_FORMATS } from '../src/integrations/cms/generate-cms-config.ts';

type Formatter = Parameters<typeof CMS.registerCustomFormat>[2];

export function registerFormats(): void {
  CMS.registerCustomFormat(CMS_FORMATS.yaml, 'yml', yamlFormat as unknown as Formatter);
  CMS.registerCustomFormat(CMS_FORMATS.markdown, 'md', markdownFormat as unknown as Formatter);
}
