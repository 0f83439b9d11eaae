import { respond } from "@/app/api/_shared/respond";
import { getDb } from "@/lib/db/client";
import { bankQuestions } from "@/lib/wiring/interview-deps";
import { isGradable } from "@/lib/interview/plan";
import { appNow } from "@/lib/review/clock";
import { dueQuestions } from "@/lib/review/service";

/** The questions due for review today, by bank (review clock: APP_CLOCK_OFFSET_DAYS applies). */
export async function GET() {
  return respond(async () => {
    const questions = bankQuestions();
    const banks = dueQuestions(getDb(), questions.get, appNow(), isGradable);
    return { total: banks.reduce((n, b) => n + b.questions.length, 0), banks };
  });
}
