"use client";

import { Bar, BarChart, CartesianGrid, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, XAxis, YAxis } from "recharts";

// The recharts part of report-charts.tsx, in a chunk of its own: fetched when a report is shown.

interface Size {
  width: number;
  height: number;
}

export function DimensionsRadar({ data, size }: { data: Array<{ dimension: string; score: number }>; size: Size }) {
  return (
    <RadarChart {...size} data={data} outerRadius={80}>
      <PolarGrid />
      <PolarAngleAxis dataKey="dimension" tick={{ fontSize: 12 }} />
      <PolarRadiusAxis domain={[0, 10]} tickCount={6} tick={{ fontSize: 10 }} />
      <Radar dataKey="score" stroke="#2563eb" fill="#3b82f6" fillOpacity={0.35} isAnimationActive={false} />
    </RadarChart>
  );
}

export function ChaptersBars({ data, size }: { data: Array<{ name: string; mean: number }>; size: Size }) {
  return (
    <BarChart {...size} data={data} layout="vertical" margin={{ left: 8, right: 16 }}>
      <CartesianGrid horizontal={false} strokeDasharray="3 3" />
      <XAxis type="number" domain={[0, 10]} tickCount={6} tick={{ fontSize: 10 }} />
      <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 11 }} />
      <Bar dataKey="mean" fill="#10b981" isAnimationActive={false} label={{ position: "right", fontSize: 11 }} />
    </BarChart>
  );
}
