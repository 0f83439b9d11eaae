/**
 * Page weight: the JS a real browser fetches for every page, against `next start` with a temp
 * database (npm run bench:weight [-- --rebuild] [-- --verbose] [-- --json]). Builds into
 * .next-bench (BENCH_DIST_DIR) when that build is missing or older than the sources.
 * First-load JS is what a page's HTML names; each page must keep it at or under 150 kB gzipped.
 */
import { measurePageWeight } from "./bench/page-weight";
import { renderWeightTable } from "./bench/weight";

const argv = process.argv.slice(2);

measurePageWeight({ rebuild: argv.includes("--rebuild") }).then(
  (r) => {
    if (argv.includes("--json")) return void console.log(JSON.stringify(r));
    const from = new Set(r.rows.map((x) => x.gzipFrom));
    console.log(`Page weight: first-load JS per page (budget ${r.budgetKb} kB gzipped); gzip sizes ${from.has("zlib") || from.has("mixed") ? "the server's gzip where it sent gzip, else zlib's gzip of the body it sent uncompressed" : "as the server sent them (Content-Encoding: gzip)"}`);
    console.log(renderWeightTable(r.rows, r.budgetKb));
    if (argv.includes("--verbose"))
      for (const p of r.pages) {
        console.log(`\n${p.page}: ${p.note}`);
        for (const f of p.fetches) console.log(`  ${f.phase.padEnd(5)} ${f.kind.padEnd(10)} ${(f.gzipBytes / 1000).toFixed(1).padStart(7)} kB gz ${(f.rawBytes / 1000).toFixed(1).padStart(7)} kB  ${f.path}`);
      }
    if (r.rows.some((x) => !x.pass)) process.exitCode = 1;
  },
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
