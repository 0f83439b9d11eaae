import { getBanks } from "@/lib/bank/load";
import { getDb } from "@/lib/db/client";
import { configuredModel, embedderUnavailableReason, getEmbedder } from "./embedder";
import { type RetrievalStatus, Retriever } from "./retriever";
import type { RetrievalMode, RetrieveResult } from "./types";

// One retriever per server process, on globalThis so that Next's dev reloads share it.
const holder = globalThis as unknown as { __mockInterviewRetriever?: Retriever };

/** The app's retriever: the banks from getBanks(), vectors in the app database. */
export function getRetriever(): Retriever {
  holder.__mockInterviewRetriever ??= new Retriever({
    banks: () => getBanks().banks,
    db: getDb,
    embedder: getEmbedder,
    unavailableReason: embedderUnavailableReason,
    model: configuredModel,
    log: (m) => console.warn(m),
  });
  return holder.__mockInterviewRetriever;
}

/**
 * Question-level hits for a query, best first (one per question, represented by its best unit).
 * Hybrid once the vector index is ready, lexical until then or without a model; `mode` forces a
 * side. Throws RetrievalInputError for an unknown bank.
 */
export function retrieve(query: string, opts: { k?: number; bank?: string; mode?: RetrievalMode } = {}): Promise<RetrieveResult> {
  return getRetriever().retrieve(query, opts);
}

/** Also starts the background build if nothing has yet (e.g. instrumentation did not run). */
export function retrievalStatus(): RetrievalStatus {
  const r = getRetriever();
  if (r.status().index.phase === "idle") void r.startIndexing();
  return r.status();
}

/** Kicks off loading the model and building the vector index in the background; returns at once. */
export function startRetrievalIndexing(): void {
  // Deferred: the lexical index is built synchronously on the first call, which must not hold up
  // whoever called this (Next's register() has to return before the server takes requests).
  setTimeout(() => void getRetriever().startIndexing(), 0);
}

export { getEmbedder };
export type { Embedder } from "./embedder";
export type { RetrievalStatus } from "./retriever";
export type { QuestionHit, RetrieveResult, RetrievalMode } from "./types";
