/**
 * Runs the fake OpenAI-compatible server on its own (browser tests, benchmarks, trying the app
 * without a key): npx tsx scripts/fake-llm.ts [--port N] [--delay MS]. Prints its base URL.
 */
import { startFakeLlm } from "./fake-llm/server";

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};

void startFakeLlm({ chunkDelayMs: Number(arg("--delay") ?? 0) }, Number(arg("--port") ?? 0)).then((fake) => {
  console.log(`fake LLM listening: OPENAI_BASE_URL=${fake.url}`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
});
