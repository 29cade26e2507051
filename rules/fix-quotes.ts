import type { Doc, Finding, Rule } from "../src/core/types.js";
import { rolesInParagraph, type Mark } from "./quotes/roles.js";

export type QuoteStyle = "curly" | "straight";

export interface FixQuotesOptions {
  /** "auto": each document keeps the style most of its marks already have. */
  style: "auto" | QuoteStyle;
}

const STYLES: readonly FixQuotesOptions["style"][] = ["auto", "curly", "straight"];
const CURLY = new Set(["“", "”", "‘", "’"]);

const ANY_MARK = /["'“”‘’„‚]/g;

/** The marks of every paragraph (line) that has any. */
function marksOf(text: string): Mark[] {
  const marks: Mark[] = [];
  ANY_MARK.lastIndex = 0;
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    const newline = text.indexOf("\n", m.index);
    const end = newline < 0 ? text.length : newline;
    for (const mark of rolesInParagraph(text, start, end)) marks.push(mark);
    ANY_MARK.lastIndex = end;
  }
  return marks;
}

/** The style of most marks, apostrophes included; a tie goes to curly. */
function dominantStyle(marks: readonly Mark[]): QuoteStyle {
  const curly = marks.filter((m) => CURLY.has(m.char)).length;
  return curly * 2 >= marks.length ? "curly" : "straight";
}

function characterFor(mark: Mark, style: QuoteStyle): string {
  if (style === "straight") return mark.double ? '"' : "'";
  if (mark.double) return mark.role === "open" ? "“" : "”";
  return mark.role === "open" ? "‘" : "’";
}

function describe(mark: Mark, wanted: string, style: QuoteStyle): string {
  const what = mark.role === "apostrophe" ? "apostrophe" : `${mark.role}ing ${mark.double ? "double" : "single"} quote`;
  const changes: string[] = [];
  if (mark.straySpace !== undefined) changes.push(`removed the space before a ${what}`);
  if (wanted !== mark.char) {
    const sameStyle = CURLY.has(mark.char) === (style === "curly");
    changes.push(sameStyle ? `turned the ${what} the right way round` : `made the ${what} ${style} like the rest of the document`);
  }
  return changes.join("; ");
}

const fixQuotes: Rule<FixQuotesOptions> = {
  meta: {
    id: "fix-quotes",
    description: "Makes quote marks and apostrophes consistent in the document's own style (curly or straight), each the right way round.",
    fixable: true,
    defaultOptions: { style: "auto" },
    validateOptions: (options) =>
      STYLES.includes(options.style) ? null : `style must be one of ${STYLES.join(", ")} (got ${JSON.stringify(options.style)})`,
  },
  *check(doc: Doc, ctx): Iterable<Finding> {
    const marks = marksOf(doc.text);
    const style = ctx.options.style === "auto" ? dominantStyle(marks) : ctx.options.style;
    for (const mark of marks) {
      const wanted = characterFor(mark, style);
      if (wanted === mark.char && mark.straySpace === undefined) continue;
      yield { start: mark.straySpace ?? mark.index, end: mark.index + 1, fix: wanted, message: describe(mark, wanted, style) };
    }
  },
};

export default fixQuotes;
