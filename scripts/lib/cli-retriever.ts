import { getBanks } from "../../lib/bank/load";
import type { Bank } from "../../lib/bank/types";
import { openDb } from "../../lib/db/client";
import { configuredModel, embedderUnavailableReason, getEmbedder } from "../../lib/retrieval/embedder";
import { Retriever } from "../../lib/retrieval/retriever";
import { stderrProgress } from "./progress";

/**
 * A retriever for command-line tools: banks read without recording an import, the app
 * database opened only once a model is there to index with, progress and reasons on stderr.
 */
export function cliRetriever(banks?: Bank[]): Retriever {
  let db: ReturnType<typeof openDb> | null = null;
  return new Retriever({
    banks: () => banks ?? getBanks().banks,
    db: () => (db ??= openDb()),
    embedder: getEmbedder,
    unavailableReason: embedderUnavailableReason,
    model: configuredModel,
    onProgress: stderrProgress("embedding units"),
    log: (m) => console.error(m),
  });
}
