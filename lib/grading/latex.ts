/**
 * LaTeX math as a candidate types it in plain text: "\frac{1}{\sqrt{\alpha_t}}" becomes
 * "1/√α_t", "\mathcal N(0,I)" "N(0,I)", "\bar\alpha_{t-1}" "ᾱ_{t-1}". Rubric terms are written
 * that way, so a reference (or a candidate) writing LaTeX meets the same aliases as one typing
 * plain symbols, and formula markup ("\mathrm", "\big") stops counting as words.
 */

const GREEK: Record<string, string> = {
  alpha: "α", beta: "β", gamma: "γ", delta: "δ", epsilon: "ε", varepsilon: "ε", zeta: "ζ", eta: "η",
  theta: "θ", vartheta: "θ", iota: "ι", kappa: "κ", lambda: "λ", mu: "μ", nu: "ν", xi: "ξ", pi: "π",
  rho: "ρ", varrho: "ρ", sigma: "σ", varsigma: "σ", tau: "τ", upsilon: "υ", phi: "φ", varphi: "φ",
  chi: "χ", psi: "ψ", omega: "ω", Gamma: "Γ", Delta: "Δ", Theta: "Θ", Lambda: "Λ", Xi: "Ξ", Pi: "Π",
  Sigma: "Σ", Upsilon: "Υ", Phi: "Φ", Psi: "Ψ", Omega: "Ω",
};

const SYMBOL: Record<string, string> = {
  sim: "~", approx: "≈", simeq: "≃", cdot: "·", times: "×", div: "÷", pm: "±", le: "≤", leq: "≤",
  ge: "≥", geq: "≥", ne: "≠", neq: "≠", ll: "≪", gg: "≫", to: "→", rightarrow: "→", leftarrow: "←",
  gets: "←", Rightarrow: "⇒", Leftarrow: "⇐", iff: "⇔", Leftrightarrow: "⇔", leftrightarrow: "↔",
  mapsto: "↦", infty: "∞", in: "∈", notin: "∉", subset: "⊂", subseteq: "⊆", cup: "∪", cap: "∩",
  odot: "⊙", otimes: "⊗", oplus: "⊕", circ: "∘", propto: "∝", partial: "∂", nabla: "∇", sum: "Σ",
  prod: "∏", int: "∫", dots: "...", ldots: "...", cdots: "...", vdots: "...", ddots: "...", mid: "|",
  vert: "|", lvert: "|", rvert: "|", Vert: "||", lVert: "||", rVert: "||", langle: "⟨", rangle: "⟩",
  top: "T", intercal: "T", prime: "'", emptyset: "∅", varnothing: "∅", forall: "∀", exists: "∃",
  star: "*", ast: "*", ell: "l", lfloor: "⌊", rfloor: "⌋", lceil: "⌈", rceil: "⌉",
};

// Operator names read as words ("\log p" → "log p").
const NAMED = /^(?:log|ln|exp|min|max|arg|argmin|argmax|sin|cos|tan|tanh|lim|sup|inf|det|dim|Pr|softmax|KL)$/;
// Typesetting only: sizes, fonts and spacing say nothing about the formula.
const SIZING = /^(?:big|Big|bigg|Bigg|bigl|bigr|Bigl|Bigr|biggl|biggr|Biggl|Biggr|left|right|middle|displaystyle|textstyle|limits|nolimits)$/;
const SPACING = /^(?:quad|qquad|enspace|thinspace|medspace|thickspace|hfill)$/;
const FONT = /^(?:mathcal|mathrm|mathbf|mathbb|mathit|mathsf|mathtt|mathfrak|boldsymbol|bm|text|textrm|textbf|textit|operatorname|mathop|mbox)$/;
const ACCENT: Record<string, string> = { bar: "\u0304", overline: "\u0304", hat: "\u0302", widehat: "\u0302", tilde: "\u0303", widetilde: "\u0303", vec: "\u20d7", dot: "\u0307", ddot: "\u0308" };
const ESCAPED: Record<string, string> = { ",": " ", ";": " ", ":": " ", "!": "", " ": " ", "|": "||", "{": "{", "}": "}", "\\": " ", "%": "%", "$": "$", "#": "#", "&": "&", _: "_" };

const SIMPLE = /^[\p{L}\p{N}\p{M}]+$/u;

/** An operand that needs no parentheses: no operator or space outside brackets. */
function atomic(s: string): boolean {
  let depth = 0;
  for (const ch of s) {
    if ("([{".includes(ch)) depth++;
    else if (")]}".includes(ch)) depth--;
    else if (depth === 0 && /[\s+\-−=±,<>≤≥~/]/.test(ch)) return false;
  }
  return true;
}
const wrap = (s: string) => (atomic(s) ? s : `(${s})`);

