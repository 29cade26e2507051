/**
 * strip-boilerplate: every pattern of every pack against its own test cases, the samples'
 * boilerplate as SPEC section 3 lists it, and the recurrence evidence with its guards.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES, sampleNames } from "./helpers/cli.js";
import stripBoilerplate from "../rules/strip-boilerplate.js";
import { compilePacks, loadPacks, matchChrome } from "../rules/strip-boilerplate/packs.js";
import { normaliseJudged } from "../rules/strip-boilerplate/lines.js";
import { LineCounter, recurrenceThreshold, recurringOnly, type LineHashes } from "../rules/strip-boilerplate/recurrence.js";
import { keyOf } from "../rules/shared/hash.js";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";
import type { Doc } from "../src/core/types.js";

/** The line counts of a run whose documents have these hashes. */
function counted(summaries: readonly LineHashes[], maxTracked: number) {
  const counter = new LineCounter(maxTracked);
  for (const s of summaries) counter.add(s);
  return counter.index;
}

const PACKS = loadPacks();
const PATTERNS = compilePacks(PACKS);
const settings = { applySuggestions: false };

async function strip(target: Doc, corpus: readonly Doc[] = [], options: object = {}) {
  const rules = configureRules([stripBoilerplate], { options: { "strip-boilerplate": options } });
  return cleanInMemory(target, corpus, rules, settings, true);
}

const nonBlank = (text: string) => text.split("\n").filter((l) => l.trim() !== "");

/** A pattern's alternatives at its top level. */
function topAlternatives(source: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let inClass = false;
  let current = "";
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === "\\") {
      current += c + (source[++i] ?? "");
      continue;
    }
    if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) {
      out.push(current);
      current = "";
      continue;
    }
    current += c;
  }
  return [...out, current];
}

/**
 * The lines an alternative made of words and of groups of words ("trending(?: now)?", "terms
 * (?:&|and) conditions") stands for; none for one with any other syntax.
 */
