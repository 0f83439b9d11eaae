import Link from "next/link";
import { ReviewDue } from "@/app/_components/review-due";
import { StartForm, type BankOption } from "@/app/_components/start-form";
import { getBanks } from "@/lib/bank/load";
import { getDb } from "@/lib/db/client";
import { listSessionSummaries } from "@/lib/db/session-queries";
import { isGradable } from "@/lib/interview/plan";

export const dynamic = "force-dynamic";

export default function HomePage() {
  const { banks } = getBanks();
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
        <h1 className="text-2xl font-semibold">模拟面试 Mock interview</h1>
        <p className="text-sm text-slate-600">
          AIGC / 视频生成算法岗：面试官逐题提问、按参考答案的关键点逐点评分，答得不完整会追问，结束后给出报告。
          无需 API key：默认使用离线面试官与评分器。
        </p>
      </section>
      <ReviewDue />
      <StartForm banks={options} />
      {recent.length > 0 && (
        <section className="space-y-2" data-testid="recent-sessions">
          <h2 className="font-medium">最近的面试 Recent sessions</h2>
          <ul className="space-y-1 text-sm">
            {recent.map((s) => (
              <li key={s.id}>
                <Link href={`/interview/${s.id}`} className="text-blue-700 hover:underline">
                  {s.createdAt.replace("T", " ").slice(0, 16)} UTC · {s.total} 题
                </Link>{" "}
                <span className="text-slate-500">
                  {s.status === "finished" ? "已完成 finished" : `进行中 in progress ${s.done}/${s.total}`}
                  {s.overall !== null && ` · ${s.overall.toFixed(1)} 分`}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
