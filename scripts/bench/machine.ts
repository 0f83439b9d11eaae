import { execFileSync } from "node:child_process";
import { cpus, loadavg, release, totalmem, type } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  ramGb: number;
  node: string;
  os: string;
}

export function machine(): Machine {
  const c = cpus();
  return { cpu: c[0]?.model.trim() ?? "unknown", cores: c.length, ramGb: totalmem() / 2 ** 30, node: process.version, os: `${type()} ${release()}` };
}

/** The 1, 5 and 15 minute load averages: how busy the machine was. */
export const load = (): number[] => loadavg().map((x) => Math.round(x * 100) / 100);

/** The commit measured, and whether the tree had uncommitted changes. */
export function commit(): { sha: string; dirty: boolean } {
  try {
    const sha = execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8" }).trim();
    const dirty = execFileSync("git", ["status", "--porcelain", "--untracked-files=no"], { encoding: "utf8" }).trim() !== "";
    return { sha, dirty };
  } catch {
    return { sha: "unknown", dirty: false };
  }
}
