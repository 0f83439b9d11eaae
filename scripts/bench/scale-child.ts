/** Child process of scaleBench (retrieval.ts): `tsx scripts/bench/scale-child.ts ENGINE N`, one JSON line on stdout. */
import { SCALE_ENGINES, scaleChild, type ScaleEngine } from "./retrieval";

const [engine, n] = process.argv.slice(2);
if (!SCALE_ENGINES.includes(engine as ScaleEngine)) {
  console.error(`engine must be one of ${SCALE_ENGINES.join(", ")}`);
  process.exit(2);
}
scaleChild(engine as ScaleEngine, Number(n ?? 10_000)).then(
  (row) => process.stdout.write(JSON.stringify(row)),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
