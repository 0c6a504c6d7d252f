/**
 * The markup of a citizens' form, written once: the static pages show it empty (through
 * src/components/forms/CitizenForm.astro), the forms service shows it again filled in, with its
 * problems, for review before sending. Plain HTML that posts without JavaScript.
 */
import { COMMON_FIELDS, fieldOptions, type FieldDef, type FormDef, type Option } from './forms.ts';
import { html, type Safe } from './safe-html.ts';

export interface FormRender {
  unit: string;
  page: string;
  /** Options of a commune field. */
  units: readonly Option[];
  /** Prefix of element ids, unique on the page. */
  id: string;
  values?: Readonly<Record<string, string>>;
  errors?: Readonly<Record<string, string>>;
  /** Time-to-fill token, when the service shows the form. */
  token?: string;
  /** Fields sent as they are, not shown (a rating's procedure code). */
  fixed?: Readonly<Record<string, string>>;
  /** Heading of the form; none when the page around it has one. */
  heading?: string;
  /** Shown under the button: whom to call when sending fails. */
  fallback?: Safe | string;
}

function describedBy(ids: (string | false | undefined)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function fieldHtml(f: FieldDef, o: FormRender): Safe {
  const id = `${o.id}-${f.name}`;
  const value = o.values?.[f.name] ?? '';
  const error = o.errors?.[f.name];
  const hintId = f.hint ? `${id}-goi-y` : undefined;
  const errorId = error ? `${id}-loi` : undefined;
  const described = describedBy([hintId, errorId]);
  const hint = f.hint ? html`<p class="hint" id="${hintId}">${f.hint}</p>` : '';
  const err = error ? html`<p class="error" id="${errorId}">${error}</p>` : '';
  const required = f.required ? html` <span class="required">(bắt buộc)</span>` : '';
  if (f.control === 'radio') {
    return html`<fieldset id="${id}"${described ? html` aria-describedby="${described}"` : ''}>
<legend>${f.label}${required}</legend>${hint}${err}
${fieldOptions(f, o.units).map(
  (opt, i) =>
    html`<label><input type="radio" name="${f.name}" value="${opt.value}"${i === 0 && f.required ? html` required` : ''}${value === opt.value ? html` checked` : ''}> ${opt.label}</label>
`,
)}</fieldset>`;
  }
  if (f.control === 'checkbox') {
    return html`<div class="consent">${err}<label><input type="checkbox" id="${id}" name="${f.name}" value="yes"${f.required ? html` required` : ''}${value === 'yes' ? html` checked` : ''}${described ? html` aria-describedby="${described}"` : ''}> ${f.label}</label></div>`;
  }
  const attrs = html`id="${id}" name="${f.name}"${f.required ? html` required` : ''}${f.maxLength ? html` maxlength="${f.maxLength}"` : ''}${f.autocomplete ? html` autocomplete="${f.autocomplete}"` : ''}${described ? html` aria-describedby="${described}"` : ''}${error ? html` aria-invalid="true"` : ''}`;
  const label = html`<label for="${id}">${f.label}${required}</label>${hint}${err}`;
  if (f.control === 'textarea') return html`${label}<textarea ${attrs} rows="5">${value}</textarea>`;
  if (f.control === 'select') {
    return html`${label}<select ${attrs}><option value="">Chọn…</option>${fieldOptions(f, o.units).map(
      (opt) => html`<option value="${opt.value}"${value === opt.value ? html` selected` : ''}>${opt.label}</option>`,
    )}</select>`;
  }
  return html`${label}<input type="${f.control}" ${attrs} value="${value}">`;
}

export function formHtml(form: FormDef, o: FormRender): Safe {
  const errors = Object.entries(o.errors ?? {});
  const shown = form.fields.filter((f) => !(o.fixed && f.name in o.fixed));
  return html`<form method="post" action="/gui/${form.action}/" class="ctt-citizen-form" id="${o.id}"${o.heading ? html` aria-labelledby="${o.id}-tieu-de"` : html` aria-label="${form.title}"`}>
${o.heading ? html`<h2 id="${o.id}-tieu-de">${o.heading}</h2>` : ''}
${errors.length > 0
  ? html`<div class="errors" role="alert"><p><strong>Chưa gửi được: xin sửa ${errors.length} mục sau.</strong></p><ul>${errors.map(([name, message]) => html`<li><a href="#${o.id}-${name}">${message}</a></li>`)}</ul></div>`
  : ''}
<input type="hidden" name="${COMMON_FIELDS.unit}" value="${o.unit}">
<input type="hidden" name="${COMMON_FIELDS.page}" value="${o.page}">
${Object.entries(o.fixed ?? {}).map(([name, value]) => html`<input type="hidden" name="${name}" value="${value}">`)}
${o.token ? html`<input type="hidden" name="${COMMON_FIELDS.token}" value="${o.token}">` : ''}
<div class="hp" aria-hidden="true"><label for="${o.id}-${COMMON_FIELDS.honeypot}">Để trống ô này</label><input type="text" id="${o.id}-${COMMON_FIELDS.honeypot}" name="${COMMON_FIELDS.honeypot}" tabindex="-1" autocomplete="off"></div>
${shown.map((f) => fieldHtml(f, o))}
<button type="submit">${form.submitLabel}</button>
${o.fallback ? html`<p class="hint">${o.fallback}</p>` : ''}
</form>`;
}
