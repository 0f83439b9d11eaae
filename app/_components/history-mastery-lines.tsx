"use client";

import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";
import type { MasteryPoint } from "@/lib/review/history";

// The recharts part of history-mastery-chart.tsx, in a chunk of its own.

const COLORS = ["#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777", "#4b5563", "#65a30d"];

export function MasteryLines({ chapters, points, names, size }: { chapters: number[]; points: MasteryPoint[]; names: Record<number, string>; size: { width: number; height: number } }) {
  return (
    <LineChart {...size} data={points} margin={{ top: 8, right: 24, bottom: 8, left: 0 }}>
      <CartesianGrid strokeDasharray="3 3" />
      <XAxis dataKey="day" tick={{ fontSize: 11 }} />
      <YAxis domain={[0, 10]} tickCount={6} tick={{ fontSize: 11 }} />
      <Tooltip />
      <Legend wrapperStyle={{ fontSize: 12 }} />
      {chapters.map((c, i) => (
        <Line key={c} type="monotone" dataKey={`ch${c}`} name={names[c] ?? `${c}`} stroke={COLORS[i % COLORS.length]} strokeWidth={2} dot connectNulls isAnimationActive={false} />
      ))}
    </LineChart>
  );
}
