// Real sites' chrome, taken from the article-extraction benchmark's bare page text: for each
// page, the lines above the first line of its human-checked article body (its head: menus,
// window title, and the page's own headline, byline and date) and those below the last (its
// foot). What lies between is left out: it holds the page's article. A page whose body cannot be
// located line for line in its page text gives no chrome (it is counted as skipped).
import { readFileSync } from "node:fs";
import path from "node:path";
import { words } from "./gold-lines.js";
import { splitOf } from "./split.js";

// A body line of fewer words could be found by chance in a menu ("World") or a footer; a line
// of a script written without spaces is one "word" and counts by its length.
const MIN_ANCHOR_WORDS = 4;
const MIN_ANCHOR_CHARS = 20;

const wordsOf = (line) => words(line).join(" ");
const isLong = (w) => w.split(" ").length >= MIN_ANCHOR_WORDS || w.length >= MIN_ANCHOR_CHARS;

/**
 * Whether a page line is the body line whose words are `anchor`: the same words, or (page text
 * may join or split the body's paragraphs) one holds the other at the end facing the article.
 */
function isAnchor(line, anchor, side) {
  const w = wordsOf(line);
  if (w === "" || w === anchor) return w === anchor;
  const holds = side === "first" ? (a, b) => a.startsWith(`${b} `) : (a, b) => a.endsWith(` ${b}`);
  return holds(w, anchor) || (holds(anchor, w) && isLong(w));
}

/**
 * Where the body starts in the page's lines (`step` 1) or ends (`step` -1): its first (last)
 * line long enough to be found for sure, then the shorter body lines before (after) it, each
 * the next non-blank page line outward ("Claim", "___"). -1 if the page does not show them so.
 */
function bodyEdge(lines, body, step) {
  const order = step === 1 ? body : [...body].reverse();
  const k = order.findIndex(isLong);
  if (k === -1) return -1;
  const side = step === 1 ? "first" : "last";
  const indices = lines.map((_, i) => i);
  let at = (step === 1 ? indices : indices.reverse()).find((i) => isAnchor(lines[i], order[k], side)) ?? -1;
  for (let j = k - 1; j >= 0 && at !== -1; j--) {
    do at -= step;
    while (at >= 0 && at < lines.length && !lines[at].trim());
    if (wordsOf(lines[at] ?? "") !== order[j]) at = -1;
  }
  return at;
}

/** A page's head and foot chrome, or null when its body's first or last lines are not found. */
export function chromeOf(pageText, goldText) {
  const lines = pageText.replace(/\r\n?/g, "\n").split("\n");
  const body = goldText.split("\n").map(wordsOf).filter(Boolean);
  const from = bodyEdge(lines, body, 1);
  const to = bodyEdge(lines, body, -1);
  if (from === -1 || to < from) return null;
  const trimBlank = (ls) => ls.join("\n").replace(/^\s*\n|\n\s*$/g, "").split("\n");
  return { head: trimBlank(lines.slice(0, from)), foot: trimBlank(lines.slice(to + 1)) };
}

/**
 * The chrome of every page of one half (or all) of the benchmark in DIR, by page id, and how
 * many pages of that half gave none.
 */
export function realSites(dir, split = "all") {
  const gold = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8"));
  const file = JSON.parse(readFileSync(path.join(dir, "output", "html-text.json"), "utf8"));
  const pages = file.output ?? file;
  const ids = Object.keys(gold)
    .sort()
    .filter((id) => split === "all" || splitOf(id) === split);
  const sites = [];
  for (const id of ids) {
    const chrome = chromeOf(pages[id]?.articleBody ?? "", gold[id].articleBody);
    if (chrome) sites.push({ id, ...chrome });
  }
  return { sites, skipped: ids.length - sites.length };
}