function literalForms(alternative: string): string[] {
  const WORDS = /^[\p{L}\p{N} '’&,:-]*$/u;
  let forms = [""];
  for (const piece of alternative.split(/(\(\?:[^()]*\)\??)/u)) {
    const group = /^\(\?:([^()]*)\)(\?)?$/u.exec(piece);
    const options = group ? [...group[1]!.split("|"), ...(group[2] ? [""] : [])] : [piece];
    if (!options.every((o) => WORDS.test(o))) return [];
    forms = forms.flatMap((f) => options.map((o) => f + o));
  }
  return forms.filter((f) => f.trim() !== "" && f === f.trim() && !f.includes("  "));
}


describe("pattern packs", () => {
  for (const pack of PACKS) {
    for (const spec of pack.patterns) {
      it(`${pack.pack}/${spec.id}: removes its examples and keeps its counter-examples`, () => {
        expect(spec.examples.length).toBeGreaterThan(0);
        expect(spec.keeps.length).toBeGreaterThan(0);
        const alone = PATTERNS.filter((p) => p.pack === pack.pack && p.id === spec.id);
        for (const line of spec.examples) expect(matchChrome(line, alone), line).not.toBeNull();
        for (const line of spec.keeps) expect(matchChrome(line, PATTERNS), line).toBeNull();
      });
    }
  }

  it("consumes every literal alternative of a pattern whole: none is shadowed by a shorter one before it", () => {
    // A regular expression takes the first alternative that matches: an earlier "print" or
    // "trending" made "Print Friendly, PDF & Email" and "Trending Now" unreachable.
    const shadowed: string[] = [];
    for (const pack of PACKS) {
      for (const spec of pack.patterns) {
        const alone = PATTERNS.filter((p) => p.pack === pack.pack && p.id === spec.id);
        for (const line of topAlternatives(spec.pattern).flatMap(literalForms)) if (!matchChrome(line, alone)) shadowed.push(`${spec.id}: ${line}`);
      }
    }
    expect(shadowed).toEqual([]);
  });

  it("reads an exclamation mark after a prompt and dashes around it as separators, a stop not", () => {
    const cases: [string, boolean][] = [
      ["Follow us on Facebook!", true],
      ["Follow us on Twitter! Donate!", true],
      ["- Advertisement -", true],
      ["— Share this article —", true],
      ["—", false],
      // "image copyright" reads up to a stop: were the stop a separator, the sentence would go.
      ["Image copyright law was debated in parliament on Tuesday.", false],
      ["Follow us on Facebook! We reopen on Monday.", false],
    ];
    for (const [line, chrome] of cases) expect(matchChrome(line, PATTERNS) !== null, line).toBe(chrome);
  });

  it("stops the cut below the article at a heading over its sources: the list under it stays", async () => {
    const article = [
      "The council approved the harbour budget on Tuesday after a long debate among its members.",
      "The mayor said the vote had been close and that more work on the plan was needed this year.",
    ];
    const prompts = ["Subscribe to My Website at: www.example.net", "Check Me out On Youtube"];
    const sources = ["https://example.org/harbour/budget-2017", "https://example.org/council/minutes"];
    for (const heading of ["For More Information See:", "Sources:", "References:"]) {
      const text = [...article, ...prompts, heading, ...sources].join("\n\n") + "\n";
      expect(nonBlank((await strip({ id: "a.txt", text })).text), heading).toEqual([...article, heading, ...sources]);
    }
    // Without the heading the addresses are the page's own, past two pieces of chrome.
    const text = [...article, ...prompts, ...sources].join("\n\n") + "\n";
    expect(nonBlank((await strip({ id: "a.txt", text })).text)).toEqual(article);
  });

  it("removes an example line between two paragraphs and says which pattern", async () => {
    const para = "The council approved the budget on Tuesday after a long debate among members.";
    const result = await strip({ id: "a.txt", text: `${para}\n\nGrigoriy Sisoev/Sputnik via AP\n\n${para}\n` });
    expect(result.text).toBe(`${para}\n\n${para}\n`);
    expect(result.edits[0]!.reason).toMatch(/photo credit \(pattern "photo-credit" of the generic pack\)/);
  });
});

describe("bylines", () => {
  it("takes a label a pack knows for a menu entry, not a name, even beside a date", async () => {
    const para = (n: number) => `The ferry service resumed on Tuesday after the storm, the operator said in statement ${n}.`;
    for (const label of ["Next Post", "Enlarge Image"]) {
      const text = ["Ferry service resumes after storm", label, "November 19, 2019", "Jane Roe", para(1), para(2), para(3)].join("\n\n") + "\n";
      const lines = nonBlank((await strip({ id: "a.txt", text })).text);
      expect(lines, label).not.toContain(label);
      expect(lines).toEqual(expect.arrayContaining(["November 19, 2019", "Jane Roe"]));
    }
  });
});

describe("samples 001-003 (SPEC section 3)", () => {
  const files = sampleNames();
  const docs = files.map((f) => ({ id: f, text: readFileSync(path.join(SAMPLES, f), "utf8") }));
  // The lines SPEC section 3 calls boilerplate, by the start of each.
  const boilerplate: Record<string, string[]> = {
    "001": ["2937762 09/16/2016 September 16, 2016. Russian Foreign Minister", "Grigoriy Sisoev/Sputnik via AP", "Please let us know if you're having issues with commenting."],
    "002": ["Russian Foreign Minister Sergei Lavrov, second left, Russian."],
    "003": [
      "Stay up to date with notifications from The Independent",
      "Notifications can be managed in browser preferences.",
      "Russian foreign minister Sergei Lavrov (right) with his Japanese counterpart Taro Kono in Moscow",
      "The island of Kunashir in the disputed island chain.",
      "Join our commenting forum",
      "Join thought-provoking conversations",
      "Thank you for registering",
      "Please refresh the page or navigate to another page",
    ],
  };
  for (const [sample, gone] of Object.entries(boilerplate)) {
    it(`${sample}: boilerplate gone, every other line kept, paragraph breaks and final newline right`, async () => {
      const doc = docs.find((d) => d.id.startsWith(sample))!;
      const { text } = await strip(doc, docs);
      const isBoilerplate = (line: string) => gone.some((g) => line.startsWith(g));
      expect(nonBlank(text)).toEqual(nonBlank(doc.text).filter((l) => !isBoilerplate(l)));
      expect(text).not.toMatch(/\n\s*\n\s*\n/);
      expect(text.endsWith("\n")).toBe(doc.text.endsWith("\n"));
      expect(text.startsWith("\n")).toBe(false);
    });
  }
  it("003 keeps headline, byline, dateline and the attribution", async () => {
    const doc = docs.find((d) => d.id.startsWith("003"))!;
    const lines = nonBlank((await strip(doc, docs)).text);
    expect(lines[0]).toMatch(/^Russia 'deeply concerned'/);
    expect(lines).toContain("Caroline Mortimer");
    expect(lines).toContain("Friday 24 November 2017 16:26 GMT");
    expect(lines[lines.length - 1]).toBe("Additional reporting by Reuters");
  });
});

describe("recurrence across the run", () => {
  const words = "harbour council budget tram river school hospital museum bridge market station library".split(" ");
  // A different article per document: sentences built from the document's number.
  const paragraph = (d: number, p: number) =>
    `The ${words[(d + p) % words.length]} plan for district ${d} was approved in vote ${p} after ${d + p} hours of debate.`;
  const siteDoc = (d: number, extra: { top?: string[]; middle?: string[]; bottom?: string[] } = {}) => ({
    id: `site/${String(d).padStart(2, "0")}.txt`,
    text: [
      "Northfield Echo", "Weekend edition", ...(extra.top ?? []),
      `${words[d % words.length]} plans approved`, paragraph(d, 1), paragraph(d, 2), ...(extra.middle ?? []), paragraph(d, 3), ...(extra.bottom ?? []),
      "Become an Echo member for 1p a day", "Echo Media 2024",
    ].join("\n\n") + "\n",
  });

  it("removes chrome that recurs at the edges, with the count in the reason", async () => {
    const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1));
    const result = await strip(siteDoc(0), corpus);
    expect(nonBlank(result.text)).toEqual([`${words[0]} plans approved`, paragraph(0, 1), paragraph(0, 2), paragraph(0, 3)]);
    expect(result.edits[0]!.reason).toBe("removed boilerplate: a short line that recurs in 7 of 7 documents");
  });

  it("leaves lines that recur in fewer documents than the threshold", async () => {
    const corpus = [siteDoc(1)];
    expect(nonBlank((await strip(siteDoc(0), corpus)).text)).toContain("Weekend edition");
  });

  it("keeps a series' headline, found in every document once digits are folded but each with its own figures; a counter still goes", async () => {
    const headline = (d: number) => `Lotto results for draw ${1000 + 7 * d}: jackpot rolls over again`;
    const counter = (d: number) => `Edition number ${131 * d}`;
    const doc = (d: number) => siteDoc(d, { top: [headline(d)], bottom: [counter(d)] });
    const corpus = Array.from({ length: 6 }, (_, d) => doc(d + 1));
    const result = await strip(doc(0), corpus);
    expect(nonBlank(result.text)).toContain(headline(0));
    expect(nonBlank(result.text)).not.toContain(counter(0));
    expect(result.edits.find((e) => e.before.includes("Edition number"))?.reason).toMatch(/recurs in 7 of 7 documents/);
  });

  it("keeps a shared wire paragraph, a quotation, a byline, a dateline and an attribution", async () => {
    const wire = "The central bank held interest rates at 5.25% on Thursday, citing persistent inflation in services.";
    const quote = "“We will not stop,” the mayor said.";
    const kept = ["By Jane Roe", "Posted March 20, 2017", "Additional reporting by Reuters"];
    const extra = { top: kept.slice(0, 2), middle: [wire, quote], bottom: [kept[2]!] };
    const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, extra));
    const lines = nonBlank((await strip(siteDoc(0, extra), corpus)).text);
    for (const line of [wire, quote, ...kept]) expect(lines).toContain(line);
  });

  it("keeps the source a wire story credits, below every story, in the words of other languages", async () => {
    for (const source of ["Источник: ТАСС", "Джерело: Укрінформ", "Źródło: PAP", "Kaynak: AA", "Πηγή: ΑΠΕ-ΜΠΕ", "来源：新华社", "出典：共同通信", "출처: 연합뉴스", "المصدر: رويترز", "Nguồn: TTXVN", "Quelle: dpa"]) {
      const extra = { bottom: [source] };
      const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, extra));
      expect(nonBlank((await strip(siteDoc(0, extra), corpus)).text), source).toContain(source);
    }
  });

  it("removes a teaser's quoted headline that recurs above every story, and keeps quoted speech that recurs", async () => {
    const teaser = "‘Not one more tram cut’: all eyes on the council vote";
    const speech = "“We will not stop,” the mayor said.";
    const extra = { top: [teaser], middle: [speech] };
    const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, extra));
    const lines = nonBlank((await strip(siteDoc(0, extra), corpus)).text);
    expect(lines).not.toContain(teaser);
    expect(lines).toContain(speech);
    // Alone, the same line is a headline quoting someone: kept.
    expect(nonBlank((await strip(siteDoc(0, extra))).text)).toContain(teaser);
  });

  it("keeps datelines and bylines in the forms news sites print them, recurring above every story", async () => {
    const forms = [
      "Updated 5:27 am CST, Wednesday, November 20, 2019",
      "November 19, 2019 / 12:21 AM / Updated 14 hours ago",
      "Updated 1909 GMT (0309 HKT) November 18, 2019",
      "Nov. 20, 2019 Updated: Nov. 20, 2019 1:35 a.m.",
      "Published November 19, 2019 at 6:56 PM",
      "Analysis by Chris Cillizza, CNN Editor-at-large",
      "Robert Burns, AP National Security Writer",
      "Meg Kinnard and Errin Haines, Associated Press",
      "By Jen Pole, forecaster",
      "By Hannah Ives, technology reporter",
      "London, 3 April 2025",
      "Madrid, 3 de abril de 2025",
      "Berlin, 3. April 2025",
      "Dated 4 April 2025",
      "Москва, 3 марта 2025",
      "Warszawa, 3 marca 2025 r.",
      "Amsterdam, 3 maart 2025",
      "İstanbul, 3 Mart 2025",
      "Jakarta, 3 Maret 2025",
      "القاهرة، 3 مارس 2025",
      "नई दिल्ली, 3 जुलाई 2025",
      "Київ, 3 березня 2025",
      "София, 3 март 2025",
      "Αθήνα, 3 Μαρτίου 2025",
      "Praha, 3. března 2025",
      "București, 3 martie 2025",
      "ירושלים, 3 במרץ 2025",
      "تهران، ۵ اسفند ۱۴۰۳",
      "2025年3月3日 14時05分",
      "2025年6月1日 09:30",
      "2025년 4월 5일 오후 3:20",
      "Автор: Иван Петров",
      "Yazar: Ayşe Demir",
      "Di Marco Rossi",
      "Door Jan de Vries",
      "Oleh Budi Santoso",
      "بقلم أحمد سالم",
      "نویسنده: علی رضایی",
      "מאת דנה כהן",
      "מאת: דנה כהן",
      "โดย สมชาย ใจดี",
      "Της Μαρίας Παπαδοπούλου",
      "Του Γιώργου Νικολάου",
      "新华社北京3月5日电（记者 王小明）",
      "山田太郎記者",
      "记者 李明",
      "김민수 기자",
      "（山田太郎）",
      "（北京＝山田太郎）",
      "（记者 李明）",
      "김민수 기자 kimms@hangu.co.kr",
      "Publié le 4 mars 2025 à 10h30",
      "mardi 4 mars 2025",
      "Pubblicato il 4 marzo 2025 alle 10:30",
      "Veröffentlicht am 4. März 2025 um 10:30 Uhr",
      "Опубликовано 4 марта 2025 в 14:05",
      "الجمعة 3 مارس 2025",
      "\u200fالقاهرة، 3 مارس 2025",
    ];
    for (const form of forms) {
      const extra = { top: [form] };
      const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, extra));
      expect(nonBlank((await strip(siteDoc(0, extra), corpus)).text), form).toContain(form);
    }
  });

  it("keeps a news agency's name standing as the byline, which every story of the wire repeats", async () => {
    for (const byline of ["The Associated Press", "Reuters Staff", "Agence France-Presse", "新华社", "共同通信", "연합뉴스", "ТАСС", "Anadolu Ajansı"]) {
      const extra = { top: [byline] };
      const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, extra));
      expect(nonBlank((await strip(siteDoc(0, extra), corpus)).text), byline).toContain(byline);
    }
  });

  it("takes a sentence the site prints on every page for chrome around a recurring short line", async () => {
    // A teaser list below the article: each headline between two summaries, all of them on every page.
    const teasers = [
      "Harbour wall work starts",
      "Work on the new harbour wall begins next week, the council says.",
      "Ferry fares frozen",
      "Fares to the islands will stay the same for a year, the operator says.",
    ];
    const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, { bottom: teasers }));
    const lines = nonBlank((await strip(siteDoc(0, { bottom: teasers }), corpus)).text);
    expect(lines).not.toContain("Ferry fares frozen");
    expect(lines).not.toContain("Harbour wall work starts");
    expect(lines).toEqual(expect.arrayContaining([paragraph(0, 1), paragraph(0, 2), paragraph(0, 3)]));
  });

  it("removes a copyright notice that quotes the paper's name, and keeps speech that quotes one", async () => {
    const notice = "Press council member Copyright © 2020 Harbour Media Ltd. “Harbour Times” is a registered trademark. All rights reserved.";
    const speech = "“All rights reserved” was printed on every page of the leaked report, the lawyer said.";
    const doc = { id: "notice.txt", text: [paragraph(0, 1), speech, paragraph(0, 2), notice].join("\n\n") + "\n" };
    const lines = nonBlank((await strip(doc)).text);
    expect(lines).not.toContain(notice);
    expect(lines).toContain(speech);
  });

  describe("sentences of the top a site prints above every article", () => {
    const run = (doc: (d: number) => Doc) => Array.from({ length: 6 }, (_, d) => doc(d + 1));

    it("removes a featured story's summary printed above every article, and keeps its byline and date", async () => {
      const summary = "Thousands came to the harbour for the opening parade.";
      const top = ["Harbour festival draws record crowds", summary, "By Jane Roe", "Posted March 20, 2017"];
      const doc = (d: number) => siteDoc(d, { top });
      const result = await strip(doc(0), run(doc));
      const lines = nonBlank(result.text);
      expect(lines).not.toContain(summary);
      expect(lines).toEqual(expect.arrayContaining(["By Jane Roe", "Posted March 20, 2017", `${words[0]} plans approved`, paragraph(0, 1), paragraph(0, 2), paragraph(0, 3)]));
      expect(result.edits.find((e) => e.before.includes("Thousands came"))?.reason).toBe(
        "removed boilerplate: a sentence that recurs in 7 of 7 documents, in the top the site prints above every article",
      );
      // One page alone is an article with its standfirst.
      expect(nonBlank((await strip(doc(0))).text)).toContain(summary);
    });

    it("leaves a second run nothing to do: the site's short lines that its top's removal leaves above the article go too", async () => {
      const top = ["Thousands came to the harbour for the opening parade.", "By Jane Roe", "Echo Media Group", "Posted March 20, 2017"];
      const docs = [siteDoc(0, { top }), ...run((d) => siteDoc(d, { top }))];
      const once = await Promise.all(docs.map(async (doc) => ({ id: doc.id, text: (await strip(doc, docs.filter((o) => o !== doc))).text })));
      expect(nonBlank(once[0]!.text)).not.toContain("Echo Media Group");
      expect(nonBlank(once[0]!.text)).toEqual(expect.arrayContaining(["By Jane Roe", "Posted March 20, 2017", paragraph(0, 1)]));
      const twice = await strip(once[0]!, once.slice(1));
      expect(twice.edits).toEqual([]);
    });

    it("keeps a sentence many articles end with, between an advertisement label and a share bar", async () => {
      const closing = "The White House did not respond to a request for comment.";
      const doc = (d: number) => siteDoc(d, { bottom: ["Advertisement", closing, "Share this article"] });
      expect(nonBlank((await strip(doc(0), run(doc))).text)).toContain(closing);
    });

    it("keeps what copies of one article share at its start, which runs on into each copy's own lines", async () => {
      // Versions of one story, each with a longer paragraph of its own: counted apart, they share the rest.
      const shared = {
        standfirst: "The council approved the harbour budget after a long debate on Tuesday night.",
        lede: "Councillors voted nine to four for the plan, which pays for new moorings and a sea wall.",
        background: "The council has denied that the plan favours the marina's owners.",
      };
      const version = (d: number) => ({
        id: `versions/${d}.txt`,
        text: [
          "Northfield Echo", "Council approves harbour budget", shared.standfirst, "By Jane Roe", shared.lede,
          `${paragraph(d, 1)} ${paragraph(d, 2)}`, shared.background, "Become an Echo member for 1p a day", "Echo Media 2024",
        ].join("\n\n") + "\n",
      });
      const lines = nonBlank((await strip(version(0), run(version))).text);
      for (const line of Object.values(shared)) expect(lines).toContain(line);
    });

    it("keeps a series' opening sentence, which recurs only with its figures folded; a counter written as a sentence still goes", async () => {
      const opening = (d: number) => `The index rose 0.${d}% to ${7400 + 13 * d} points on the day.`;
      const counter = (d: number) => `${3 * d + 2} comments.`;
      const doc = (d: number) => siteDoc(d, { top: ["Market report", opening(d), "By Market Desk"], bottom: [counter(d)] });
      const lines = nonBlank((await strip(doc(0), run(doc))).text);
      expect(lines).toContain(opening(0));
      expect(lines).not.toContain(counter(0));
    });
  });

  it("keeps a recurring short line between paragraphs that is not among chrome", async () => {
    const extra = { middle: ["What happens next"] };
    const corpus = Array.from({ length: 6 }, (_, d) => siteDoc(d + 1, extra));
    expect(nonBlank((await strip(siteDoc(0, extra), corpus)).text)).toContain("What happens next");
  });

  it("keeps a series' questions over what each article answers: one of few words among sentences, and an interview's to its guest", async () => {
    const answer = (d: number, p: number) => `The ${words[(d + 3 * p) % words.length]} vote ${d * 10 + p} passed.`;
    const explainer = (d: number) =>
      siteDoc(d, { middle: ["What happened?", answer(d, 1), "Why does it matter?", answer(d, 2), "What happens next?", answer(d, 3)] });
    const interview = (d: number) =>
      siteDoc(d, { middle: ["What was your first job?", paragraph(d, 4), "Who inspired you?", paragraph(d, 5), "What would you change?", answer(d, 6)] });
    for (const [doc, questions] of [
      [explainer, ["What happened?", "Why does it matter?", "What happens next?"]],
      [interview, ["What was your first job?", "Who inspired you?", "What would you change?"]],
    ] as const) {
      const run = Array.from({ length: 8 }, (_, d) => doc(d + 1));
      const lines = nonBlank((await strip(doc(0), run)).text);
      expect(lines).toEqual(expect.arrayContaining([...questions]));
      expect(lines).not.toContain("Echo Media 2024");
    }
  });

  describe("a list of results, each document's own figures, which recur only once digits are folded", () => {
    const fixtures = [["Harbour", "Rovers"], ["Millbrook", "Athletic"], ["Northfield", "United"], ["Quarry", "Wanderers"]];
    const results = (d: number) => fixtures.map(([home, away], k) => `${home} ${(d * 7 + k * 3) % 5}-${(d * 3 + k) % 4} ${away}`);
    const kept = async (doc: (d: number) => Doc) => {
      const lines = nonBlank((await strip(doc(0), Array.from({ length: 12 }, (_, d) => doc(d + 1)))).text);
      expect(lines).not.toContain("Echo Media 2024");
      return lines;
    };

    it("stays between paragraphs", async () => {
      expect(await kept((d) => siteDoc(d, { middle: results(d) }))).toEqual(expect.arrayContaining(results(0)));
    });

    it("stays right below the last paragraph, with its heading", async () => {
      expect(await kept((d) => siteDoc(d, { bottom: ["Other results", ...results(d)] }))).toEqual(expect.arrayContaining(["Other results", ...results(0)]));
    });

    it("stays right above the first paragraph, below the byline", async () => {
      const page = (d: number) => ["Northfield Echo", "Weekend edition", `${words[d % words.length]} league table`, "By Jane Roe", ...results(d), paragraph(d, 1), paragraph(d, 2), "Echo Media 2024"];
      expect(await kept((d) => ({ id: `table/${d}.txt`, text: page(d).join("\n\n") + "\n" }))).toEqual(expect.arrayContaining(results(0)));
    });
  });

  it("keeps a summary's recurring heading over its points, below the byline", async () => {
    const points = (d: number) => [`The ${words[d % words.length]} vote passed by ${d + 3} votes.`, `Work starts in spring ${2026 + d}.`];
    for (const heading of ["Key points:", "At a glance", "Das Wichtigste in Kürze"]) {
      const page = (d: number) => ["Northfield Echo", "Weekend edition", `${words[d % words.length]} plans approved`, "By Jane Roe", heading, ...points(d), paragraph(d, 1), paragraph(d, 2), "Echo Media 2024"];
      const doc = (d: number) => ({ id: `summary/${d}.txt`, text: page(d).join("\n\n") + "\n" });
      const lines = nonBlank((await strip(doc(0), Array.from({ length: 8 }, (_, d) => doc(d + 1)))).text);
      expect(lines, heading).toEqual(expect.arrayContaining([heading, ...points(0)]));
      expect(lines, heading).not.toContain("Echo Media 2024");
    }
  });

  it("keeps a series' note on the article itself, in which \"our\" is the newsroom's, recurring above or below each article", async () => {
    const notes = ["This article is part of our series on the housing crisis.", "This interview is one of our conversations with first-time mayors."];
    for (const note of notes) {
      for (const extra of [{ top: [note] }, { bottom: [note] }]) {
        const run = Array.from({ length: 8 }, (_, d) => siteDoc(d + 1, extra));
        const lines = nonBlank((await strip(siteDoc(0, extra), run)).text);
        expect(lines).toContain(note);
        expect(lines).not.toContain("Become an Echo member for 1p a day");
      }
    }
  });

  it("keeps the article's last paragraph, and its facts above it, below a series' template that recurs, bare and above the page's footer", async () => {
    // A match report's parts, the same in every report of the run, set into its end: the facts
    // among them and the last paragraph below them are each report's own.
    const template = ["Team news", "Line-ups:", "Substitutes:", "Key stats", "Man of the match:", "Referee:", "Simon Hooper", "Venue:", "Northfield Park", "Kick-off:", "Three o'clock"];
    const facts = (d: number) => [`Attendance: ${41_000 + 37 * d}`, `Half-time: ${d % 3}-${d % 2}`];
    const last = (d: number) => `The ${words[d % words.length]} stand will reopen for the derby in round ${d + 4}, the club confirmed after the match.`;
    const end = (d: number) => [...template, ...facts(d), last(d)];
    const bare = (d: number) => ({ id: `match/${d}.txt`, text: [`Northfield win match ${d}`, paragraph(d, 1), paragraph(d, 2), ...end(d)].join("\n\n") + "\n" });
    const wrapped = (d: number) => siteDoc(d, { bottom: end(d) });
    for (const doc of [bare, wrapped]) {
      const run = Array.from({ length: 8 }, (_, d) => doc(d + 1));
      const lines = nonBlank((await strip(doc(0), run)).text);
      expect(lines).toEqual(expect.arrayContaining([...facts(0), last(0)]));
      expect(lines).not.toContain("Echo Media 2024");
    }
  });

  it("counts in bounded memory, keeping the lines that recur", () => {
    const summaries = Array.from({ length: 1000 }, (_, d) => ({ body: d, lines: [1, 2, 1000 + d] }));
    const index = counted(summaries, 100);
    expect(index.counts.size).toBeLessThanOrEqual(100);
    expect(index.counts.get(1)).toBe(1000);
    expect(index.documents).toBe(1000);
  });

  it("counts copies of one article once, so that their shared short lines are not chrome", async () => {
    const article = "Officials in the capital said so on Monday.\nA second paragraph of reporting, which is the longest line of this short article.\n";
    const copies = Array.from({ length: 6 }, (_, d) => ({ id: `copy-${d}.txt`, text: article }));
    expect((await strip(copies[0]!, copies)).text).toBe(article);
    const index = counted(Array.from({ length: 6 }, () => ({ body: 7, lines: [1, 2] })), 100);
    expect([index.documents, index.counts.get(1)]).toEqual([1, 1]);
  });

  it("tells articles apart by a line no pattern takes for chrome, so that a second run removes nothing more", async () => {
    // Each page's longest line is the site's licence, which a pack removes: were it the page's
    // body, the six articles would count as one, and their recurring line would go only on the
    // second run, once the licence is gone.
    const licence = "This content may be freely reproduced in full or in part in digital form with full attribution to the author and a link to www.example.com.";
    const page = (d: number) => ({ id: `site/${d}.txt`, text: [paragraph(d, 1), paragraph(d, 2), "Delivered by the Echo desk", licence].join("\n\n") + "\n" });
    const pages = Array.from({ length: 6 }, (_, d) => page(d));
    const first = await Promise.all(pages.map((p) => strip(p, pages)));
    expect(nonBlank(first[0]!.text)).toEqual([paragraph(0, 1), paragraph(0, 2)]);
    const again = first.map((r, d) => ({ id: pages[d]!.id, text: r.text }));
    expect((await strip(again[0]!, again)).edits).toEqual([]);
  });

  it("tells articles apart by a sentence, not by a site's tag cloud run into one long line", async () => {
    // Each page's longest line is the site's tag cloud, which no pattern knows: were it the
    // page's body, the six articles would count as one and the site's menu would not recur.
    const tags = Array.from({ length: 40 }, (_, k) => `${words[k % 12]} ${words[(k * 5) % 12]}`).join(" ");
    const page = (d: number) => ({ id: `site/${d}.txt`, text: [tags, "Northfield Echo", "Weekend edition", paragraph(d, 1), paragraph(d, 2)].join("\n\n") + "\n" });
    const pages = Array.from({ length: 6 }, (_, d) => page(d));
    expect(nonBlank((await strip(pages[0]!, pages)).text)).not.toContain("Weekend edition");
  });

  it("counts the short lines of a whole page of page text, not only its first and last ones", () => {
    // Page text from a browser has hundreds of short lines (a quarter of the extraction
    // benchmark's pages over 224, one over 400): a teaser list in the middle of the page's
    // foot ("On Our Radar" and its headlines) recurs on every page of the site too.
    const menu = Array.from({ length: 330 }, (_, k) => `${words[k % 12]} ${words[Math.floor(k / 12) % 12]} ${words[Math.floor(k / 144)]}`);
    menu[160] = "On Our Radar";
    const text = [menu.slice(0, 150).join("\n"), paragraph(0, 1), paragraph(0, 2), menu.slice(150).join("\n")].join("\n\n");
    const summary = stripBoilerplate.collect({ id: "page.txt", text }, stripBoilerplate.meta.defaultOptions) as LineHashes;
    expect(summary.lines).toContain(keyOf(normaliseJudged("On Our Radar")));
  });

  it("keeps only the counts that reach the run's threshold", () => {
    const summaries = Array.from({ length: 20 }, (_, d) => ({ body: d, lines: [1, d < 3 ? 2 : 1000 + d, d < 2 ? 3 : 2000 + d] }));
    const index = recurringOnly(counted(summaries, 100), "auto");
    expect([...index.counts]).toEqual([[1, 20], [2, 3]]);
    expect(index.documents).toBe(20);
    expect([...recurringOnly(counted(summaries, 100), 2).counts.keys()].sort()).toEqual([1, 2, 3]);
  });

  it("scales the threshold slowly with the run", () => {
    expect(recurrenceThreshold(20, "auto")).toBe(3);
    expect(recurrenceThreshold(1_000_000, "auto")).toBe(18);
    expect(recurrenceThreshold(1_000_000, 40)).toBe(40);
  });
});
