"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { FeedbackCard } from "./feedback-card";
import type { LlmUsageSummary } from "./llm-usage-summary";
import type { SessionReport } from "./session-report";

// Parts of the interview room that a fresh session does not show: a graded reply's feedback
// card, and a finished session's report (charts, export, transcript) and token summary. Each is
// fetched when first shown, keeping the room's first load within budget; where the server
// rendered them (a reopened or finished session), its HTML stays on screen until the code arrives.

const Feedback = lazy(() => import("./feedback-card").then((m) => ({ default: m.FeedbackCard })));
const Report = lazy(() => import("./session-report").then((m) => ({ default: m.SessionReport })));
const Usage = lazy(() => import("./llm-usage-summary").then((m) => ({ default: m.LlmUsageSummary })));

export function LazyFeedbackCard(props: ComponentProps<typeof FeedbackCard>) {
  return (
    <Suspense fallback={null}>
      <Feedback {...props} />
    </Suspense>
  );
}

export function LazySessionReport(props: ComponentProps<typeof SessionReport>) {
  return (
    <Suspense fallback={null}>
      <Report {...props} />
    </Suspense>
  );
}

export function LazyLlmUsageSummary(props: ComponentProps<typeof LlmUsageSummary>) {
  return (
    <Suspense fallback={null}>
      <Usage {...props} />
    </Suspense>
  );
}
