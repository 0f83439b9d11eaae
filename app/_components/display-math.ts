/**
 * remark-math reads `$$…$$` written on one line as inline math; authors mean a displayed
 * formula when it stands alone on its line, so give it fences of its own (indent kept for lists).
 */
export function displayMathLines(md: string): string {
  return md.replace(/^([ \t]*)\$\$(?!\$)([^$\n]+?)\$\$[ \t]*$/gm, (_all, indent: string, tex: string) =>
    `${indent}$$\n${indent}${tex.trim()}\n${indent}$$`,
  );
}
