/**
 * strip-boilerplate: the page's appeals written as sentences (the `appeals` pack, appeals.ts).
 * They go only at the article's end, run into its last paragraph or on a line of their own
 * below it, or beside other chrome; the same words mid-article stay, and so do sentences of
 * reporting that look close. The lines are written for this test, in the shapes of the
 * fake-news datasets' rows (docs/audit-boilerplate.md, "Chrome left, second pass").
 */
import { describe, expect, it } from "vitest";
import stripBoilerplate from "../rules/strip-boilerplate.js";
import { splitLines } from "../rules/strip-boilerplate/lines.js";
import { compilePacks, loadPacks } from "../rules/strip-boilerplate/packs.js";
import { runInChrome } from "../rules/strip-boilerplate/run-in-chrome.js";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";

const PATTERNS = compilePacks(loadPacks());
const FIRST = "The council approved the harbour budget on Tuesday after a long debate among its members.";
const LAST = "The mayor said the vote had been close and that more work on the plan was needed this year.";

async function clean(text: string) {
  const rules = configureRules([stripBoilerplate], {});
  return cleanInMemory({ id: "a.txt", text }, [], rules, { applySuggestions: false }, true);
}

/** The line as it reads once the chrome run into its end is gone, the line standing at the document's end or not. */
function withoutChrome(text: string, atEnd: boolean): string {
  const found = runInChrome(splitLines(text)[0]!, PATTERNS, atEnd);
  return found ? text.slice(0, found.start) : text;
}

describe("appeals run into the end of the article", () => {
  const cases: [string, string][] = [
    // [line at the document's end, what stays of it]
    [`${LAST} Did you enjoy this article? - Consider helping us! The Harbour Courier depends on your donations: every dollar keeps us online. $5 $20 Other amount`, LAST],
    [`“Vote early.” Get the best Harbour Courier stories in your inbox every Monday, for FREE! There are currently`, "“Vote early.”"],
    [`${LAST} If you spot a typo, please email the editor with the name of the article.`, LAST],
    [`${LAST} Please share this story with your friends and family.`, LAST],
    // No stop before the appeal: an attribution run on into it stays.
    [`Courtesy of Jane Roe Don’t forget to follow the Harbour Courier on Facebook and Twitter. Please help spread the word by sharing our stories with your friends.`, "Courtesy of Jane Roe"],
    [`Reposted with permission from the Harbour Trust Don't forget to follow us on Twitter and Gab. Get the Harbour Courier delivered straight to your Kindle.`, "Reposted with permission from the Harbour Trust"],
    // Sentences of reporting that look close stay.
    [`${LAST} The shelter depends on your donations, its director said.`, `${LAST} The shelter depends on your donations, its director said.`],
    [`${LAST} Please share this story with your friends, the campaign urged its members.`, `${LAST} Please share this story with your friends, the campaign urged its members.`],
    [`${LAST} Don't forget to vote on Tuesday.`, `${LAST} Don't forget to vote on Tuesday.`],
    [`${LAST} He wrote: “Please share this article with everyone.”`, `${LAST} He wrote: “Please share this article with everyone.”`],
    // Only an appeal may start where no stop ended the sentence before it.
    [`${LAST} The club thanked its members Share this:`, `${LAST} The club thanked its members Share this:`],
  ];
  it("takes off the appeal after the last sentence, and leaves reporting", () => {
    for (const [line, stays] of cases) expect(withoutChrome(line, true), line).toBe(stays);
  });

  it("leaves an appeal run into a paragraph that is not at the document's end", () => {
    const line = `${LAST} Did you enjoy this article? - Consider helping us!`;
    expect(withoutChrome(line, false)).toBe(line);
  });

  it("looks for run-ins in the last line and the lines above it while none below ends like a sentence", async () => {
    const appeal = `${LAST} Did you enjoy this article? - Consider helping us!`;
    const below = ["Source: https://example.org/harbour/budget-2017", "$5 $20 Other amount"];
    expect((await clean([FIRST, appeal, ...below].join("\n\n") + "\n")).text).toBe([FIRST, LAST, ...below.slice(0, 1)].join("\n\n") + "\n");
    // A paragraph below: the appeal was the article's own words, mid-text.
    const text = [FIRST, appeal, LAST].join("\n\n") + "\n";
    expect((await clean(text)).text).toBe(text);
  });

  it("removes it in one run, so that a second run finds nothing", async () => {
    const first = await clean(`${FIRST}\n\n${LAST} Did you enjoy this article? - Consider helping us! $5 $20 Other amount\n`);
    expect(first.text).toBe(`${FIRST}\n\n${LAST}\n`);
    expect((await clean(first.text)).edits).toEqual([]);
  });
});

describe("appeals on a line of their own", () => {
  const appeal = "Please share this story with your friends and family.";
  it("go below the article's last paragraph", async () => {
    expect((await clean([FIRST, LAST, appeal].join("\n\n") + "\n")).text).toBe([FIRST, LAST].join("\n\n") + "\n");
  });

  it("stay between two paragraphs, where an article addresses its reader", async () => {
    const text = [FIRST, appeal, LAST].join("\n\n") + "\n";
    expect((await clean(text)).text).toBe(text);
  });

  it("go beside other chrome, even between two paragraphs", async () => {
    const text = [FIRST, appeal, "Share this:", LAST].join("\n\n") + "\n";
    expect((await clean(text)).text).toBe([FIRST, LAST].join("\n\n") + "\n");
  });
});
