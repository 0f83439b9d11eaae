/**
 * An append-only typed array that doubles as it fills: millions of index entries as 4-byte
 * values instead of boxed JS numbers (the difference between ~100 MB and ~1 GB of transient
 * memory when indexing a 10k-question bank).
 */
export class Growable<T extends Int32Array | Float32Array> {
  private buf: T;
  length = 0;

  constructor(private readonly make: (n: number) => T) {
    this.buf = make(1024);
  }

  push(v: number): void {
    if (this.length === this.buf.length) {
      const next = this.make(this.buf.length * 2);
      next.set(this.buf);
      this.buf = next;
    }
    this.buf[this.length++] = v;
  }

  at(i: number): number {
    return this.buf[i] as number;
  }

  /** Frees the storage; the array is empty afterwards. */
  clear(): void {
    this.buf = this.make(0);
    this.length = 0;
  }
}

export const int32s = () => new Growable((n) => new Int32Array(n));
export const float32s = () => new Growable((n) => new Float32Array(n));
