"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLang, useT } from "@/lib/i18n/client";
import type { TopicResult } from "@/lib/interview/topics";
import { FEEDBACK_TIMINGS, type FeedbackTiming } from "@/lib/interview/session-options";
import { bankHref } from "./bank-href";
import { sessionApi } from "./session-api";
import { ui } from "./ui";

async function searchTopics(q: string): Promise<TopicResult> {
  const res = await fetch(`/api/topics?${new URLSearchParams({ q })}`, { cache: "no-store" });
  const body = (await res.json().catch(() => null)) as (TopicResult & { error?: string }) | null;
  if (!res.ok || !body) throw new Error(body?.error ?? `The server answered ${res.status}.`);
  return body;
}

/**
 * "Practise a topic": a topic in either language, the matching questions of every bank (ticked
 * when close to the best match), and an interview on the ticked ones. On the home and bank pages.
 */
export function TopicSearch() {
  const t = useT();
  const lang = useLang();
  const router = useRouter();
  const [query, setQuery] = useState("");
  const [result, setResult] = useState<(TopicResult & { q: string }) | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [feedback, setFeedback] = useState<FeedbackTiming>("each");
  const [busy, setBusy] = useState<"search" | "start" | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function search() {
    const q = query.trim();
    if (!q) return;
    setBusy("search");
    setError(null);
    try {
      const r = await searchTopics(q);
      setResult({ ...r, q });
      setChosen(r.questions.filter((x) => x.suggested).map((x) => x.questionId));
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  }

  async function start() {
    const picked = result?.questions.filter((x) => chosen.includes(x.questionId)) ?? [];
    if (!picked[0]) return;
    setBusy("start");
    setError(null);
    try {
      const view = await sessionApi.create({ bankId: picked[0].bankId, questionIds: picked.map((x) => x.questionId), lang, feedback });
      router.push(`/interview/${view.id}`);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(null);
    }
  }

  const toggle = (id: string) => setChosen((c) => (c.includes(id) ? c.filter((x) => x !== id) : [...c, id]));
  return (
    <section className={`space-y-3 ${ui.card}`} data-testid="topic-search">
      <div>
        <h2 className="font-medium">{t("topic.title")}</h2>
        <p className={`text-sm ${ui.muted}`}>{t("topic.intro")}</p>
      </div>
      <form
        role="search"
        className="flex gap-2"
        onSubmit={(e) => {
          e.preventDefault();
          void search();
        }}
      >
        <input
          type="search"
          data-testid="topic-input"
          aria-label={t("topic.title")}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("topic.placeholder")}
          maxLength={200}
          className={`${ui.field} text-sm`}
        />
        <button type="submit" data-testid="topic-search-button" disabled={busy !== null || !query.trim()} className={`${ui.secondary} shrink-0`}>
          {busy === "search" ? t("topic.searching") : t("topic.search")}
        </button>
      </form>
      {error && <p className={ui.error} data-testid="topic-error" role="alert">{error}</p>}
      {result && result.questions.length === 0 && (
        <p className={`text-sm ${ui.muted}`} data-testid="topic-empty">{t("topic.none", { q: result.q })}</p>
      )}
      {result && result.questions.length > 0 && (
        <div className="space-y-3">
          <div className="flex flex-wrap items-center gap-3 text-xs">
            <span className={ui.muted} data-testid="topic-count">
              {t("topic.found", { n: result.questions.length, mode: t(`topic.mode.${result.mode}` as const) })}
            </span>
            <button type="button" className={ui.link} onClick={() => setChosen(result.questions.map((x) => x.questionId))}>{t("topic.selectAll")}</button>
            <button type="button" className={ui.link} onClick={() => setChosen([])}>{t("topic.selectNone")}</button>
          </div>
          <ul className="space-y-1 text-sm" data-testid="topic-results">
            {result.questions.map((x) => (
              <li key={x.questionId} data-testid="topic-result" data-question-id={x.questionId} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  className="mt-1"
                  data-testid="topic-checkbox"
                  aria-label={x.title}
                  checked={chosen.includes(x.questionId)}
                  onChange={() => toggle(x.questionId)}
                />
                <span className="min-w-0 flex-1">
                  <span className="block" data-testid="topic-result-title">
                    {lang === "en" && x.titleEn ? x.titleEn : x.title}{" "}
                    <a href={bankHref(x.bankId, x.questionId)} className={`text-xs ${ui.link}`} target="_blank" rel="noopener noreferrer">
                      {t("topic.view")}
                    </a>
                  </span>
                  <span className={`block text-xs ${ui.muted}`} data-testid="topic-result-chapter">
                    {x.bankTitle} · {t("topic.chapter", { n: x.chapter, topic: x.chapterTopic })} · {x.chapter}.{x.number}
                  </span>
                </span>
              </li>
            ))}
          </ul>
          <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
            <fieldset className="flex flex-wrap gap-x-4 gap-y-1">
              <legend className="sr-only">{t("start.feedback")}</legend>
              {FEEDBACK_TIMINGS.map((f) => (
                <label key={f} className="flex items-center gap-1">
                  <input type="radio" name="topic-feedback" checked={feedback === f} onChange={() => setFeedback(f)} data-testid={`topic-feedback-${f}`} />
                  {t(`start.feedback.${f}` as const)}
                </label>
              ))}
            </fieldset>
            <button type="button" data-testid="topic-start" disabled={busy !== null || chosen.length === 0} onClick={() => void start()} className={ui.primary}>
              {busy === "start" ? t("start.busy") : t("topic.start", { n: chosen.length })}
            </button>
          </div>
        </div>
      )}
    </section>
  );
}
