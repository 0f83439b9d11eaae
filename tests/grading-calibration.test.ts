import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findQuestionByTitle, getBanks } from "@/lib/bank/load";
import { getDb } from "@/lib/db/client";
import { getDenseCalibration, listDenseCalibrations, saveDenseCalibration } from "@/lib/db/calibration-queries";
import { gradeAnswer } from "@/lib/grading";
import { calibrationStatus, resetCalibrationCache } from "@/lib/wiring/dense-calibration";
import { embeddingConfig } from "@/lib/retrieval/config";
import { gradeContext } from "@/lib/wiring/grade-context";
import { getEmbedder, resetEmbedderForTests } from "@/lib/retrieval/embedder";
import { makeTinyModel } from "@/lib/retrieval/tiny-model";

// Real SQLite (the per-file database of setup-env) and the real Transformers.js path on a tiny generated model.
let dir: string;
const saved = { ...process.env };

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "mi-cal-"));
  makeTinyModel(join(dir, "tiny", "bert"), { seed: 1 });
  process.env.MODELS_DIR = dir;
  process.env.EMBEDDING_MODEL = "tiny/bert";
  delete process.env.OFFLINE;
  resetEmbedderForTests();
  resetCalibrationCache();
});

afterAll(() => {
  process.env = saved;
  resetEmbedderForTests();
  resetCalibrationCache();
  rmSync(dir, { recursive: true, force: true });
});

describe("dense calibration", () => {
  it("grades lexically with a loaded but uncalibrated model, densely once its constants are stored", async () => {
    const embedder = await getEmbedder();
    expect(embedder?.model).toBe("tiny/bert");
    const q = findQuestionByTitle("为什么Transformer一般使用LayerNorm？", getBanks());
    if (!q) throw new Error("question missing");
    const answer = "LayerNorm 对每个 token 在特征维度上归一化，不依赖 batch。";

    expect(calibrationStatus(embeddingConfig().model)).toMatchObject({ model: "tiny/bert", calibrated: false, gradingMode: "lexical" });
    expect((await gradeAnswer({ question: q, answer }, gradeContext(q, embedder))).mode).toBe("lexical");

    saveDenseCalibration(getDb(), { model: "tiny/bert", lo: 0.5, hi: 0.9, pull: 0.3, spearman: 0.91, lexicalSpearman: 0.9, rows: 168 });
    resetCalibrationCache();
    expect(getDenseCalibration(getDb(), "tiny/bert")).toMatchObject({ lo: 0.5, hi: 0.9, pull: 0.3 });
    expect(calibrationStatus(embeddingConfig().model)).toMatchObject({ calibrated: true, gradingMode: "hybrid", spearman: 0.91 });
    expect((await gradeAnswer({ question: q, answer }, gradeContext(q, embedder))).mode).toBe("hybrid");
    // Another model is not calibrated by this one's row.
    expect(calibrationStatus("Xenova/multilingual-e5-small").calibrated).toBe(false);
  }, 60_000);

  it("replaces a model's constants rather than adding a second row", () => {
    saveDenseCalibration(getDb(), { model: "m", lo: 0.6, hi: 0.8, pull: 0.2, spearman: 0.9, lexicalSpearman: 0.9, rows: 10 });
    saveDenseCalibration(getDb(), { model: "m", lo: 0.7, hi: 0.9, pull: 0.4, spearman: 0.92, lexicalSpearman: 0.9, rows: 10 });
    expect(listDenseCalibrations(getDb()).filter((c) => c.model === "m")).toHaveLength(1);
    expect(getDenseCalibration(getDb(), "m")).toMatchObject({ lo: 0.7, pull: 0.4 });
    expect(() => saveDenseCalibration(getDb(), { model: "m", lo: 0.9, hi: 0.5, pull: 0.4, spearman: 0, lexicalSpearman: 0, rows: 0 })).toThrow();
  });
});
