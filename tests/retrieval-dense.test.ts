import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadBanks } from "@/lib/bank/load";
import type { Bank } from "@/lib/bank/types";
import { type Db, openDb } from "@/lib/db/client";
import { configuredModel, embedderUnavailableReason, getEmbedder, resetEmbedderForTests } from "@/lib/retrieval/embedder";
import { buildVectorIndex } from "@/lib/retrieval/index-builder";
import { Retriever } from "@/lib/retrieval/retriever";
import { makeTinyModel } from "@/lib/retrieval/tiny-model";
import { buildUnits } from "@/lib/retrieval/units";
import { loadVectors, vectorCount } from "@/lib/db/retrieval-queries";

// The real Transformers.js + onnxruntime path, on a tiny generated BERT (see lib/retrieval/tiny-model.ts).
let dir: string;
let db: Db;
let banks: Bank[];
const saved = { ...process.env };

function useModel(name: string): void {
  process.env.EMBEDDING_MODEL = name;
  resetEmbedderForTests();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mi-dense-"));
  // Same weights under two names: one that counts as e5-family and one that does not.
  makeTinyModel(join(dir, "tiny", "bert"), { seed: 1 });
  makeTinyModel(join(dir, "tiny", "e5-tiny"), { seed: 1 });
  process.env.MODELS_DIR = dir;
  delete process.env.OFFLINE;
  db = openDb(join(dir, "app.db"));
  // Two chapters keep the suite fast; the code paths are the same for all twelve.
  const all = loadBanks().banks;
  banks = all.map((b) => ({ ...b, chapters: b.chapters.slice(0, 2) }));
});

afterAll(() => {
  db.close();
  process.env = saved;
  resetEmbedderForTests();
  rmSync(dir, { recursive: true, force: true });
});

const norm = (v: Float32Array) => Math.hypot(...v);

describe("embedder (tiny model through Transformers.js)", () => {
  it("returns one normalised vector per text, of the model's hidden size", async () => {
    useModel("tiny/bert");
    const e = await getEmbedder();
    expect(e?.model).toBe("tiny/bert");
    const vs = await e!.embed(["T5 的位置编码", "contrastive learning", "x"], "passage");
    expect(vs).toHaveLength(3);
    for (const v of vs) {
      expect(v).toHaveLength(32);
      expect(norm(v)).toBeCloseTo(1, 5);
    }
  });

  it("adds the query: / passage: prefixes for e5-family models only", async () => {
    useModel("tiny/bert");
    const bert = (await getEmbedder())!;
    const [plainQuery] = await bert.embed(["位置编码"], "query");
    const [plainPassage] = await bert.embed(["位置编码"], "passage");
    expect(plainQuery).toEqual(plainPassage);
    const [byHandQuery] = await bert.embed(["query: 位置编码"], "passage");
    const [byHandPassage] = await bert.embed(["passage: 位置编码"], "passage");

    useModel("tiny/e5-tiny");
    const e5 = (await getEmbedder())!;
    const [q] = await e5.embed(["位置编码"], "query");
    const [p] = await e5.embed(["位置编码"], "passage");
    expect(Array.from(q!)).toEqual(Array.from(byHandQuery!));
    expect(Array.from(p!)).toEqual(Array.from(byHandPassage!));
  });
});

describe("vector index in SQLite", () => {
  it("persists vectors, re-embeds only changed units, and keeps each model's vectors", async () => {
    useModel("tiny/bert");
    const embedder = (await getEmbedder())!;
    const units = buildUnits(banks);
    const first = await buildVectorIndex({ db, units, embedder });
    expect(first.embedded).toBe(units.length);
    expect(vectorCount(db, "tiny/bert")).toBe(units.length);

    const stored = loadVectors(db, "tiny/bert");
    const [fresh] = await embedder.embed([units[3]!.embedText], "passage");
    expect(Array.from(stored.get(units[3]!.id)!)).toEqual(Array.from(fresh!));

    const again = await buildVectorIndex({ db, units, embedder });
    expect(again).toMatchObject({ embedded: 0, reused: units.length, removed: 0 });

    const edited = units.slice(0, -1).map((u, i) => (i === 5 ? { ...u, embedText: `${u.embedText} (edited)`, hash: "changed" } : u));
    const third = await buildVectorIndex({ db, units: edited, embedder });
    expect(third).toMatchObject({ embedded: 1, removed: 1 });

    useModel("tiny/e5-tiny");
    const other = (await getEmbedder())!;
    const fourth = await buildVectorIndex({ db, units: edited, embedder: other });
    expect(fourth.embedded).toBe(edited.length);
    expect(vectorCount(db, "tiny/bert")).toBe(edited.length); // the first model's vectors are kept
  });
});

describe("retriever with a model", () => {
  it("reports hybrid once the index is built, and fuses both sides", async () => {
    useModel("tiny/bert");
    const r = new Retriever({
      banks: () => banks,
      db: () => db,
      embedder: getEmbedder,
      unavailableReason: embedderUnavailableReason,
      model: configuredModel,
    });
    expect(r.status().mode).toBe("lexical"); // nothing loaded yet: lexical answers at once
    const early = await r.retrieve("对比学习", { mode: "lexical" });
    expect(early.mode).toBe("lexical");

    await r.startIndexing();
    const st = r.status();
    expect(st).toMatchObject({ mode: "hybrid", model: "tiny/bert", reason: null });
    expect(st.index.vectors).toBe(st.index.units);

    const hybrid = await r.retrieve("什么是对比学习", { k: 3 });
    expect(hybrid.mode).toBe("hybrid");
    expect(hybrid.hits).toHaveLength(3);
    expect(hybrid.hits[0]?.title).toContain("对比学习");
    const dense = await r.retrieve("什么是对比学习", { k: 3, mode: "dense" });
    expect(dense.mode).toBe("dense");
    expect(dense.hits.every((h) => h.score <= 1.0001)).toBe(true);
  });
});
