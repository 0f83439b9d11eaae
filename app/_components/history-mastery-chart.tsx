"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { MasteryPoint } from "@/lib/review/history";
import { t, type Lang } from "./history-text";

const COLORS = ["#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777", "#4b5563", "#65a30d"];

/** Mastery per chapter over time: one line per chapter, one point per day with attempts. */
export function HistoryMasteryChart({ chapters, points, names, lang }: { chapters: number[]; points: MasteryPoint[]; names: Record<number, string>; lang: Lang }) {
  if (!points.length) return null;
  return (
    <figure className="space-y-1 overflow-x-auto" data-testid="history-mastery-chart" data-points={points.length} data-chapters={chapters.join(",")}>
      <figcaption className="text-sm font-medium">{t(lang, { zh: "各章掌握度随时间变化（0–10）", en: "Mastery per chapter over time (0–10)" })}</figcaption>
      <LineChart width={760} height={300} data={points} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="day" tick={{ fontSize: 11 }} />
        <YAxis domain={[0, 10]} tickCount={6} tick={{ fontSize: 11 }} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {chapters.map((c, i) => (
          <Line key={c} type="monotone" dataKey={`ch${c}`} name={names[c] ?? `${c}`} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot connectNulls isAnimationActive={false} />
        ))}
      </LineChart>
    </figure>
  );
}
