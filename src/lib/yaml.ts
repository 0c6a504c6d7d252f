/**
 * YAML as content files use it: without YAML's timestamp type, because YAML silently rolls impossible
 * dates over (2023-02-30 becomes 2 March); the date fields check the text themselves.
 */
import yaml from 'js-yaml';

export function parseYaml(text: string): unknown {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA });
}
