import type Database from "better-sqlite3";
import { migrations as all, type Migration } from "./migrations";

/** Applies, in order and each in its own transaction, every migration newer than user_version. */
export function migrate(db: Database.Database, migrations: Migration[] = all): number[] {
  const current = db.pragma("user_version", { simple: true }) as number;
  const applied: number[] = [];
  const sorted = [...migrations].sort((a, b) => a.id - b.id);
  sorted.forEach((m, i) => {
    if (m.id !== i + 1) throw new Error(`migrations must be numbered 1..n; found ${m.id} at position ${i + 1}`);
  });
  for (const m of sorted) {
    if (m.id <= current) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.id}`);
    })();
    applied.push(m.id);
  }
  return applied;
}
