import Link from "next/link";
import { notFound } from "next/navigation";
import { InterviewRoom } from "@/app/_components/interview-room";
import type { DisplayGrade } from "@/app/_components/grade-types";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { InterviewError } from "@/lib/interview/errors";
import { sessionView } from "@/lib/interview/view";

export const dynamic = "force-dynamic";

export default async function InterviewPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const deps = interviewDeps();
  try {
    // Reading changes nothing: a reply a restart left ungraded is graded by the page's POST
    // (the "resume" chat action) once it is open.
    const view = sessionView<DisplayGrade>(deps.db, deps.questions, id);
    return (
      <div className="space-y-4">
        <Link href="/" className="text-sm text-slate-500 dark:text-slate-400 hover:text-slate-800 dark:hover:text-slate-200">← 新的面试 New interview</Link>
        <InterviewRoom initial={view} />
      </div>
    );
  } catch (e) {
    if (e instanceof InterviewError && e.code === "not-found") notFound();
    throw e;
  }
}
