/**
 * "**难度评分：⭐⭐⭐ (3/5)**", "难度：★★", "**难度**：4/5": a difficulty line some banks put first
 * in an answer. Scores out of 5 map to the app's three levels: 1–2 easy, 3 medium, 4–5 hard.
 */
const LINE = /^(?:\*\*|__)?\s*难度(?:评分|等级|系数)?\s*(?:\*\*|__)?\s*[：:]\s*(?:\*\*|__)?([^*_]{1,40}?)(?:\*\*|__)?\s*$/;
const SCORE = /(\d+(?:\.\d+)?)\s*\/\s*(\d+)/;

export function difficultyOf(line: string): 1 | 2 | 3 | null {
  const m = LINE.exec(line.trim());
  if (!m) return null;
  const text = m[1] ?? "";
  const score = SCORE.exec(text);
  let n: number;
  let of = 5;
  if (score) {
    n = Number(score[1]);
    of = Number(score[2]);
  } else {
    n = [...text].filter((c) => c === "⭐" || c === "★").length;
  }
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
