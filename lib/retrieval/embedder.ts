import { type EmbeddingConfig, embeddingConfig, isE5Model } from "./config";

export type EmbedKind = "query" | "passage";

export interface Embedder {
  model: string;
  /** Mean-pooled, L2-normalised vectors, one per text, in order. */
  embed(texts: string[], kind: EmbedKind): Promise<Float32Array[]>;
}

interface EmbedderState {
  key: string;
  promise: Promise<Embedder | null>;
  /** Set once the promise has resolved to a model. */
  loaded?: Embedder;
  reason: string | null;
  logged: boolean;
}

// Per process, on globalThis so that Next's dev reloads keep one model in memory and log once.
const holder = globalThis as unknown as { __mockInterviewEmbedder?: EmbedderState };

const BATCH = 16;

function describe(err: unknown, cfg: EmbeddingConfig): string {
  const e = err as { name?: string; message?: string };
  const msg = (e?.message ?? String(err)).split("\n")[0]?.slice(0, 300) ?? "";
  if (e?.name === "ModelFileNotFoundError" || /not found locally|local_files_only/i.test(msg)) {
    return `model ${cfg.model} not found in ${cfg.modelsDir}`;
  }
  if (/fetch failed|ENOTFOUND|ECONNREFUSED|ETIMEDOUT|EAI_AGAIN|network/i.test(msg)) {
    return `model ${cfg.model} not in ${cfg.modelsDir} and could not be downloaded (${msg})`;
  }
  return `model ${cfg.model} could not be loaded: ${msg}`;
}

async function load(cfg: EmbeddingConfig): Promise<Embedder> {
  // Imported lazily: onnxruntime is large, and lexical-only runs should never pay for it.
  const { env, pipeline, LogLevel } = await import("@huggingface/transformers");
  env.localModelPath = cfg.modelsDir;
  env.cacheDir = cfg.modelsDir; // downloads land where the next start looks for local models
  env.allowLocalModels = true;
  env.allowRemoteModels = true;
  if (cfg.remoteHost) env.remoteHost = cfg.remoteHost;
  env.logLevel = LogLevel.ERROR; // its info/debug output goes to stdout, which CLIs keep for JSON
  const onnxEnv = env.backends.onnx as { logLevel?: string };
  onnxEnv.logLevel = "error";

  const extractor = await pipeline("feature-extraction", cfg.model, { dtype: cfg.dtype });
  const prefix = isE5Model(cfg.model) ? { query: "query: ", passage: "passage: " } : { query: "", passage: "" };
  return {
    model: cfg.model,
    async embed(texts, kind) {
      const out: Float32Array[] = [];
      for (let i = 0; i < texts.length; i += BATCH) {
        const batch = texts.slice(i, i + BATCH).map((t) => prefix[kind] + t);
        const tensor = await extractor(batch, { pooling: "mean", normalize: true });
        const [rows, dim] = tensor.dims as [number, number];
        const data = tensor.data as Float32Array;
        for (let r = 0; r < rows; r++) out.push(data.slice(r * dim, (r + 1) * dim));
      }
      return out;
    },
  };
}

/**
 * The embedding model, loaded once per configuration. Resolves to null, never rejects, when
 * OFFLINE is set or the model cannot be had (absent and not downloadable, broken, bad
 * configuration); the reason is logged once and kept for retrievalStatus().
 */
export function getEmbedder(): Promise<Embedder | null> {
  let cfg: EmbeddingConfig;
  try {
    cfg = embeddingConfig();
  } catch (err) {
    return Promise.resolve(remember("config", `invalid retrieval configuration: ${(err as Error).message}`));
  }
  const key = JSON.stringify(cfg);
  const current = holder.__mockInterviewEmbedder;
  if (current?.key === key) return current.promise;
  if (cfg.offline) return Promise.resolve(remember(key, "OFFLINE is set: dense retrieval disabled"));

  const state: EmbedderState = { key, promise: Promise.resolve(null), reason: null, logged: false };
  holder.__mockInterviewEmbedder = state;
  state.promise = load(cfg)
    .then((e) => {
      state.loaded = e;
      return e;
    })
    .catch((err: unknown) => {
      state.reason = describe(err, cfg);
      logOnce(state);
      return null;
    });
  return state.promise;
}

/**
 * The embedding model if it is already loaded for the current configuration, else null; never
 * starts a load and never waits for one. For callers that must answer now (the grader).
 */
export function peekEmbedder(): Embedder | null {
  const current = holder.__mockInterviewEmbedder;
  if (!current?.loaded) return null;
  try {
    return current.key === JSON.stringify(embeddingConfig()) ? current.loaded : null;
  } catch {
    return null;
  }
}

function remember(key: string, reason: string): null {
  const current = holder.__mockInterviewEmbedder;
  if (current?.key === key) return null;
  const state: EmbedderState = { key, promise: Promise.resolve(null), reason, logged: false };
  holder.__mockInterviewEmbedder = state;
  logOnce(state);
  return null;
}

function logOnce(state: EmbedderState): void {
  if (state.logged) return;
  state.logged = true;
  console.warn(`[retrieval] lexical only: ${state.reason}`);
}

/** Why getEmbedder() gave null for the current configuration; null while loading or when loaded. */
export function embedderUnavailableReason(): string | null {
  return holder.__mockInterviewEmbedder?.reason ?? null;
}

/** The configured model name (what a loaded embedder would report). */
export function configuredModel(): string {
  try {
    return embeddingConfig().model;
  } catch {
    return process.env.EMBEDDING_MODEL ?? "";
  }
}

/** Tests only: forget the loaded model so the next call reads the environment afresh. */
export function resetEmbedderForTests(): void {
  delete holder.__mockInterviewEmbedder;
}
