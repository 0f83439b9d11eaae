import Database from "better-sqlite3";
import { accessSync, constants, mkdirSync } from "node:fs";
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

/**
 * What a failed database call means for the person at the keyboard, or null when it is not a
 * storage fault. SQLite reports a read-only file, a full disk or a vanished folder by code;
 * each statement is atomic, so a write refused here saved nothing at all (no half-written turn).
 * The messages go to the browser: they name no path (the server log does).
 */
export function describeDbError(e: unknown): { status: number; message: string } | null {
  const code = typeof e === "object" && e !== null && "code" in e ? String((e as { code: unknown }).code) : "";
  // A WAL database in a read-only folder fails to open (no -shm can be made): say read-only then.
  const readOnlyFolder = (code.startsWith("SQLITE_CANTOPEN") || code.startsWith("SQLITE_READONLY")) && !writable(dirname(databasePath()));
  if (readOnlyFolder || code.startsWith("SQLITE_READONLY") || code === "EROFS" || code === "EACCES" || code === "EPERM")
    return { status: 503, message: `数据库只读 The database file is read-only: nothing was saved. Make the file and its folder writable (or set DATABASE_PATH), then try again.` };
  if (code === "SQLITE_FULL" || code === "ENOSPC" || code === "SQLITE_IOERR_WRITE" || code === "SQLITE_IOERR_SHMSIZE")
    return { status: 507, message: `磁盘已满 The disk holding the database is full: nothing was saved. Free some space, then try again; your text is still in the box.` };
  if (code.startsWith("SQLITE_CANTOPEN") || code === "ENOENT")
    return { status: 503, message: `无法打开数据库 The database file cannot be opened: check that its folder exists and is writable.` };
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return { status: 503, message: "数据库繁忙 The database is busy (another process holds a lock); please try again in a moment." };
  if (code.startsWith("SQLITE_IOERR") || code === "SQLITE_CORRUPT" || code === "SQLITE_NOTADB")
    return { status: 503, message: `数据库读写出错 The database file could not be read or written (${code}): nothing was saved.` };
  return null;
}

function writable(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