// Bounds on what is parsed: deeper nesting or longer math is no formula a candidate types, and
// parsing it costs recursion depth and time ("${{{…" 20 000 deep overflows the stack).
export const MAX_MATH_DEPTH = 40;
export const MAX_MATH_LENGTH = 2000;

class TooDeep extends Error {}

const COMMAND_NAME = /[a-zA-Z]+/y;

class Reader {
  i = 0;
  depth = 0;
  constructor(readonly s: string) {}

  /** The whole input, or up to the "}" closing the group we are in. */
  sequence(): string {
    if (++this.depth > MAX_MATH_DEPTH) throw new TooDeep();
    let out = "";
    while (this.i < this.s.length && this.s[this.i] !== "}") out += this.item();
    this.depth--;
    return out;
  }

  /** One argument: a braced group or a single token (spaces before it skipped). */
  arg(): string {
    while (this.s[this.i] === " ") this.i++;
    if (this.s[this.i] === "{") {
      this.i++;
      const inner = this.sequence();
      this.i++;
      return inner.trim();
    }
    return this.i < this.s.length ? this.item().trim() : "";
  }

  item(): string {
    const ch = this.s[this.i++] ?? "";
    if (ch === "{") {
      const inner = this.sequence();
      this.i++;
      return inner;
    }
    if (ch === "~") return " "; // a non-breaking space in LaTeX; "\sim" is the tilde
    if (ch === "_" || ch === "^") {
      const a = this.arg();
      // Braces only where a candidate needs them too: "x_{t-1}", but "x_t", "P_drop", "D_KL".
      return ch + (SIMPLE.test(a) || a.length <= 1 ? a : `{${a}}`);
    }
    if (ch !== "\\") return ch;
    COMMAND_NAME.lastIndex = this.i;
    const name = COMMAND_NAME.exec(this.s)?.[0];
    if (!name) {
      const esc = this.s[this.i++] ?? "";
      return ESCAPED[esc] ?? esc;
    }
    this.i += name.length;
    return this.command(name);
  }

  command(name: string): string {
    if (GREEK[name]) return GREEK[name];
    if (SYMBOL[name]) return SYMBOL[name];
    if (NAMED.test(name)) return ` ${name} `;
    if (SIZING.test(name)) {
      if (this.s[this.i] === ".") this.i++; // "\right." closes nothing
      return "";
    }
    if (SPACING.test(name)) return " ";
    if (FONT.test(name)) return this.arg();
    if (name === "frac" || name === "dfrac" || name === "tfrac") {
      const num = this.arg();
      const den = this.arg();
      return `${wrap(num)}/${wrap(den)}`;
    }
    if (name === "sqrt") {
      if (this.s[this.i] === "[") this.i = Math.max(this.i, this.s.indexOf("]", this.i) + 1);
      return `√${wrap(this.arg())}`;
    }
    if (ACCENT[name]) {
      const a = this.arg();
      return [...a].length === 1 ? a + ACCENT[name] : a;
    }
    if (name === "begin" || name === "end") {
      this.arg();
      return " ";
    }
    return name; // unknown: its name is the best plain reading
  }
}

/** Plain-text reading of LaTeX math (without its $ delimiters). */
export function latexToPlain(math: string): string {
  const raw = () => math.replace(/\s+/g, " ").trim();
  if (math.length > MAX_MATH_LENGTH) return raw();
  const r = new Reader(math.replace(/&/g, " "));
  let out = "";
  try {
    while (r.i < math.length) {
      out += r.sequence();
      r.depth = 0;
      r.i++; // an unbalanced "}"
    }
  } catch (err) {
    if (err instanceof TooDeep) return raw();
    throw err;
  }
  return out.normalize("NFC").replace(/\s+/g, " ").trim();
}

/**
 * Inline $…$ and display $$…$$ math (display first, so "$$" is not read as two empty spans).
 * As in pandoc, inline math hugs its dollars and is not followed by a digit: "$5 和 $10" is prose.
 */
export const MATH_SPAN = /\$\$[\s\S]+?\$\$|\$(?!\s)[^$\n]+?(?<!\s)\$(?!\d)/g;

/** Math spans in plain text; elsewhere, a stray "\alpha" typed without dollars becomes "α". */
export function mathToPlain(text: string): string {
  return text
    .replace(MATH_SPAN, (m) => ` ${latexToPlain(m.replace(/^\$+|\$+$/g, ""))} `)
    .replace(/\\([a-zA-Z]+)/g, (m, name: string) => GREEK[name] ?? SYMBOL[name] ?? m)
    .replace(/[ \t]+/g, " ");
}
