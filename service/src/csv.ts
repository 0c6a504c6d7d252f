/** CSV for spreadsheets: every cell quoted, and cells a spreadsheet would run as a formula defused. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function toCsv(rows: readonly (readonly string[])[]): string {
  // A byte-order mark so spreadsheet programs read the file as UTF-8 (Vietnamese letters).
  return `\uFEFF${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
