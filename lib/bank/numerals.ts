const DIGITS: Record<string, number> = {
  〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/**
 * "十二" -> 12, "二十一" -> 21, "一百零五" -> 105, "12" / "１２" -> 12; null when not a numeral.
 * Chapter headings in banks use either form, so both must give the same chapter number.
 */
export function parseNumeral(raw: string): number | null {
  const s = raw.normalize("NFKC").replace(/\s+/g, "");
  if (!s) return null;
  if (/^\d+$/.test(s)) return Number(s);
  let total = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in DIGITS) {
      digit = DIGITS[ch] ?? 0;
    } else if (ch in UNITS) {
      // A bare unit means one of it: "十二" is 1×10 + 2.
      total += (digit ?? 1) * (UNITS[ch] ?? 1);
      digit = null;
    } else {
      return null;
    }
  }
  return total + (digit ?? 0);
}
