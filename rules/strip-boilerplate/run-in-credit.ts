import type { Finding } from "../../src/core/types.js";
import { asJudged, type Line } from "./lines.js";
import type { CompiledPattern } from "./packs.js";
import { endingLines } from "./appeals.js";
import { runInChrome } from "./run-in-chrome.js";
import { tailRemoval } from "./tail-removal.js";

/**
 * A photo credit run into the end of a paragraph ("...on their way as we speak. Featured image
 * via Chris Kleponis/Pool/Getty Images"): a dataset that joined the page's lines kept the credit
 * below a photo as the paragraph's last sentence. Only the credit goes, with the spaces before
 * it; a credit on a line of its own is the packs' to judge.
 *
 * "Featured image ..." names a credit whatever follows; after "Photo by", "Image via" and the
 * like, the credit must read as names ("Win McNamee/Getty Images", not "satellite showed the
 * damage"), since the words can also open a sentence of reporting.
 */
// Where the paragraph ended: sentence punctuation (a colon before a video or tweet), perhaps
// with a quote mark (a space between them is fix-spacing's to remove, and must not change the
// verdict), or the year that ends an embedded tweet ("November 3, 2017Featured image via ...").
// Initials may stand joined, as the judged line has them ("J. R." reads "J.R.").
const RUN_IN_CREDIT =
  /(?<=[.!?:] ?["'“”‘’)]?|\d) *(?:((?:[Ff]eatured|[Tt]op|[Hh]eader|[Ll]ead|[Mm]ain) (?:[Ii]mage|[Pp]hoto|[Pp]icture)s?)|((?:Image|Photo|Picture|Photograph)s?))((?: via| by| credit| courtesy of| is)?:? )((?:[^.!?\n]|(?<=(?:^|[\s/.])\p{Lu}) ?\.|\.(?=[^\s.])){2,100})\.?[ \t\u00a0]*$/u;
// A credit's words: names (capitalised, or with a slash: "McNamee/Getty"), their small words,
// and the words of a screen grab.
const NAME_WORD =
  /^(?:[\p{Lu}\p{N}@]|.*\/)|^(?:of|the|and|for|via|from|de|la|van|von|da|du|al|el|\/|-|–|&|\.|screenshot|screengrab|screen|capture|grab|video|still|file|handout|social|media|library)$/u;

const TAIL = 160;
const PICTURE = /[Ii]mage|[Pp]hoto|[Pp]icture/;

function readsAsNames(credit: string): boolean {
  return credit.split(/\s+/).every((w) => w === "" || NAME_WORD.test(w));
}

/** The finding that removes a credit run into the end of the line, if it ends with one. */
export function runInCredit(line: Line): Finding | null {
  // A credit is at most some 130 characters long, and names a picture: only a line's tail that
  // does is searched, as the pattern is slow to try at every character of every line.
  if (!PICTURE.test(line.text.slice(-TAIL))) return null;
  // Judged as fix-spacing and fix-quotes will leave the line ("a. m." joined, no space before a
  // quote), so that a second run finds what the first found, no more.
  const tail = asJudged(line.text).slice(-TAIL);
  const m = RUN_IN_CREDIT.exec(tail);
  if (!m) return null;
  const [, featured, plain, link, credit] = m;
  // "Photo by" / "Image:" need names after them; "Photo" with no link word is no credit.
  if (plain && (link!.trim() === "" || !readsAsNames(credit!))) return null;
  // The credit in the line itself: from its cue word, with the spaces before it. The judged
  // form has other offsets but the same words: the cue is the one with as many cues after it
  // ("Featured image via Featured image via" goes whole, or a second run would find the rest).
  const cue = (featured ?? plain)!;
  const cueWords = new RegExp(cue.replace(/ /g, "\\s+"), "g");
  const fromMatch = [...tail.slice(m.index).matchAll(cueWords)].length;
  const cues = [...line.text.matchAll(cueWords)];
  const at = cues[cues.length - fromMatch]?.index;
  if (at === undefined) return null;
  return tailRemoval(line, at, `removed boilerplate: a photo credit run into the end of the paragraph ("${cue}${link}...")`);
}

/**
 * The lines as they read once the credits and other chrome run into their ends are gone, and
 * those findings by line: what both passes judge, so that a line whose rest is chrome by itself
 * ("(right) Trump. Featured image via ...", which the credit's words kept from looking like a
 * caption) goes in the first run, not in the second.
 */
export function withoutRunIns(lines: readonly Line[], patterns: readonly CompiledPattern[]): { lines: Line[]; runIns: Map<number, Finding> } {
  const ending = endingLines(lines);
  const runIn = (l: Line) => runInCredit(l) ?? runInChrome(l, patterns, ending.has(l.index));
  const runIns = new Map<number, Finding>();
  const judged = lines.map((l) => {
    let found = l.blank ? null : runIn(l);
    if (!found) return l;
    // What is left may end in a credit or chrome too ("... Image via U. S. Image via the",
    // "... Image via Reuters 41 total views"): they go together, or a second run would find the next one.
    let rest = before(l, found.start);
    for (let more = runIn(rest); more; more = runIn(rest)) {
      found = { ...found, start: more.start };
      rest = before(l, more.start);
    }
    runIns.set(l.index, found);
    return rest;
  });
  return { lines: judged, runIns };
}

/** The line up to `end`. */
function before(l: Line, end: number): Line {
  const text = l.text.slice(0, end - l.start);
  return { ...l, end, text, blank: text.trim() === "" };
}

