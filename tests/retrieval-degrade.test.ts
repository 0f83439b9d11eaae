import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Bank } from "@/lib/bank/types";
import { embeddingConfig } from "@/lib/retrieval/config";
import { configuredModel, embedderUnavailableReason, getEmbedder, resetEmbedderForTests } from "@/lib/retrieval/embedder";
import { Retriever } from "@/lib/retrieval/retriever";

let dir: string;
let banks: Bank[];
const saved = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mi-degrade-"));
  banks = loadBanks().banks;
});
afterEach(() => {
  process.env = { ...saved };
  resetEmbedderForTests();
  vi.restoreAllMocks();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function retriever(): Retriever {
  return new Retriever({
    banks: () => banks,
    db: () => {
      throw new Error("no database is needed without a model");
    },
    embedder: getEmbedder,
    unavailableReason: embedderUnavailableReason,
    model: configuredModel,
  });
}

describe("without an embedding model", () => {
  it("degrades to lexical when the model is absent, and logs the reason once", async () => {
    process.env.MODELS_DIR = dir;
    process.env.EMBEDDING_MODEL = "nobody/missing-model";
    // A closed local port: a download attempt fails at once, here and on machines with a network.
    process.env.HF_ENDPOINT = "http://127.0.0.1:9/";
    delete process.env.OFFLINE;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const r = retriever();
    await r.startIndexing();
    for (let i = 0; i < 3; i++) {
      const res = await r.retrieve("什么是对比学习");
      expect(res.mode).toBe("lexical");
      expect(res.hits[0]?.title).toContain("对比学习");
    }
    await getEmbedder();
    const st = r.status();
    expect(st.mode).toBe("lexical");
    expect(st.model).toBe("nobody/missing-model");
    expect(st.reason).toMatch(/nobody\/missing-model/);
    expect(st.index.phase).toBe("unavailable");
    const logged = warn.mock.calls.filter((c) => String(c[0]).includes("lexical only"));
    expect(logged).toHaveLength(1);
    expect(String(logged[0]?.[0])).toContain("nobody/missing-model");
  });

  it("stays lexical under OFFLINE=1 without trying to load anything", async () => {
    process.env.OFFLINE = "1";
    process.env.MODELS_DIR = dir;
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const r = retriever();
    await r.startIndexing();
    await r.retrieve("T5 的位置编码");
    await getEmbedder();
    expect(r.status()).toMatchObject({ mode: "lexical", reason: expect.stringMatching(/OFFLINE/) });
    expect(warn.mock.calls.filter((c) => String(c[0]).includes("OFFLINE"))).toHaveLength(1);
  });

  it("reads its configuration from the environment with defaults", () => {
    const cfg = embeddingConfig({ HF_ENDPOINT: "https://hf-mirror.example.com" } as unknown as NodeJS.ProcessEnv);
    expect(cfg).toMatchObject({ model: "Xenova/multilingual-e5-small", dtype: "q8", offline: false });
    expect(cfg.modelsDir).toMatch(/models$/);
    expect(cfg.remoteHost).toBe("https://hf-mirror.example.com/");
    expect(embeddingConfig({ OFFLINE: "0" } as unknown as NodeJS.ProcessEnv).offline).toBe(false);
    expect(embeddingConfig({ OFFLINE: "true" } as unknown as NodeJS.ProcessEnv).offline).toBe(true);
  });
});
