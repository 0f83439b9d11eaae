/**
 * "**难度评分：⭐⭐⭐ (3/5)**", "难度：★★", "**难度**：4/5": a difficulty line some banks put first
 * in an answer. Scores out of 5 map to the app's three levels: 1–2 easy, 3 medium, 4–5 hard.
 */
const SCORE = /(\d{1,3}(?:\.\d{1,2})?)\s*\/\s*(\d{1,3})/;
const LABELS = new Set(["", "评分", "等级", "系数"]);

// Read by slicing, not by one regex: a line of thousands of spaces must cost linear time.
export function difficultyOf(line: string): 1 | 2 | 3 | null {
  const t = line.trim().replace(/^(?:\*\*|__)/, "").replace(/(?:\*\*|__)$/, "").trim();
  if (!t.startsWith("难度")) return null;
  const colon = t.search(/[：:]/);
  if (colon < 0 || colon > 8) return null;
  if (!LABELS.has(t.slice(2, colon).replace(/[*_\s]/g, ""))) return null;
  const text = t.slice(colon + 1).replace(/\*\*|__/g, "").trim();
  if (text.length > 40) return null;
  const score = SCORE.exec(text);
  const n = score ? Number(score[1]) : [...text].filter((c) => c === "⭐" || c === "★").length;
  const of = score ? Number(score[2]) : 5;
  if (!(n > 0) || !(of > 0) || n > of) return null;
  const five = (n / of) * 5;
  return five <= 2 ? 1 : five <= 3 ? 2 : 3;
}

/** The difficulty on the first non-blank answer line, and the 0-based line where the answer then starts. */
export function readDifficulty(lines: string[], from: number, to: number): { difficulty: 1 | 2 | 3; from: number } | null {
  let i = from;
  while (i < to && !(lines[i] ?? "").trim()) i++;
  const difficulty = i < to ? difficultyOf(lines[i] ?? "") : null;
  if (difficulty === null) return null;
  i++;
  while (i < to && !(lines[i] ?? "").trim()) i++;
  return { difficulty, from: i };
}
