import { describe, expect, it } from "vitest";
import { lexiconCandidates } from "../../rules/restore-blanks/lexicon.js";

/** Splits a context around the blank "__" as restore-blanks does: words with their punctuation. */
function around(sentence: string) {
  const [b = "", a = ""] = sentence.split("__");
  return lexiconCandidates(b.split(/\s+/).filter(Boolean), a.split(/\s+/).filter(Boolean));
}

describe("lexiconCandidates", () => {
  it.each([
    ["impeached South Korean President Park __ will be less enthusiastic", "Geun-hye"],
    ["an adviser to presidential candidate Moon __ said over the weekend.", "Jae-in"],
    ["the first “ __ ” meetings of foreign and defense ministers between Japan and Russia", "two-plus-two"],
  ])("fills %s with a certain %s", (sentence, token) => {
    expect(around(sentence)).toMatchObject([{ token, confidence: "certain" }]);
  });

  it.each([
    ["the man who called himself Park __ said nothing."],
    ["President Park, __ said"],
    ["the first __ of the season"],
  ])("offers nothing certain for %s", (sentence) => {
    expect(around(sentence).filter((c) => c.confidence === "certain")).toEqual([]);
  });
});
