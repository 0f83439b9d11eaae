import type { Bank } from "@/lib/bank/types";
import type { Db } from "@/lib/db/client";
import { loadVectors } from "@/lib/db/retrieval-queries";
import { DenseIndex } from "./dense-index";
import { RetrievalInputError } from "./errors";
import type { Embedder } from "./embedder";
import { reciprocalRankFusion } from "./fusion";
import { buildVectorIndex, type IndexBuildStats, type IndexProgress } from "./index-builder";
import { LexicalIndex } from "./lexical";
import type { QuestionHit, RetrievalMode, RetrievalUnit, RetrieveResult } from "./types";
import { buildUnits } from "./units";

export interface RetrieverDeps {
  /** The banks to search; compared by identity, so return the same array while content is unchanged. */
  banks: () => Bank[];
  /** Opened only when there is a model to index with. */
  db: () => Db;
  embedder: () => Promise<Embedder | null>;
  /** Why `embedder()` gave null. */
  unavailableReason: () => string | null;
  /** The model that would be used, for status before it has loaded. */
  model: () => string;
  onProgress?: (p: IndexProgress) => void;
  log?: (message: string) => void;
}

export type IndexPhase = "idle" | "loading-model" | "indexing" | "ready" | "unavailable" | "failed";

export interface RetrievalStatus {
  mode: "hybrid" | "lexical";
  model: string;
  reason: string | null;
  index: {
    phase: IndexPhase;
    units: number;
    questions: number;
    /** Units with a current vector in the dense index. */
    vectors: number;
    progress: IndexProgress | null;
    lastBuild: IndexBuildStats | null;
  };
}

interface Corpus {
  banks: Bank[];
  units: RetrievalUnit[];
  titles: Map<string, string>;
  lexical: LexicalIndex;
}

/** How deep each side's question ranking goes before fusion. */
const FUSION_DEPTH = 50;
/**
 * Standard RRF (k = 60, equal weights). Not tuned: no real embedding model could be loaded where
 * this was written. With one, compare the modes with `npm run eval:retrieval` and adjust here.
 */
const RRF_K = 60;
const RRF_WEIGHTS = { lexical: 1, dense: 1 };

/**
 * Lexical retrieval at once, dense retrieval once the model has loaded and the vector index is
 * up to date, both fused. Nothing here waits for the model: until the background build is done,
 * answers come from the lexical index and say so.
 */
export class Retriever {
  private corpusCache: Corpus | null = null;
  private dense: DenseIndex | null = null;
  private embedder: Embedder | null = null;
  private build: Promise<void> | null = null;
  private buildFor: Bank[] | null = null;
  private phase: IndexPhase = "idle";
  private failure: string | null = null;
  private progress: IndexProgress | null = null;
  private lastBuild: IndexBuildStats | null = null;

  constructor(private readonly deps: RetrieverDeps) {}

  /** Units and lexical index for the current banks; rebuilt (fast) when the banks change. */
  corpus(): Corpus {
    const banks = this.deps.banks();
    if (this.corpusCache?.banks === banks) return this.corpusCache;
    const units = buildUnits(banks);
    const titles = new Map(banks.flatMap((b) => b.chapters.flatMap((c) => c.questions.map((q) => [q.id, q.title] as const))));
    this.corpusCache = { banks, units, titles, lexical: LexicalIndex.build(units) };
    // Vectors of the old content may point at units that no longer exist: rebuild before using them.
    if (this.dense) {
      this.dense = null;
      this.phase = "idle";
    }
    return this.corpusCache;
  }

  /** Starts (or joins) the background build of the dense side; never throws, never blocks. */
  startIndexing(): Promise<void> {
    const { banks } = this.corpus();
    if (this.build && this.buildFor === banks) return this.build;
    this.buildFor = banks;
    this.build = this.runBuild(banks).catch((err: unknown) => {
      this.phase = "failed";
      this.failure = `index build failed: ${(err as Error).message}`;
      this.deps.log?.(`[retrieval] lexical only: ${this.failure}`);
    });
    return this.build;
  }

  private async runBuild(banks: Bank[]): Promise<void> {
    this.phase = "loading-model";
    this.failure = null;
    const embedder = await this.deps.embedder();
    if (!embedder) {
      this.phase = "unavailable";
      return;
    }
    this.embedder = embedder;
    this.phase = "indexing";
    const { units } = this.corpus();
    const db = this.deps.db();
    const stats = await buildVectorIndex({
      db,
      units,
      embedder,
      onProgress: (p) => {
        this.progress = p;
        this.deps.onProgress?.(p);
      },
    });
    if (this.corpus().banks !== banks) {
      // Content changed while embedding: what was saved stays valid (hashes), index the rest.
      this.phase = "idle";
      return this.startIndexing();
    }
    this.dense = DenseIndex.build(units, loadVectors(db, embedder.model), embedder.model);
    this.lastBuild = stats;
    this.progress = null;
    this.phase = "ready";
  }

  async retrieve(query: string, opts: { k?: number; bank?: string; mode?: RetrievalMode } = {}): Promise<RetrieveResult> {
    const k = opts.k ?? 5;
    const c = this.corpus();
    if (opts.bank && !c.banks.some((b) => b.id === opts.bank)) {
      throw new RetrievalInputError(`Unknown bank "${opts.bank}"; known: ${c.banks.map((b) => b.id).join(", ") || "none"}.`);
    }
    if (this.phase === "idle" && opts.mode !== "lexical") void this.startIndexing();
    const lexical = (): QuestionHit[] =>
      c.lexical.searchQuestions(query, c.titles, { bank: opts.bank, limit: opts.mode === "lexical" ? k : FUSION_DEPTH });
    const dense = this.dense;
    if (opts.mode === "lexical" || !dense || !this.embedder) return { mode: "lexical", hits: lexical().slice(0, k) };

    const [qv] = await this.embedder.embed([query], "query");
    const denseHits = dense.searchQuestions(qv as Float32Array, c.titles, { bank: opts.bank, limit: FUSION_DEPTH });
    if (opts.mode === "dense") return { mode: "dense", hits: denseHits.slice(0, k) };
    const fused = reciprocalRankFusion([lexical(), denseHits], RRF_K, [RRF_WEIGHTS.lexical, RRF_WEIGHTS.dense]);
    return { mode: "hybrid", hits: fused.slice(0, k) };
  }

  status(): RetrievalStatus {
    const c = this.corpus();
    const hybrid = !!this.dense && !!this.embedder;
    let reason: string | null = null;
    if (!hybrid) {
      if (this.phase === "unavailable") reason = this.deps.unavailableReason() ?? "embedding model unavailable";
      else if (this.phase === "failed") reason = this.failure;
      else if (this.phase === "indexing")
        reason = `building the vector index${this.progress ? ` (${this.progress.done}/${this.progress.total})` : ""}`;
      else if (this.phase === "loading-model") reason = "loading the embedding model";
      else reason = "vector index not built yet";
    }
    return {
      mode: hybrid ? "hybrid" : "lexical",
      model: this.embedder?.model ?? this.deps.model(),
      reason,
      index: {
        phase: this.phase,
        units: c.units.length,
        questions: c.titles.size,
        vectors: this.dense?.size ?? 0,
        progress: this.progress,
        lastBuild: this.lastBuild,
      },
    };
  }
}
