import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readDataFile } from "../../rules/data/load.js";
import { attachPunctuation, cuesAmong, lexiconCandidates, lexiconFrom } from "../../rules/restore-blanks/lexicon.js";
import { bare, parseLexicon } from "../../rules/restore-blanks/lexicon-data.js";

/** Splits a sentence around its blank "__" into words as restore-blanks gives them. */
function split(sentence: string): [string[], string[]] {
  const [b = "", a = ""] = sentence.split("__");
  return [b.split(/\s+/).filter(Boolean), a.split(/\s+/).filter(Boolean)];
}

const around = (sentence: string) => lexiconCandidates(...split(sentence));

describe("the bundled lexicon", () => {
  it.each([
    // Names after their anchor, with a title or role beside them.
    ["Odds are that the replacement for impeached South Korean President Park __ will be less enthusiastic", "Geun-hye"],
    ["an adviser to presidential candidate Moon __ said over the weekend.", "Jae-in"],
    ["forces loyal to Syrian President Bashar __ ’s government", "al-Assad"],
    ["White House press secretary Karine __ told reporters", "Jean-Pierre"],
    ["Taiwan's Vice President Chen __ said", "Chien-jen"],
    ["European Commission President __ Juncker said", "Jean-Claude"],
    ["the late leader Kim __ was embalmed", "Jong-il"],
    ["North Korean leader Kim __ met Trump in Singapore", "Jong-un"],
    // Fixed phrases and compounds whose neighbours and topic leave one candidate.
    ["overwhelm even the Terminal __ Area Defense System.", "High-Altitude"],
    ["the first “ __ ” meetings of foreign and defense ministers between Japan and Russia", "two-plus-two"],
  ])("%s: certain %s", (sentence, token) => {
    expect(around(sentence)).toMatchObject([{ token, confidence: "certain" }]);
  });

  it.each([
    ["EU officials said __ Juncker would travel to Brussels", "Jean-Claude"],
    // One neighbour or one anchor word and the topic: words the lexicon lacks fit there too.
    ["airstrikes by the __ coalition in Yemen against Houthi rebels", "Saudi-led"],
    ["support for a __ solution between Israel and the Palestinians", "two-state"],
    ["the __ Act, passed after the 2008 financial crisis to regulate Wall Street banks", "Dodd-Frank"],
    ["strikes by the __ coalition against Islamic State in Syria and Iraq", "US-led"],
    // Between two common words any compound fits: "the first day-night international".
    ["India won the first __ international by five wickets in the cricket series", "one-day"],
    ["sent from her private __ server while Clinton was secretary of state", "e-mail"],
    // A company's president: the cue "hyundai" is in the sentence, the office is not the country's.
    ["Hyundai Motor Company President Lee __ said sales in China had fallen", "Myung-bak"],
    // A name whose spelling varies by publisher ("Kar-wai", "Kar-Wai"), however clear the title.
    ["the Hong Kong film director Wong __ won the prize", "Kar-wai"],
  ])("%s: only likely %s", (sentence, token) => {
    expect(around(sentence)).toMatchObject([{ token, confidence: "likely" }]);
  });

  it.each([
    // Two presidents named Park, two leaders named Kim: the title fits both.
    ["President Park __ said on Monday"],
    ["North Korean leader Kim __ said on Monday"],
    // A given name shared by many, a role that is not this person's.
    ["Iraq's Trade Minister Mohammed Mustafa __ welcomed the move"],
    ["South Korea's Trade Minister Han __ said"],
    ["the opposition party leader Kim __ said"],
    ["Prime Minister Han __ said"],
    // An unknown person with a known surname; a common word that is also a surname.
    ["the man named Kim __ , a 34-year-old student, said"],
    ["the moon __ rose over the hills"],
    ["the man who called himself Park __ said nothing."],
    // An organisation's office, not the country's: a university's, a company's president.
    ["Korea University President Yoon __ said tuition would be frozen"],
    ["LG Chem President Moon __ said battery sales had doubled"],
    // The anchor does not touch the blank.
    ["President Park, __ said"],
    // A number compound: the number is lost with it.
    ["a __ man was arrested"],
    // A meeting of foreign ministers alone is not the two-plus-two format of foreign and defence ministers.
    ["the first __ meeting of G7 foreign ministers since the pandemic"],
    // Rival words of the same neighbour ("so-called", "self-styled", "self-declared").
    ["the __ Islamic State group"],
    // Nothing around the blank that the lexicon knows.
    ["the first __ of the season"],
    [" __ "],
  ])("%s: nothing", (sentence) => {
    expect(around(sentence)).toEqual([]);
  });
});

