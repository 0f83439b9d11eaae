"use client";

import { Bar, BarChart, CartesianGrid, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, XAxis, YAxis } from "recharts";
import { DIMENSION_KEYS, DIMENSION_LABELS } from "@/lib/interview/report-fields";
import type { ChapterMastery, Dimensions } from "@/lib/interview/report";
import { t, type Lang } from "./history-text";

/** The four grading dimensions (0..10) as a radar; a fixed size so print and screen agree. */
export function ReportDimensionsChart({ dimensions, lang }: { dimensions: Dimensions; lang: Lang }) {
  const data = DIMENSION_KEYS.map((k) => ({ dimension: DIMENSION_LABELS[k][lang], score: dimensions[k] }));
  return (
    <figure data-testid="report-dimensions-chart" className="space-y-1">
      <figcaption className="text-sm font-medium">{t(lang, { zh: "四个维度（均分）", en: "Dimensions (mean)" })}</figcaption>
      <RadarChart width={320} height={240} data={data} outerRadius={80}>
        <PolarGrid />
        <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12 }} />
        <PolarRadiusAxis domain={[0, 10]} tickCount={6} tick={{ fontSize: 10 }} />
        <Radar dataKey="score" stroke="#2563eb" fill="#3b82f6" fillOpacity={0.35} isAnimationActive={false} />
      </RadarChart>
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
  return (
    <figure data-testid="report-chapters" className="space-y-1">
      <figcaption className="text-sm font-medium">{t(lang, { zh: "各章掌握度（本次）", en: "Mastery by chapter (this session)" })}</figcaption>
      <BarChart width={360} height={Math.max(80, 36 * data.length + 30)} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
        <CartesianGrid horizontal={false} strokeDasharray="3 3" />
        <XAxis type="number" domain={[0, 10]} tickCount={6} tick={{ fontSize: 10 }} />
        <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 11 }} />
        <Bar dataKey="mean" fill="#10b981" isAnimationActive={false} label={{ position: "right", fontSize: 11 }} />
      </BarChart>
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
