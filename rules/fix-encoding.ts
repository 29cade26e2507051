import type { Doc, Finding, Rule } from "../src/core/types.js";
import { applyChanges, changesBetween, composeChanges, type Change } from "./fix-encoding/changes.js";
import { entityChanges } from "./fix-encoding/entities.js";
import { isAboutCharacters, isAboutEncodings, isAboutMarkup } from "./fix-encoding/examples.js";
import { readC1AsWindows1252, repairMojibake } from "./fix-encoding/mojibake.js";

// Lines with nothing but ASCII and no "&" have nothing to repair: most lines of most articles.
const WORTH_A_LOOK = /[^\x00-\x25\x27-\x7f]/g;

/** What a document shows on purpose, asked once per document and only where a line needs it. */
interface Subject {
  markup(): boolean;
  characters(): boolean;
  encodings(): boolean;
}

/**
 * One line's findings, in offsets of the document. References are decoded first, so that
 * mojibake hidden behind one ("Î&frac14;" for "μ") is seen whole by the repair.
 */
function* lineFindings(line: string, offset: number, subject: Subject): Iterable<Finding> {
  const entities = line.includes("&") && !subject.markup() ? entityChanges(line, subject.characters()) : [];
  const decoded = applyChanges(line, entities);
  // Asked only where there is mojibake: most lines have none, and the question reads the whole
  // document. A C1 control is never an example: those are still read as Windows-1252.
  let repair = repairMojibake(decoded);
  if (repair.steps.length > 0 && subject.encodings()) repair = readC1AsWindows1252(decoded) ?? { text: decoded, steps: [] };
  const mojibake = changesBetween(decoded, repair.text);
  const message = `repaired mojibake (${[...new Set(repair.steps)].join(", then ")})`;
  for (const c of composeChanges(line, entities, mojibake)) yield finding(c, offset, entities.includes(c) ? ENTITY_MESSAGE : message);
}

const ENTITY_MESSAGE = "decoded an HTML character reference";

function finding(change: Change, offset: number, message: string): Finding {
  return { start: offset + change.start, end: offset + change.end, fix: change.after, message };
}

const fixEncoding: Rule = {
  meta: {
    id: "fix-encoding",
    description: "Repairs mojibake (UTF-8 read as a single-byte code page, even twice), stray C1 controls and HTML character references.",
    fixable: true,
    defaultOptions: {},
  },
  *check(doc: Doc) {
    const { text } = doc;
    let aboutMarkup: boolean | undefined;
    let aboutEncodings: boolean | undefined;
    let aboutCharacters: boolean | undefined;
    const subject: Subject = {
      markup: () => (aboutMarkup ??= isAboutMarkup(text)),
      characters: () => (aboutCharacters ??= isAboutCharacters(text)),
      encodings: () => (aboutEncodings ??= isAboutEncodings(text)),
    };
    for (let next = 0; ; ) {
      WORTH_A_LOOK.lastIndex = next;
      const hit = WORTH_A_LOOK.exec(text);
      if (hit === null) return;
      const start = text.lastIndexOf("\n", hit.index) + 1;
      const newline = text.indexOf("\n", hit.index);
      const end = newline === -1 ? text.length : newline;
      yield* lineFindings(text.slice(start, end), start, subject);
      next = end + 1;
    }
  },
};

export default fixEncoding;