describe("the bundled data", () => {
  const text = readDataFile("lexicon.tsv");
  const entries = parseLexicon(text);

  it("names its sources and carries the WordNet notice", () => {
    expect(text).toMatch(/WordNet 3\.0 Copyright 2006 by Princeton University/);
    expect(text).toMatch(/scripts\/lexicon\/public-figures\.txt/);
  });

  it("holds only words the damage can delete, thousands of them from each kind of source", () => {
    const lost = /^[^\s“”"‘(\[]*[A-Za-z0-9]-[A-Za-z0-9][^\s“”"’)\]]*$/;
    expect(entries.filter((e) => !e.token.split(" ").every((t) => lost.test(t))).map((e) => e.token)).toEqual([]);
    const bySource = new Map<string, number>();
    for (const e of entries) bySource.set(e.source, (bySource.get(e.source) ?? 0) + 1);
    expect(bySource.get("WordNet 3.0")).toBeGreaterThan(7000);
    expect(bySource.get("numbers")).toBeGreaterThan(1000);
    expect(bySource.get("public figures")).toBeGreaterThan(250);
  });
});

describe("lexicon scoring", () => {
  const lexicon = lexiconFrom(
    [
      "Geun-hye\tperson\tPark\t\t\t\tpresident impeached\tcertain\tPark Geun-hye\ttest",
      "Chung-hee\tperson\tPark\t\t\t\tpresident coup\tcertain\tPark Chung-hee\ttest",
      "Ji-sung\tperson\tPark\t\t\t\tmanchester_united midfielder\tcertain\tPark Ji-sung\ttest",
      "Kyung-wha\tperson\tKang\t\t\t\tforeign_minister\tcertain\tKang Kyung-wha\ttest",
      "Kang-ho\tperson\tSong\t\t\t\tactor parasite\tcertain\tSong Kang-ho\ttest",
      "Heung-min\tperson\tSon\t\t\t\ttottenham striker\tcertain\tSon Heung-min\ttest",
      "well-known\tcompound\t\t\t\tauthor\tfamous writer\tderived\twell-known\ttest",
      "two-plus-two\tcompound\t\t\tfirst\tmeeting\tforeign defense minister\tcertain\ttwo-plus-two\ttest",
      "one-on-one\tcompound\t\t\t\tmeeting\tprivate leader\tlikely\tone-on-one\ttest",
    ].join("\n"),
  );
  const ask = (sentence: string) => lexicon(...split(sentence));

  it("a title that only one person has is certain", () => {
    expect(ask("Manchester United midfielder Park __ scored")).toMatchObject([{ token: "Ji-sung", confidence: "certain" }]);
  });

  it("a title is the person's only where no organisation the entry does not name holds it", () => {
    for (const sentence of ["South Korean Foreign Minister Kang __ said", "Former Foreign Minister Kang __ said", "Taiwan's Foreign Minister Kang __ said"]) {
      expect(ask(sentence), sentence).toMatchObject([{ token: "Kyung-wha", confidence: "certain" }]);
    }
    expect(ask("Suwon Bluewings Foreign Minister Kang __ said")).not.toMatchObject([{ confidence: "certain" }]);
  });

  it("a role many people of a surname hold at once makes a given name likely, unless tied to its organisation", () => {
    for (const [sentence, token] of [
      ["South Korean midfielder Park __ scored", "Ji-sung"],
      ["fellow actor Song __ said", "Kang-ho"],
    ]) {
      expect(ask(sentence!), sentence).toMatchObject([{ token, confidence: "likely" }]);
    }
    expect(ask("Tottenham striker Son __ scored")).toMatchObject([{ token: "Heung-min", confidence: "certain" }]);
  });

  it("a title two people share is decided by a further cue only", () => {
    expect(ask("the impeached President Park __ left")).toMatchObject([{ token: "Geun-hye", confidence: "certain" }]);
    expect(ask("President Park __ left")).toEqual([]);
  });

  it("a modified title names another office", () => {
    expect(ask("the impeached Vice President Park __ left")).toMatchObject([{ token: "Geun-hye", confidence: "likely" }]);
    expect(ask("Deputy Midfielder Park __ left")).toEqual([]);
  });

  it("cues with no title make a person likely at most", () => {
    expect(ask("after the coup, the general Park __ took power")).toEqual([]);
    expect(ask("impeached and removed as president, Park __ went to jail")).toMatchObject([{ token: "Geun-hye", confidence: "likely" }]);
    expect(ask("the impeached president: Park __ , who was removed")).toMatchObject([{ token: "Geun-hye", confidence: "likely" }]);
  });

  it("a role the name is an appositive to counts as its title, a role in a clause before it does not", () => {
    expect(ask("SEOUL — The midfielder for Manchester United, Park __ scored")).toMatchObject([{ token: "Ji-sung", confidence: "certain" }]);
    expect(ask("After a word with the midfielder, Park __ scored")).toEqual([]);
  });

  it("the possessive left by the lost word is not a neighbour", () => {
    expect(ask("the first __ ’s meeting of foreign and defense ministers")).toEqual(ask("the first __ meeting of foreign and defense ministers"));
  });

  it("a derived entry needs more than a neighbour and its topic", () => {
    expect(ask("the famous writer, a __ author")).toEqual([]);
  });

  it("a compound needs its neighbour and two cues; rivals with cues keep it from certain", () => {
    expect(ask("the first “ __ ” meeting of foreign and defense ministers")).toMatchObject([{ token: "two-plus-two", confidence: "certain" }]);
    // Unquoted, the slot takes any compound: "the first face-to-face meeting".
    expect(ask("the first __ meeting of foreign and defense ministers")).toMatchObject([{ token: "two-plus-two", confidence: "likely" }]);
    expect(ask("at the __ meeting of foreign and defense ministers")).toMatchObject([{ token: "two-plus-two", confidence: "likely" }]);
    expect(ask("the first __ meeting of ministers")).toEqual([]);
    expect(ask("a __ meeting in private between the two leaders")).toMatchObject([{ token: "one-on-one", confidence: "likely" }]);
  });

  it("rejects a malformed line", () => {
    expect(() => lexiconFrom("token-only")).toThrow(/bad line/);
  });
});

