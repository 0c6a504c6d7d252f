/**
 * A stored value as readers see it on the site, for the CMS's previews: «Quyết định» rather than
 * «quyet-dinh», «02/12/2026» rather than «2026-12-02», the unit's name rather than its slug. Driven by
 * the field's definition in src/schema, so every content type's preview follows its schema.
 */
import { parseStrictDate, type Field } from '../schema/fields.ts';
import { choiceLabel } from '../schema/vocabularies.ts';
import { formatDate, formatDateTime } from './dates.ts';

/** Names the preview cannot find in the entry itself (admin/previews.ts reads them from the admin page). */
export interface DisplayNames {
  units: Record<string, string>;
  categories: Record<string, string>;
}

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 4 });

function dateText(value: unknown, withTime: boolean): string {
  const d = value instanceof Date ? value : parseStrictDate(String(value), withTime);
  return d ? (withTime ? formatDateTime(d) : formatDate(d)) : String(value);
}

/** The text of a scalar field's value; '' for an empty one. Groups and lists are laid out by the caller. */
export function displayValue(f: Field, value: unknown, names: DisplayNames): string {
  if (value === undefined || value === null || value === '') return '';
  switch (f.kind) {
    case 'date':
      return dateText(value, false);
    case 'datetime':
      return dateText(value, true);
    case 'boolean':
      return value === true || value === 'true' ? 'Có' : 'Không';
    case 'number':
      return typeof value === 'number' ? numberFormat.format(value) : String(value);
    case 'select': {
      const options = (f.cms({}) as { options?: { value: string; label: string }[] }).options ?? [];
      return choiceLabel(options, String(value));
    }
    case 'unit':
      return names.units[String(value)] ?? String(value);
    case 'relation': {
      const widget = f.cms({}) as { collection?: string };
      return (widget.collection === 'settings' ? names.categories[String(value)] : undefined) ?? String(value);
    }
    case 'image':
    case 'file':
      return String(value).split('/').pop() ?? '';
    case 'list':
      return Array.isArray(value) ? value.map(String).join(', ') : String(value);
    default:
      return String(value);
  }
}
