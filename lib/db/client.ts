import Database from "better-sqlite3";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { migrate } from "./migrate";

export type Db = Database.Database;

export function databasePath(): string {
  return resolve(process.env.DATABASE_PATH || "data/app.db");
}

/** Opens (creating if needed) a database file in WAL mode and brings its schema up to date. */
export function openDb(path: string = databasePath()): Db {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  migrate(db);
  return db;
}

// One connection per process; kept on globalThis so Next's dev reloads do not open more.
const holder = globalThis as unknown as { __mockInterviewDb?: Db };

export function getDb(): Db {
  holder.__mockInterviewDb ??= openDb();
  return holder.__mockInterviewDb;
}
