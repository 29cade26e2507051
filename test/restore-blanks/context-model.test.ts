import { describe, expect, it } from "vitest";
import { buildContextModel, contextCandidates, passageOf, sightingsOf } from "../../rules/restore-blanks/context-model.js";

const words = (s: string) => s.split(" ").filter(Boolean);

describe("the corpus context model", () => {
  it("names a passage by three context words either side, leaving out words the damage deletes", () => {
    expect(passageOf(words("Organisers said the annual"), words("race down the hill"))).toBe("said the annual | race down the");
    expect(passageOf(words("said the well-known annual"), words("race down the"))).toBe("said the annual | race down the");
    expect(passageOf(words("and it is"), words("of the day"))).toBe("");
  });

  it("fills from a shared passage, but never guesses a number from one", () => {
    const model = buildContextModel([
      sightingsOf("Organisers said the annual zorb-ball race down the hill will return."),
      sightingsOf("Police said a 32-year-old man was arrested on Friday night."),
    ]);
    expect(contextCandidates(model, words("In Devon organisers said the annual"), words("race down the hill"))).toMatchObject([{ token: "zorb-ball", confidence: "certain" }]);
    expect(contextCandidates(model, words("Police said a"), words("man was arrested on"))).toMatchObject([{ token: "32-year-old", confidence: "likely" }]);
  });

  it("finds two-plus-two for “the first “  ” meetings” in two other articles' phrases, as a likely fill", () => {
    const model = buildContextModel([
      sightingsOf("Ministers held the first “two-plus-two” meeting in Tokyo."),
      sightingsOf("It is significant that the two-plus-two talks will convene."),
    ]);
    expect(contextCandidates(model, words("as the first “"), words("” meetings of foreign"))).toMatchObject([{ token: "two-plus-two", confidence: "likely" }]);
  });

  it("counts the documents that hold a token between two words, not the times one of them does", () => {
    const others = ["The sell-off had ended.", "Her follow-up had gone.", "The shake-up had begun."];
    const blank = [words("In Seoul Orlen"), words("Works said on Friday")] as const;
    // One article naming the firm in three sentences is one document's word, however often.
    const once = buildContextModel([
      sightingsOf("Shares in Orlen Sky-Lift Works rose on Monday. Later, Orlen Sky-Lift Works fell again. By Friday Orlen Sky-Lift Works had recovered."),
      ...others.map(sightingsOf),
    ]);
    expect(contextCandidates(once, ...blank)).not.toMatchObject([{ confidence: "certain" }]);
    expect(contextCandidates(once, ...blank)[0]?.evidence ?? "").not.toMatch(/in [2-9] other documents/);
    const three = buildContextModel([
      sightingsOf("Shares in Orlen Sky-Lift Works rose on Monday."),
      sightingsOf("A deal for Orlen Sky-Lift Works was signed."),
      sightingsOf("Staff at Orlen Sky-Lift Works went on strike."),
      ...others.map(sightingsOf),
    ]);
    expect(contextCandidates(three, ...blank)).toMatchObject([{ token: "Sky-Lift", confidence: "certain", evidence: expect.stringContaining("in 3 other documents") }]);
  });

  it("treats a token whose number varies in the run as a quantity", () => {
    const contracts = ["Officials said the two-year contract for the bridge was signed.", "In May officials said the two-year contract for the bridge was late.", "Again officials said the two-year contract for the bridge was void."].map(sightingsOf);
    const blank = [words("Officials said the"), words("contract for the bridge")] as const;
    expect(contextCandidates(buildContextModel(contracts), ...blank)).toMatchObject([{ token: "two-year", confidence: "certain" }]);
    const elsewhere = sightingsOf("The striker signed a three-year deal with the club.");
    expect(contextCandidates(buildContextModel([...contracts, elsewhere]), ...blank)).toMatchObject([{ token: "two-year", confidence: "likely" }]);
  });

  it("reads a quantity in words off a passage of fewer than three documents, or off two neighbours, as likely only", () => {
    const contract = sightingsOf("The midfielder has signed a two-year contract with the club after a loan.");
    expect(contextCandidates(buildContextModel([contract]), words("The striker has signed a"), words("contract with the club, which"))).toMatchObject([{ token: "two-year", confidence: "likely" }]);
    const bans = ["She was handed a two-year ban for doping.", "The cyclist faces a two-year ban after a test.", "A two-year ban was imposed on him."].map(sightingsOf);
    expect(contextCandidates(buildContextModel(bans), words("He was given a"), words("ban by the body."))).toMatchObject([{ token: "two-year", confidence: "likely" }]);
    // Two number words joined by another name a format, not a quantity.
    const format = sightingsOf("Ministers held the first two-plus-two talks in Tokyo.");
    expect(contextCandidates(buildContextModel([format]), words("Ministers held the first"), words("talks in Tokyo."))).toMatchObject([{ token: "two-plus-two", confidence: "certain" }]);
  });

  it("reads a name off one neighbour as likely only: “Mr ___ had” fits any name, whoever the other articles are about", () => {
    const others = ["The sell-off had ended.", "Her follow-up had gone.", "The shake-up had begun.", "A walk-out had failed."];
    const model = buildContextModel([
      sightingsOf("In Leeds, Mr Kerr-Smith had told the party he would stand."),
      sightingsOf("Aides said Mr Kerr-Smith had spent the week in Brussels."),
      sightingsOf("By Monday Mr Kerr-Smith had left the room for good."),
      ...others.map(sightingsOf),
    ]);
    expect(contextCandidates(model, words("wanted to save his job. Mr."), words("had alerted colleagues that"))).toMatchObject([{ token: "Kerr-Smith", confidence: "likely" }]);
    // Where both neighbours hold it most of the time, they are part of the name: certain.
    const named = buildContextModel([
      sightingsOf("Shares in Orlen Sky-Lift Works rose on Monday."),
      sightingsOf("A deal for Orlen Sky-Lift Works was signed."),
      sightingsOf("Staff at Orlen Sky-Lift Works went on strike."),
      ...others.map(sightingsOf),
    ]);
    expect(contextCandidates(named, words("The owners of Orlen"), words("Works said on Friday"))).toMatchObject([{ token: "Sky-Lift", confidence: "certain" }]);
    const common = buildContextModel([
      sightingsOf("In Leeds, the sugar-free drink had sold well all year."),
      sightingsOf("Aides said the sugar-free drink had gone on sale."),
      sightingsOf("By Monday the sugar-free drink had left the shelves."),
    ]);
    expect(contextCandidates(common, words("Shoppers found that the"), words("drink had run out"))).toMatchObject([{ token: "sugar-free", confidence: "certain" }]);
  });

  it("offers nothing where the corpus shows different tokens between the same words", () => {
    const model = buildContextModel([sightingsOf("the 12-member eurozone"), sightingsOf("the 13-member eurozone")]);
    expect(contextCandidates(model, words("in the"), words("eurozone"))).toEqual([]);
  });
});
