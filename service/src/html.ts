/** Page shell and stylesheet of the service's own pages (confirmation, review, staff inbox). */
import { html, type Safe } from '../../src/lib/safe-html.ts';
export { html, escapeHtml, Safe } from '../../src/lib/safe-html.ts';

export function page(title: string, body: Safe, opts: { status?: 'noindex' } = {}): string {
  return `<!DOCTYPE html>
${html`<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${opts.status === 'noindex' ? html`<meta name="robots" content="noindex">` : ''}
<title>${title}</title>
<link rel="stylesheet" href="/gui/kieu.css">
</head>
<body>
<main id="noi-dung">
${body}
</main>
</body>
</html>`.value}
`;
}

/** The service's only stylesheet: readable at 320 px, visible focus, high contrast. */
export const STYLESHEET = `
body { font: 1.0625rem/1.55 system-ui, "Segoe UI", Roboto, Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; }
main { max-width: 48rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; line-height: 1.25; color: #7a1010; }
a { color: #0b4ea2; }
a:focus, button:focus, input:focus, select:focus, textarea:focus { outline: 3px solid #b35c00; outline-offset: 2px; }
label, legend { display: block; font-weight: 600; margin-top: 0.9rem; }
fieldset { border: 0; padding: 0; margin: 0.9rem 0 0; }
fieldset label { font-weight: 400; margin-top: 0.3rem; }
input[type=text], input[type=email], input[type=tel], input[type=password], select, textarea { box-sizing: border-box; width: 100%; max-width: 36rem; font: inherit; padding: 0.4rem; border: 2px solid #555; border-radius: 3px; }
textarea { min-height: 6rem; }
.hint { color: #444; font-size: 0.95em; margin: 0.2rem 0; }
.error { color: #a00000; font-weight: 600; }
.errors { border: 3px solid #a00000; padding: 0.5rem 1rem; }
.notice { border-left: 5px solid #0b6e2e; background: #eef7f0; padding: 0.75rem 1rem; }
.hp { position: absolute; left: -10000px; width: 1px; height: 1px; overflow: hidden; }
button { font: inherit; font-weight: 600; margin-top: 1rem; padding: 0.5rem 1.25rem; background: #7a1010; color: #fff; border: 0; border-radius: 3px; cursor: pointer; }
button.secondary { background: #fff; color: #7a1010; border: 2px solid #7a1010; }
table { border-collapse: collapse; width: 100%; font-size: 0.95em; }
th, td { border: 1px solid #999; padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
.table { overflow-x: auto; }
.overdue { color: #a00000; font-weight: 700; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
nav.staff { display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; border-bottom: 2px solid #7a1010; padding-bottom: 0.5rem; }
nav.staff form { display: inline; }
nav.staff button { margin: 0; padding: 0.2rem 0.75rem; }
dl div { margin-top: 0.5rem; }
dt { font-weight: 600; }
dd { margin: 0; }
`;
