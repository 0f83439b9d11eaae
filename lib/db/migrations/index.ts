import { migration001 } from "./001-initial";

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited; add the next number instead. */
export const migrations: Migration[] = [migration001];
