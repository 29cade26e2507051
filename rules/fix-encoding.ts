import type { Doc, Finding, Rule } from "../src/core/types.js";
import { applyChanges, changesBetween, composeChanges, type Change } from "./fix-encoding/changes.js";
import { entityChanges, isAboutMarkup } from "./fix-encoding/entities.js";
import { repairMojibake } from "./fix-encoding/mojibake.js";

const NOTHING_TO_DO = /^[\x00-\x25\x27-\x7f]*$/;

/**
 * One line's findings, in offsets of the document. References are decoded first, so that
 * mojibake hidden behind one ("Î&frac14;" for "μ") is seen whole by the repair.
 */
function* lineFindings(line: string, offset: number, decodeEntities: boolean): Iterable<Finding> {
  const entities = decodeEntities ? entityChanges(line) : [];
  const decoded = applyChanges(line, entities);
  const repair = repairMojibake(decoded);
  const mojibake = changesBetween(decoded, repair.text);
  if (mojibake.length === 0) {
    for (const c of entities) yield finding(c, offset, ENTITY_MESSAGE);
    return;
  }
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
    if (NOTHING_TO_DO.test(text)) return;
    const decodeEntities = !isAboutMarkup(text);
    let offset = 0;
    for (const line of text.split("\n")) {
      yield* lineFindings(line, offset, decodeEntities);
      offset += line.length + 1;
    }
  },
};

export default fixEncoding;
