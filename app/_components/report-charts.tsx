"use client";

import { lazy, Suspense } from "react";
import { DIMENSION_KEYS, DIMENSION_LABELS } from "@/lib/interview/report-fields";
import type { ChapterMastery, Dimensions } from "@/lib/interview/report";
import { t, type Lang } from "./history-text";

// recharts is fetched with the first report shown; until then a box of the chart's size holds its place.
const DimensionsRadar = lazy(() => import("./report-charts-svg").then((m) => ({ default: m.DimensionsRadar })));
const ChaptersBars = lazy(() => import("./report-charts-svg").then((m) => ({ default: m.ChaptersBars })));
const Placeholder = ({ width, height }: { width: number; height: number }) => <div style={{ width, height }} aria-hidden />;
const RADAR_SIZE = { width: 320, height: 240 };

/** The four grading dimensions (0..10) as a radar; a fixed size so print and screen agree. */
export function ReportDimensionsChart({ dimensions, lang }: { dimensions: Dimensions; lang: Lang }) {
  const data = DIMENSION_KEYS.map((k) => ({ dimension: DIMENSION_LABELS[k][lang], score: dimensions[k] }));
  return (
    <figure data-testid="report-dimensions-chart" className="space-y-1">
      <figcaption className="text-sm font-medium">{t(lang, { zh: "四个维度（均分）", en: "Dimensions (mean)" })}</figcaption>
      <Suspense fallback={<Placeholder {...RADAR_SIZE} />}>
        <DimensionsRadar data={data} size={RADAR_SIZE} />
      </Suspense>
      <ul className="grid grid-cols-2 gap-x-4 text-xs text-slate-600" data-testid="report-dimensions">
        {DIMENSION_KEYS.map((k) => (
          <li key={k} data-testid="report-dimension" data-dimension={k}>
            {DIMENSION_LABELS[k][lang]} <span className="font-semibold tabular-nums">{dimensions[k].toFixed(1)}</span>
          </li>
        ))}
      </ul>
    </figure>
  );
}

/** This session's mean score per chapter, as horizontal bars. */
export function ReportChaptersChart({ chapters, lang }: { chapters: ChapterMastery[]; lang: Lang }) {
  const data = chapters.map((c) => ({ name: `${c.chapter}. ${c.title ? c.title[lang] : ""}`.slice(0, 24), mean: c.mean }));
  const size = { width: 360, height: Math.max(80, 36 * data.length + 30) };
  return (
    <figure data-testid="report-chapters" className="space-y-1">
      <figcaption className="text-sm font-medium">{t(lang, { zh: "各章掌握度（本次）", en: "Mastery by chapter (this session)" })}</figcaption>
      <Suspense fallback={<Placeholder {...size} />}>
        <ChaptersBars data={data} size={size} />
      </Suspense>
      <ul className="sr-only">
        {chapters.map((c) => (
          <li key={c.chapter} data-testid="report-chapter" data-chapter={c.chapter}>
            {c.chapter} {c.title?.[lang]}: {c.mean.toFixed(1)} ({c.asked})
          </li>
        ))}
      </ul>
    </figure>
  );
}
