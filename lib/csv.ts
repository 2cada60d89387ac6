/** One CSV cell: quoted when a spreadsheet would split it, and defused when it would run as a formula. */
export function csvCell(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\n\r]|^[=+\-@\t]/.test(text) ? `"${text.replace(/^([=+\-@\t])/, "'$1").replace(/"/g, '""')}"` : text;
}