/**
 * The lexicon's shortcuts stand for the plain reading: every word around the blank with its
 * punctuation attached, and every word and bigram of the sentence kept.
 */
describe("the lexicon's shortcuts", () => {
  /** Far from the blank inward, each mark joining the last word kept. */
  const attachedAll = (list: readonly string[], side: "before" | "after") => {
    const out: string[] = [];
    for (const w of side === "before" ? list : [...list].reverse()) {
      if (["’", "'", "’s", "'s"].includes(w)) continue;
      if (bare(w) !== "") out.push(w);
      else if (out.length > 0) out[out.length - 1] = side === "before" ? out[out.length - 1] + w : w + out[out.length - 1];
    }
    return side === "before" ? out : out.reverse();
  };
  const token = fc.constantFrom("Kim", "the", "Park", "—", "-", "“", "”", "’", "'", "’s", "'s", "”’", "(", "),", ".", "’.", "Kim’s", "s'");

  it("attach punctuation as the plain reading does, however few words are asked for", () => {
    fc.assert(
      fc.property(fc.array(token, { maxLength: 12 }), fc.integer({ min: 1, max: 8 }), (list, limit) => {
        const before = attachedAll(list, "before");
        const after = attachedAll(list, "after");
        expect(attachPunctuation(list, "before")).toEqual(before);
        expect(attachPunctuation(list, "after")).toEqual(after);
        expect(attachPunctuation(list, "before", limit)).toEqual(before.slice(Math.max(0, before.length - limit)));
        expect(attachPunctuation(list, "after", limit)).toEqual(after.slice(0, limit));
      }),
      { numRuns: 5000 },
    );
  });

  it("keep of a sentence exactly the words and bigrams that are cues", () => {
    const word = fc.constantFrom("", "a", "b", "c", "a_b", "b_c", "_", "x");
    const cues = fc.uniqueArray(fc.constantFrom("a", "b", "a_b", "b_c", "a_b_c", "c_", "_x", "x", ""), { maxLength: 6 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 8 }), cues, (list, cueList) => {
        const cueSet = new Set(cueList);
        const heads = new Set(cueList.flatMap((c) => [...c.matchAll(/_/g)].map((m) => c.slice(0, m.index))));
        const all = new Set([...list, ...list.slice(1).map((w, i) => `${list[i]}_${w}`)]);
        all.delete("");
        expect([...cuesAmong(list, [new Set(cueList.slice(0, 2)), new Set(cueList.slice(2))], heads)].sort()).toEqual([...all].filter((w) => cueSet.has(w)).sort());
      }),
      { numRuns: 5000 },
    );
  });
});
