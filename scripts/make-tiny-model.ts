/**
 * Writes the tiny test embedding model (see lib/retrieval/tiny-model.ts) so the dense path can be
 * tried by hand without a download:
 *   npm run make:tiny-model [-- DIR]            (default: models/tiny/bert)
 *   EMBEDDING_MODEL=tiny/bert npm run index     (MODELS_DIR defaults to models/)
 * It captures only which characters texts share: for plumbing, not for judging quality.
 */
import { resolve } from "node:path";
import { makeTinyModel } from "../lib/retrieval/tiny-model";

const dir = resolve(process.argv[2] ?? "models/tiny/bert");
const { hidden, vocabSize } = makeTinyModel(dir);
console.log(`tiny model (hidden ${hidden}, vocab ${vocabSize}) written to ${dir}`);
