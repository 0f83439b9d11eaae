import { resolve } from "node:path";
import { z } from "zod";

export const DEFAULT_EMBEDDING_MODEL = "Xenova/multilingual-e5-small";

const envSchema = z.object({
  EMBEDDING_MODEL: z.string().trim().min(1).default(DEFAULT_EMBEDDING_MODEL),
  /** q8 is the quantised export: a quarter of the download, several times faster on CPU, near-identical ranking. */
  EMBEDDING_DTYPE: z.enum(["fp32", "fp16", "q8", "int8", "uint8", "q4", "bnb4", "q4f16"]).default("q8"),
  MODELS_DIR: z.string().trim().min(1).default("models"),
  HF_ENDPOINT: z.url().optional(),
  OFFLINE: z.string().optional(),
});

export interface EmbeddingConfig {
  model: string;
  dtype: z.infer<typeof envSchema>["EMBEDDING_DTYPE"];
  /** Absolute: both where local models are looked up and where downloads are cached. */
  modelsDir: string;
  /** Download host for users behind a mirror; null means the library's default (the Hugging Face Hub). */
  remoteHost: string | null;
  offline: boolean;
}

/** Read on each call, so tests and long-lived processes see the environment as it is now. */
export function embeddingConfig(env: NodeJS.ProcessEnv = process.env): EmbeddingConfig {
  const blankToUndefined = (v: string | undefined) => (v && v.trim() ? v : undefined);
  const e = envSchema.parse({
    EMBEDDING_MODEL: blankToUndefined(env.EMBEDDING_MODEL),
    EMBEDDING_DTYPE: blankToUndefined(env.EMBEDDING_DTYPE),
    MODELS_DIR: blankToUndefined(env.MODELS_DIR),
    HF_ENDPOINT: blankToUndefined(env.HF_ENDPOINT),
    OFFLINE: blankToUndefined(env.OFFLINE),
  });
  return {
    model: e.EMBEDDING_MODEL,
    dtype: e.EMBEDDING_DTYPE,
    modelsDir: resolve(e.MODELS_DIR),
    remoteHost: e.HF_ENDPOINT ? (e.HF_ENDPOINT.endsWith("/") ? e.HF_ENDPOINT : `${e.HF_ENDPOINT}/`) : null,
    offline: !!e.OFFLINE && !/^(0|false|no)$/i.test(e.OFFLINE),
  };
}

/** e5 models were trained with these prefixes and rank noticeably worse without them; others must not get them. */
export function isE5Model(model: string): boolean {
  return /(^|[/_-])(multilingual-)?e5([-_]|$)/i.test(model);
}
