import { parseBody, respond } from "@/app/api/_shared/respond";
import { getDb } from "@/lib/db/client";
import { reviewSettings, saveReviewSettings } from "@/lib/review/service";
import { reviewSettingsSchema } from "@/lib/review/settings";

export async function GET() {
  return respond(async () => reviewSettings(getDb()));
}

export async function PUT(req: Request) {
  return respond(async () => saveReviewSettings(getDb(), await parseBody(req, reviewSettingsSchema)));
}
