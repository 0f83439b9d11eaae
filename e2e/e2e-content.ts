import { mkdirSync, readdirSync, symlinkSync } from "node:fs";
import { join, resolve } from "node:path";

/**
 * The browser tests' content folder: the real banks and authored files, plus the fixture bank
 * from tests/fixtures/e2e (a question with no answer, raw HTML, an existing image), linked
 * side by side. Links, not copies, so the app sees the real content as it is right now; the
 * real content now answers every question, so "no reference answer" needs the fixture.
 */
export function makeE2eContent(dir: string, root: string = process.cwd()): string {
  for (const sub of ["banks", "authored"]) {
    mkdirSync(join(dir, sub), { recursive: true });
    for (const src of [join(root, "content", sub), join(root, "tests/fixtures/e2e", sub)]) {
      let names: string[] = [];
      try {
        names = readdirSync(src);
      } catch {
        continue; // e.g. no authored folder yet
      }
      for (const name of names) symlinkSync(resolve(src, name), join(dir, sub, name));
    }
  }
  return dir;
}
