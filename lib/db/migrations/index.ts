import { migration001 } from "./001-initial";
import { migration002 } from "./002-retrieval-index";
import { migration003 } from "./003-interview";
import { migration004 } from "./004-turns-meta";
import { migration005 } from "./005-dense-calibration";
import { migration006 } from "./006-review";

export interface Migration {
  id: number;
  name: string;
  sql: string;
}

/** Append only: a migration, once released, is never edited; add the next number instead. */
export const migrations: Migration[] = [migration001, migration002, migration003, migration004, migration005, migration006];
