import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// A really read-only folder and a really full disk, each inside a private mount namespace
// (`unshare -rm`: an unprivileged user namespace on Linux; nothing is mounted on the host and
// it all goes when the child exits). The child (tests/security-db-child.ts) posts an answer
// through the real route handlers and reports.

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

interface Report {
  refusal: { status: number; body: { error?: string } };
  candidateTurns: number;
  integrity: string;
  retriedStatus: number;
  after: number;
}

function runChild(mode: "readonly" | "full"): Report {
  const dir = mkdtempSync(join(tmpdir(), `mi-dbfault-${mode}-`));
  dirs.push(dir);
  const out = execFileSync("unshare", ["-rm", process.execPath, "--import", "tsx", "tests/security-db-child.ts", mode, dir], {
    encoding: "utf8",
    timeout: 100_000,
    env: { ...process.env, NODE_ENV: "test" },
  });
  return JSON.parse(out) as Report;
}

describe("storage faults", () => {
  it("a read-only database folder: a clear 503, nothing half-written, and the reply saves once writable again", () => {
    const r = runChild("readonly");
    expect(r.refusal.status).toBe(503);
    expect(r.refusal.body.error).toMatch(/read-only.*nothing was saved/);
    expect(r.candidateTurns).toBe(0);
    expect(r.integrity).toBe("ok");
    expect(r.retriedStatus).toBe(200);
    expect(r.after).toBe(1);
  }, 120_000);

  it("a full disk: a clear 507, nothing half-written, and the reply saves once there is space", () => {
    const r = runChild("full");
    expect(r.refusal.status).toBe(507);
    expect(r.refusal.body.error).toMatch(/disk .* is full.*nothing was saved/);
    expect(r.candidateTurns).toBe(0);
    expect(r.integrity).toBe("ok");
    expect(r.retriedStatus).toBe(200);
    expect(r.after).toBe(1);
  }, 120_000);
});
