/**
 * Build or update the retrieval index:  npm run index
 * The lexical index is built in memory (timed here for reference); the vector index is stored in
 * the app database (DATABASE_PATH, default data/app.db) and updated incrementally: only units
 * whose content changed, or that the configured model (EMBEDDING_MODEL) has not embedded yet, are
 * embedded. Progress goes to stderr; the summary, with throughput, to stdout.
 * Exits 1 when no embedding model can be had (OFFLINE=1, or absent and not downloadable).
 */
import { writeOut } from "./lib/stdout-guard";
import { databasePath } from "../lib/db/client";
import { cliRetriever } from "./lib/cli-retriever";

async function main(): Promise<void> {
  const retriever = cliRetriever();
  const t0 = performance.now();
  const { units, titles } = retriever.corpus();
  const lexicalMs = performance.now() - t0;
  await writeOut(`lexical index: ${units.length} units from ${titles.size} questions in ${lexicalMs.toFixed(0)} ms (in memory)`);

  await retriever.startIndexing();
  const st = retriever.status();
  const b = st.index.lastBuild;
  if (st.mode !== "hybrid" || !b) {
    await writeOut(`vector index: not built: ${st.reason}`);
    process.exit(1);
  }
  const rate = b.unitsPerSecond === null ? "nothing to embed" : `${b.unitsPerSecond.toFixed(1)} units/s`;
  await writeOut(
    `vector index: ${b.units} units with ${b.model} in ${databasePath()}: ${b.embedded} embedded, ${b.reused} unchanged, ` +
      `${b.removed} removed; ${b.seconds.toFixed(1)} s; throughput ${rate}`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
