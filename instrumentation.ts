/**
 * Next calls register() once per server start. On the Node runtime it starts loading the
 * embedding model and bringing the vector index up to date in the background, without awaiting:
 * requests are answered lexically meanwhile, and /api/status says which mode is active.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startRetrievalIndexing } = await import("./lib/retrieval/service");
    startRetrievalIndexing();
  }
}
