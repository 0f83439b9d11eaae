// Minimal hast shapes: enough to walk the tree without depending on @types/hast directly.
interface HastNode {
  type: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const FORMULA = new Set(["katex", "katex-display", "katex-error"]);

function isFormula(node: HastNode): boolean {
  const cls = node.properties?.className;
  return node.type === "element" && Array.isArray(cls) && cls.some((c) => FORMULA.has(String(c)));
}

/**
 * Runs after rehype-katex: marks each rendered formula (outermost KaTeX element only) with
 * data-testid="formula", so tests can find formulas without knowing KaTeX's markup.
 */
export function rehypeFormulaIds() {
  const walk = (node: HastNode) => {
    if (isFormula(node)) {
      node.properties = { ...node.properties, dataTestid: "formula" };
      return;
    }
    node.children?.forEach(walk);
  };
  return (tree: HastNode) => walk(tree);
}
