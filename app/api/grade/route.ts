import { z } from "zod";
import { parseBody, respond } from "@/app/api/_shared/respond";
import { getDb } from "@/lib/db/client";
import { bankQuestions } from "@/lib/wiring/interview-deps";
import { gradeAndRecord } from "@/lib/wiring/grade-reply";

const bodySchema = z.object({
  questionId: z.string().min(1).max(200, "questionId is longer than 200 characters"),
  answer: z.string().max(20_000, "An answer is limited to 20,000 characters."),
  lang: z.enum(["zh", "en"]).optional(),
});

export async function POST(req: Request) {
  return respond(async () => gradeAndRecord(getDb(), bankQuestions(), await parseBody(req, bodySchema)));
}
