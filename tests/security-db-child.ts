/**
 * Run by tests/security-db-faults.test.ts inside `unshare -rm` (a private mount namespace of
 * its own: nothing it mounts is seen outside, and it all goes when it exits). Makes the
 * database's folder really read-only (a read-only bind mount) or really full (a tiny tmpfs),
 * posts an answer through the real route handlers, and prints what happened as JSON.
 */
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [mode, dir] = process.argv.slice(2) as ["readonly" | "full", string];
const sh = (...args: string[]) => execFileSync("mount", args, { stdio: "pipe" });

/** Closes the app's connection, if it has one open, as a restart would. */
function dropDb() {
  const holder = globalThis as { __mockInterviewDb?: { close(): void } };
  holder.__mockInterviewDb?.close();
  delete holder.__mockInterviewDb;
}

async function main() {
  if (mode === "full") sh("-t", "tmpfs", "-o", "size=3m", "tmpfs", dir);
  else sh("--bind", dir, dir);
  process.env.DATABASE_PATH = join(dir, "app.db");
  process.env.OFFLINE = "1";
  console.warn = () => {};
  console.error = () => {};
  const { POST: create } = await import("@/app/api/sessions/route");
  const { POST: answer } = await import("@/app/api/sessions/[id]/answer/route");
  const { getDb } = await import("@/lib/db/client");
  const post = (body: unknown) => new Request("http://test/api", { method: "POST", body: JSON.stringify(body), headers: { "content-type": "application/json" } });
  const ctx = (id: string) => ({ params: Promise.resolve({ id }) });

  const created = await create(post({ bankId: "aigc-video-generation", chapters: [9], count: 2, maxFollowUps: 0 }));
  const { id } = (await created.json()) as { id: string };
  // An empty write-ahead log: the next write must take new space on the disk.
  getDb().pragma("wal_checkpoint(TRUNCATE)");

  if (mode === "full") {
    // Fill every byte left; then no write can land.
    let i = 0;
    try {
      for (;;) writeFileSync(join(dir, `filler-${i++}`), Buffer.alloc(64 * 1024));
    } catch {
      /* ENOSPC: full */
    }
    for (let n = 0; ; n++) {
      try {
        writeFileSync(join(dir, `crumb-${n}`), Buffer.alloc(512));
      } catch {
        break;
      }
    }
  } else {
    // The kernel refuses to make a folder read-only while a file in it is open for writing:
    // close the connection first, as a restart would. The next request opens it again.
    dropDb();
    sh("-o", "remount,ro,bind", dir);
  }

  const text = "VAE 用编码器输出均值和方差，重参数化采样，解码器重建，损失是重建误差加 KL 散度。".repeat(200);
  const refused = await answer(post({ text, clientKey: "db-fault-reply-1" }), ctx(id));
  const refusal = { status: refused.status, body: (await refused.json()) as { error?: string } };

  // Space back / writable again: nothing of the refused reply may be there, and the session goes on.
  if (mode === "full") {
    for (const name of (await import("node:fs")).readdirSync(dir)) if (/^(filler|crumb)-/.test(name)) rmSync(join(dir, name));
  } else {
    dropDb();
    sh("-o", "remount,rw,bind", dir);
  }
  const db = getDb();
  const candidateTurns = (db.prepare("SELECT count(*) AS n FROM turns WHERE session_id = ? AND role = 'candidate'").get(id) as { n: number }).n;
  const integrity = db.pragma("integrity_check", { simple: true });
  const retried = await answer(post({ text, clientKey: "db-fault-reply-1" }), ctx(id));
  const after = (db.prepare("SELECT count(*) AS n FROM turns WHERE session_id = ? AND role = 'candidate'").get(id) as { n: number }).n;
  process.stdout.write(JSON.stringify({ refusal, candidateTurns, integrity, retriedStatus: retried.status, after }));
}

main().catch((e: unknown) => {
  process.stdout.write(JSON.stringify({ crashed: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }));
  process.exit(1);
});
