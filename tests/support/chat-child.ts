/**
 * A server process in miniature for the crash tests: runs one chat action of a session on the
 * app's own dependencies (SQLite file from DATABASE_PATH, banks, the LLM from OPENAI_*), and
 * prints each event as a JSON line, so the test can kill -9 it at a chosen moment.
 * Usage: tsx tests/support/chat-child.ts <sessionId> <action JSON> | create <config JSON>
 */
import { runChat } from "@/lib/interview/chat";
import { interviewDeps } from "@/lib/wiring/interview-deps";
import { createSession } from "@/lib/interview/service";
import { getLlm } from "@/lib/llm/client";

async function main() {
  const [id, arg] = process.argv.slice(2);
  const deps = interviewDeps();
  if (id === "create") {
    process.stdout.write(`${JSON.stringify({ type: "created", id: createSession(deps, JSON.parse(arg ?? "{}")) })}\n`);
    return;
  }
  for await (const ev of runChat(deps, { llm: getLlm() }, id as string, JSON.parse(arg ?? "{}"), {})) {
    process.stdout.write(`${JSON.stringify(ev.type === "view" ? { type: "view" } : ev)}\n`);
  }
}

main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
