/**
 * strip-boilerplate: chrome run into the end of a paragraph (run-in-chrome.ts). Only the words
 * after the paragraph's last sentence go, and only when the packs read all of them as chrome
 * that stands below an article. The lines are written for this test, in the shapes of the
 * fake-news datasets' rows (docs/audit-boilerplate.md, "Chrome left on fake-news rows").
 */
import { describe, expect, it } from "vitest";
import stripBoilerplate from "../rules/strip-boilerplate.js";
import { splitLines } from "../rules/strip-boilerplate/lines.js";
import { compilePacks, loadPacks } from "../rules/strip-boilerplate/packs.js";
import { runInChrome } from "../rules/strip-boilerplate/run-in-chrome.js";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";

const PATTERNS = compilePacks(loadPacks());
const SENTENCE = "The council approved the harbour budget on Tuesday after a long debate among its members.";

/** The line as it reads once its run-in chrome is gone (itself when it has none). */
function withoutChrome(text: string): string {
  const found = runInChrome(splitLines(text)[0]!, PATTERNS);
  return found ? text.slice(0, found.start) : text;
}

describe("chrome run into the end of a paragraph", () => {
  const cases: [string, string][] = [
    // [line, what stays of it]
    [`${SENTENCE} Share this:`, SENTENCE],
    [`${SENTENCE} Rate this:`, SENTENCE],
    [`Jane Roe for Harbour Prepper. 41 total views, 41 views today`, "Jane Roe for Harbour Prepper."],
    [`${SENTENCE} (Harbour Times) Follow Jane Roe on Twitter @janeroe`, `${SENTENCE} (Harbour Times)`],
    [`${SENTENCE} Follow him on Twitter at @jroe.`, SENTENCE],
    [`${SENTENCE} This entry was posted in General. Bookmark the permalink.`, SENTENCE],
    [`Is the budget enough? - Advertisement -`, "Is the budget enough?"],
    // A label's bracket the scraper never closed.
    [`${SENTENCE} [advertisement`, SENTENCE],
    // A sentence of reporting, not chrome, after the last stop.
    [`${SENTENCE} Follow the money, the mayor said.`, `${SENTENCE} Follow the money, the mayor said.`],
    [`${SENTENCE} Share prices fell.`, `${SENTENCE} Share prices fell.`],
    // One word of a share bar may end a sentence; a handle alone is no chrome below an article.
    [`${SENTENCE} Print`, `${SENTENCE} Print`],
    [`${SENTENCE} @janeroe 3 of 12`, `${SENTENCE} @janeroe 3 of 12`],
    // Chrome that never stands below an article (navigation) is left to the line's own judgement.
    [`${SENTENCE} Skip to main content`, `${SENTENCE} Skip to main content`],
    // No sentence ended before it: the words are the paragraph's.
    [`They rate this year's harvest as poor`, `They rate this year's harvest as poor`],
  ];
  it("takes off only the chrome after the paragraph's last sentence", () => {
    for (const [line, stays] of cases) expect(withoutChrome(line), line).toBe(stays);
  });

  it("removes it in one run, so that a second run finds nothing", async () => {
    const rules = configureRules([stripBoilerplate], {});
    const text = `${SENTENCE}\n\nThe mayor said the vote had been close. Follow Jane Roe on Twitter @janeroe Share this:\n`;
    const first = await cleanInMemory({ id: "a.txt", text }, [], rules, { applySuggestions: false }, true);
    expect(first.text).toBe(`${SENTENCE}\n\nThe mayor said the vote had been close.\n`);
    const second = await cleanInMemory({ id: "a.txt", text: first.text }, [], rules, { applySuggestions: false }, true);
    expect(second.edits).toEqual([]);
  });
});
