import { normalizeTitle } from "./ids";
import type { BodyChapter, BodyQuestion } from "./parse-body";
import type { TocChapter, TocEntry } from "./parse-toc";

/** Where a TOC entry's answer lies in the file: 0-based, half-open line range. */
export interface Answer {
  from: number;
  to: number;
  line: number;
}

type Warn = (line: number, message: string) => void;

/**
 * Attaches body headings to TOC entries. Chapters match by number (falling back to order, as
 * a body may retitle a chapter); questions by normalised title, then by number, because TOC
 * anchors and heading ids disagree too often in real banks to be trusted.
 */
export function matchBody(toc: TocChapter[], body: BodyChapter[], warn: Warn): Map<TocEntry, Answer> {
  const answers = new Map<TocEntry, Answer>();
  const lineOf = new Map<TocEntry, number>();
  const take = (e: TocEntry, q: BodyQuestion) => {
    answers.set(e, { from: q.from, to: q.to, line: q.line });
    lineOf.set(e, q.line);
  };
  const usedChapters = new Set<TocChapter>();
  let lastIndex = -1;

  for (const bc of body) {
    if (bc.number === null && bc.line === 0) {
      // A TOC of one chapter (a flat list) needs no chapter headings in the body.
      const [only] = toc;
      if (only && toc.length === 1) matchChapter(toc, only, bc.questions, answers, lineOf, take, warn);
      else matchLoose(toc, bc.questions, answers, take, warn);
      continue;
    }
    let tc = bc.number === null ? undefined : toc.find((c) => c.number === bc.number);
    if (!tc) {
      const next = toc[lastIndex + 1];
      if (next && !usedChapters.has(next)) {
        tc = next;
        warn(bc.line, `body chapter "${bc.title}" has no chapter with its number in the TOC; matched by order to chapter ${next.number}`);
      }
    } else if (normalizeTitle(bc.title) !== normalizeTitle(tc.title)) {
      warn(bc.line, `chapter ${tc.number} is titled "${bc.title}" in the body but "${tc.title}" in the TOC; matched by number`);
    }
    if (!tc) {
      warn(bc.line, `body chapter "${bc.title}" matches no chapter of the TOC; its ${bc.questions.length} question(s) ignored`);
      continue;
    }
    usedChapters.add(tc);
    lastIndex = toc.indexOf(tc);
    matchChapter(toc, tc, bc.questions, answers, lineOf, take, warn);
  }
  return answers;
}

function matchChapter(
  toc: TocChapter[],
  tc: TocChapter,
  questions: BodyQuestion[],
  answers: Map<TocEntry, Answer>,
  lineOf: Map<TocEntry, number>,
  take: (e: TocEntry, q: BodyQuestion) => void,
  warn: Warn,
) {
  const unmatched: BodyQuestion[] = [];
  for (const q of questions) {
    const same = tc.entries.filter((e) => normalizeTitle(e.title) === normalizeTitle(q.title));
    const free = same.find((e) => !answers.has(e));
    if (free) take(free, q);
    else if (same[0]) warn(q.line, `question answered twice in the body (first at line ${lineOf.get(same[0])}); this one ignored: ${q.title}`);
    else unmatched.push(q);
  }
  // Second pass, so that a title match elsewhere in the chapter is never stolen by number.
  for (const q of unmatched) {
    // A heading titled like another chapter's question is that question misplaced (or a code
    // sample), never an answer to whatever this chapter lists under the same number.
    const key = normalizeTitle(q.title);
    const other = toc.find((c) => c !== tc && c.entries.some((e) => normalizeTitle(e.title) === key));
    if (other) {
      warn(q.line, `body heading in chapter ${tc.number} is a question of chapter ${other.number} in the TOC; ignored: ${q.title}`);
      continue;
    }
    const byNumber = tc.entries.find((e) => e.number === q.number && !answers.has(e));
    if (byNumber) {
      take(byNumber, q);
      warn(q.line, `body heading "${q.title}" differs from its TOC title "${byNumber.title}"; matched by chapter ${tc.number} number ${q.number}`);
    } else {
      warn(q.line, `body heading has no table-of-contents entry in chapter ${tc.number}; ignored: ${q.title}`);
    }
  }
}

/**
 * Questions before any chapter heading: matched by title, a title that several chapters list
 * going to the first unanswered one after the entry matched last (banks answer in TOC order).
 * One warning for them all: with no chapter to go by, a shared title is matched by position.
 */
function matchLoose(
  toc: TocChapter[],
  questions: BodyQuestion[],
  answers: Map<TocEntry, Answer>,
  take: (e: TocEntry, q: BodyQuestion) => void,
  warn: Warn,
) {
  const all = toc.flatMap((c) => c.entries);
  let matched = 0;
  let cursor = -1; // TOC position of the entry matched last
  for (const q of questions) {
    const key = normalizeTitle(q.title);
    const fits = (e: TocEntry) => normalizeTitle(e.title) === key && !answers.has(e);
    // After the last match first: a shared title whose first listing has no answer is the later one.
    let at = all.findIndex((e, k) => k > cursor && fits(e));
    if (at < 0) at = all.findIndex(fits);
    const free = all[at];
    if (free) {
      take(free, q);
      cursor = at;
      matched++;
    } else {
      warn(q.line, `question heading comes before any chapter heading and matches no unanswered TOC entry; ignored: ${q.title}`);
    }
  }
  const first = questions[0];
  if (first && matched > 0) {
    warn(first.line, `${matched} question heading(s) come before any chapter heading; matched to the TOC by title`);
  }
}
