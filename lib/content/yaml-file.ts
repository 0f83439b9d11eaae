import { isNode, LineCounter, parseDocument } from "yaml";
import type { z } from "zod";
import type { ContentWarning } from "./warning";

export type YamlPath = ReadonlyArray<PropertyKey>;

export interface ValidYaml<T> {
  file: string;
  data: T;
  /** The document before validation: to spot fields the schema drops. */
  raw: unknown;
  /** 1-based line of the node at `path`, or of its nearest existing parent (0 if none). */
  lineOf: (path: YamlPath) => number;
}

export const pathToString = (path: YamlPath) => path.map(String).join(".") || "(root)";

/**
 * Parses YAML and validates it with `schema`. Any syntax or schema error becomes a warning
 * naming the file, the line and the field path, and the whole file is rejected (null): half a
 * chapter merged silently would be worse than none.
 */
export function parseYamlFile<S extends z.ZodType>(
  text: string,
  file: string,
  schema: S,
): { value: ValidYaml<z.infer<S>> | null; warnings: ContentWarning[] } {
  const warnings: ContentWarning[] = [];
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });

  const lineOf = (path: YamlPath): number => {
    for (let k = path.length; k >= 0; k--) {
      const node = doc.getIn(path.slice(0, k) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 0;
  };

  if (doc.errors.length) {
    for (const e of doc.errors) {
      // prettyErrors appends a code excerpt after the first line; the line number is enough.
      const message = (e.message.split("\n")[0] ?? "").replace(/:\s*$/, "");
      warnings.push({ file, line: e.linePos?.[0].line ?? 0, message: `YAML syntax: ${message}; file skipped` });
    }
    return { value: null, warnings };
  }
  const raw: unknown = doc.toJS();
  if (raw === null || raw === undefined) {
    warnings.push({ file, line: 0, message: "file is empty; skipped" });
    return { value: null, warnings };
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues.slice(0, 20)) {
      warnings.push({ file, line: lineOf(issue.path), message: `${pathToString(issue.path)}: ${issue.message}; file skipped` });
    }
    return { value: null, warnings };
  }
  return { value: { file, data: parsed.data, raw, lineOf }, warnings };
}
