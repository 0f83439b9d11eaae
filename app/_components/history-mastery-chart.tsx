"use client";

import { lazy, Suspense } from "react";
import type { MasteryPoint } from "@/lib/review/history";
import { t, type Lang } from "./history-text";

// recharts is fetched when there is something to chart; until then a box of the chart's size holds its place.
const MasteryLines = lazy(() => import("./history-mastery-lines").then((m) => ({ default: m.MasteryLines })));
const SIZE = { width: 760, height: 300 };

/** Mastery per chapter over time: one line per chapter, one point per day with attempts. */
export function HistoryMasteryChart({ chapters, points, names, lang }: { chapters: number[]; points: MasteryPoint[]; names: Record<number, string>; lang: Lang }) {
  if (!points.length) return null;
  return (
    <figure className="space-y-1 overflow-x-auto" data-testid="history-mastery-chart" data-points={points.length} data-chapters={chapters.join(",")}>
      <figcaption className="text-sm font-medium">{t(lang, { zh: "各章掌握度随时间变化（0–10）", en: "Mastery per chapter over time (0–10)" })}</figcaption>
      <Suspense fallback={<div style={SIZE} aria-hidden />}>
        <MasteryLines chapters={chapters} points={points} names={names} size={SIZE} />
      </Suspense>
    </figure>
  );
}
