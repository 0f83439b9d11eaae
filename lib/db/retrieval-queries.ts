import type { Db } from "./client";

/**
 * The retrieval index's tables: retrieval_units (what can be found, with a hash of what was
 * embedded) and retrieval_vectors (one embedding per unit and model). lib/retrieval builds the
 * units and computes the vectors; only the SQL lives here.
 */

/** A retrieval unit as stored; lib/retrieval's RetrievalUnit carries these fields (and more). */
export interface UnitRow {
  id: string;
  bankId: string;
  questionId: string;
  kind: string;
  text: string;
  /** sha256 of the embedded text: a changed hash means the unit must be embedded again. */
  hash: string;
}

/** Float32 values as stored: little-endian, which is what every platform Node runs on uses. */
export function toBlob(v: Float32Array): Buffer {
  return Buffer.from(v.buffer, v.byteOffset, v.byteLength);
}

export function fromBlob(b: Buffer, dim: number): Float32Array {
  // Copy: better-sqlite3's Buffer may not be 4-byte aligned.
  const out = new Float32Array(dim);
  new Uint8Array(out.buffer).set(b.subarray(0, dim * 4));
  return out;
}

export interface SyncResult {
  added: number;
  changed: number;
  removed: number;
}

/**
 * Makes retrieval_units mirror `units`: new ones inserted, changed ones updated (their stale
 * vectors stay until re-embedded; the hash tells them apart), vanished ones deleted with their vectors.
 */
export function syncUnits(db: Db, units: readonly UnitRow[]): SyncResult {
  const existing = new Map(
    (db.prepare("SELECT id, content_hash AS hash, text FROM retrieval_units").all() as Array<{ id: string; hash: string; text: string }>).map(
      (r) => [r.id, r],
    ),
  );
  const insert = db.prepare(
    "INSERT INTO retrieval_units (id, bank_id, question_id, kind, text, content_hash) VALUES (@id, @bankId, @questionId, @kind, @text, @hash)",
  );
  const update = db.prepare(
    `UPDATE retrieval_units SET bank_id = @bankId, question_id = @questionId, kind = @kind, text = @text, content_hash = @hash,
       updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = @id`,
  );
  const remove = db.prepare("DELETE FROM retrieval_units WHERE id = ?");
  const result: SyncResult = { added: 0, changed: 0, removed: 0 };
  db.transaction(() => {
    const keep = new Set<string>();
    for (const u of units) {
      keep.add(u.id);
      const row = { id: u.id, bankId: u.bankId, questionId: u.questionId, kind: u.kind, text: u.text, hash: u.hash };
      const old = existing.get(u.id);
      if (!old) {
        insert.run(row);
        result.added++;
      } else if (old.hash !== u.hash || old.text !== u.text) {
        update.run(row);
        result.changed++;
      }
    }
    for (const id of existing.keys()) {
      if (keep.has(id)) continue;
      remove.run(id);
      result.removed++;
    }
  })();
  return result;
}

/** Units with no vector for `model`, or one computed from older content. */
export function staleUnitIds(db: Db, model: string): Set<string> {
  const rows = db
    .prepare(
      `SELECT u.id FROM retrieval_units u
       LEFT JOIN retrieval_vectors v ON v.unit_id = u.id AND v.model = ?
       WHERE v.unit_id IS NULL OR v.content_hash <> u.content_hash`,
    )
    .all(model) as Array<{ id: string }>;
  return new Set(rows.map((r) => r.id));
}

export function saveVectors(db: Db, model: string, rows: Array<{ unitId: string; hash: string; vector: Float32Array }>): void {
  const put = db.prepare(
    `INSERT INTO retrieval_vectors (unit_id, model, content_hash, dim, vector) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (unit_id, model) DO UPDATE SET content_hash = excluded.content_hash, dim = excluded.dim,
       vector = excluded.vector, created_at = strftime('%Y-%m-%dT%H:%M:%fZ','now')`,
  );
  db.transaction(() => {
    for (const r of rows) put.run(r.unitId, model, r.hash, r.vector.length, toBlob(r.vector));
  })();
}

/** Current vectors for `model`: only those whose hash still matches their unit. */
export function loadVectors(db: Db, model: string): Map<string, Float32Array> {
  const rows = db
    .prepare(
      `SELECT v.unit_id AS id, v.dim AS dim, v.vector AS vector FROM retrieval_vectors v
       JOIN retrieval_units u ON u.id = v.unit_id AND u.content_hash = v.content_hash
       WHERE v.model = ?`,
    )
    .all(model) as Array<{ id: string; dim: number; vector: Buffer }>;
  return new Map(rows.map((r) => [r.id, fromBlob(r.vector, r.dim)]));
}

export function vectorCount(db: Db, model: string): number {
  return (db.prepare("SELECT COUNT(*) AS n FROM retrieval_vectors WHERE model = ?").get(model) as { n: number }).n;
}
