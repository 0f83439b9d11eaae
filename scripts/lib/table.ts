/** Width of a string in a terminal: CJK and full-width characters take two columns. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

/** A plain-text table with aligned columns, numbers right-aligned. */
export function renderTable(head: string[], rows: string[][]): string {
  const cols = head.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i] ?? ""))));
  const cell = (s: string, i: number) => {
    const pad = " ".repeat((cols[i] ?? 0) - width(s));
    return /^[-+]?[\d.,]+(?:\s?[a-zA-Z%/]*)$/.test(s) ? pad + s : s + pad;
  };
  const line = (r: string[]) => r.map(cell).join("  ").trimEnd();
  return [line(head), cols.map((c) => "-".repeat(c)).join("  "), ...rows.map(line)].join("\n");
}
