import Link from "next/link";
import { ReviewDue } from "@/app/_components/review-due";
import { StartForm, type BankOption } from "@/app/_components/start-form";
import { TopicSearch } from "@/app/_components/topic-search";
import { appBanks } from "@/lib/interview/bank-imports";
import { getDb } from "@/lib/db/client";
import { listSessionSummaries } from "@/lib/db/session-queries";
import { getT } from "@/lib/i18n/server";
import { isGradable } from "@/lib/interview/plan";

export const dynamic = "force-dynamic";

export default async function HomePage() {
  const t = await getT();
  const { banks } = appBanks();
  const options: BankOption[] = banks.map((b) => ({
    id: b.id,
    title: b.title,
    chapters: b.chapters.map((c) => ({
      number: c.number,
      title: c.title,
      titleEn: c.titleEn,
      questions: c.questions.filter(isGradable).length,
    })),
  }));
  const recent = listSessionSummaries(getDb(), 8);
  return (
    <div className="space-y-6">
      <section className="space-y-1">
        <h1 className="text-2xl font-semibold" data-testid="home-title">{t("home.title")}</h1>
        <p className="text-sm text-slate-600 dark:text-slate-400">{t("home.intro")}</p>
      </section>
      <ReviewDue />
      <StartForm banks={options} />
      <TopicSearch />
      {recent.length > 0 && (
        <section className="space-y-2" data-testid="recent-sessions">
          <h2 className="font-medium">{t("home.recent")}</h2>
          <ul className="space-y-1 text-sm">
            {recent.map((s) => (
              <li key={s.id}>
                <Link href={`/interview/${s.id}`} className="text-blue-700 hover:underline dark:text-blue-400">
                  {t("home.recentItem", { time: s.createdAt.replace("T", " ").slice(0, 16), n: s.total })}
                </Link>{" "}
                <span className="text-slate-500 dark:text-slate-400">
                  {s.status === "finished" ? t("home.finished") : t("home.inProgress", { done: s.done, total: s.total })}
                  {/* Scores only once finished: a session with feedback in the report shows none before. */}
                  {s.status === "finished" && s.overall !== null && ` · ${t("home.score", { score: s.overall.toFixed(1) })}`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
