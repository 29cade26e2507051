import type { LineFacts } from "./facts.js";
import type { Line } from "./lines.js";
import { endsSentence } from "./shape.js";

/**
 * Where the page's appeals written as sentences (the packs' `atEnd` patterns: "Did you enjoy
 * this article?", "Don't forget to like us on Facebook") count as chrome. Articles address
 * their readers in the same shape, mid-text ("Don't forget to vote on Tuesday"); the page puts
 * its appeals below the article, on lines of their own or run into the last paragraph by a
 * dataset that joined the page's lines.
 */

/** Whether a line the packs match stands where such appeals stand, if only appeals match it. */
export function placedAsAppeal(facts: readonly LineFacts[], i: number, lastBody: number): boolean {
  if (!facts[i]!.match!.every((m) => m.atEnd)) return true;
  // Below the article's last paragraph, or beside a line of chrome the packs know otherwise.
  const otherChrome = (j: number) => facts[j]?.match?.some((m) => !m.atEnd) === true;
  return i > lastBody || otherChrome(i - 1) || otherChrome(i + 1);
}

/**
 * A dataset's row that joined a page's lines ends with its article's last paragraph, or a line
 * or two of the page's own below it; a page's text may end with a footer of hundreds of lines,
 * each of which would be scanned for nothing.
 */
const MAX_ENDING_LINES = 3;

/**
 * The indices of the lines at the document's end into which appeals may run: the last line
 * that is not blank, and those above it while no line below ends like a sentence (the lines
 * below are then the page's own: "Source: http://...", a donation box's "Other amount"), three
 * at most. Told from the lines as they are, before any judgement: run-ins are found first.
 */
export function endingLines(lines: readonly Line[]): Set<number> {
  const ending = new Set<number>();
  for (let i = lines.length - 1; i >= 0 && ending.size < MAX_ENDING_LINES; i--) {
    const l = lines[i]!;
    if (l.blank) continue;
    ending.add(l.index);
    if (endsSentence(l.text)) break;
  }
  return ending;
}
