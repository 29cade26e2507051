// Builds rules/data/lexicon.tsv, the bundled lexicon of restore-blanks (evidence 3), from:
//   - WordNet 3.0 (Debian package wordnet-base, /usr/share/wordnet): its hyphenated lemmas, with
//     the words of their glosses as topic cues and the neighbours they have in its examples;
//   - generated number compounds ("twenty-second", "2-year-old", "10-point", "6-foot") and number
//     expressions ("two-plus-two", "one-on-one", "two-to-one");
//   - scripts/lexicon/*.txt, written for this project: hyphenated names of public figures,
//     fixed news phrases and news compounds with their contexts.
// Never from a benchmark corpus. Usage: npm run build && node scripts/build-lexicon.js [WORDNET_DIR]
// (apt-get install wordnet-base first).
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { normalise } from "../dist/rules/restore-blanks/lexicon-data.js";

const ROOT = path.join(path.dirname(fileURLToPath(import.meta.url)), "..");
const WORDNET = process.argv[2] ?? "/usr/share/wordnet";
const OUT = path.join(ROOT, "rules", "data", "lexicon.tsv");

const STOP = new Set(
  ("a an the of to in on at by for from with and or but not no as is are was were be been being it its this that these those " +
    "which who whom whose what when where how than then there their they them he she his her him we our you your i me my one " +
    "some any all each every other such used use using having has have had do does did into out up down over under about " +
    "especially usually often very more most less least also can may might will would should could something someone " +
    "thing things way person people part kind type form etc e.g").split(" "),
);
const HYPHENATED = /^[^\s]*[A-Za-z0-9]-[A-Za-z0-9][^\s]*$/;

/** Cue words from free text: content words, normalised as the rule normalises context. */
function cueWords(text, shortest = 3) {
  const out = new Set();
  for (const raw of text.split(/[\s;,()"`]+/)) {
    const w = normalise(raw);
    if (w.length >= shortest && !STOP.has(w) && !w.includes("-") && !/^\d+$/.test(w)) out.add(w);
  }
  return out;
}

// What the damage deletes (SPEC section 1): a token with a letter or digit on both sides of a
// hyphen. Anything else ("U.S.-led") can never be the lost word.
const LOST_TOKEN = /^[^\s“”"‘(\[]*[A-Za-z0-9]-[A-Za-z0-9][^\s“”"’)\]]*$/;

const entries = [];
function add({ token, kind, before = [], after = [], left = [], right = [], cues = [], ceiling, label, source }) {
  if (!token.split(" ").every((t) => LOST_TOKEN.test(t))) return;
  const clean = (s) => String(s).replace(/[\t\n]/g, " ");
  const norm = (list) => [...new Set([...list].map(normalise).filter(Boolean))].join(" ");
  // A function word beside a blank says nothing about which word is lost.
  const neighbours = (list) => norm([...list].filter((w) => !STOP.has(normalise(w))));
  entries.push([token, kind, before.join(" "), after.join(" "), neighbours(left), neighbours(right), [...new Set(cues)].join(" "), ceiling, clean(label), source].join("\t"));
}

/**
 * A multi-word name or phrase: each run of hyphenated words is a token a blank can lose; the
 * words on either side of it are its anchors. A name made only of hyphenated words has no anchor.
 */
function addPhrase(phrase, kind, cues, label, source, ceiling) {
  const words = phrase.split(" ");
  for (let i = 0; i < words.length; i++) {
    if (!HYPHENATED.test(words[i])) continue;
    let j = i;
    while (j + 1 < words.length && HYPHENATED.test(words[j + 1])) j++;
    const before = words.slice(0, i);
    const after = words.slice(j + 1);
    if (before.length + after.length > 0 && !before.concat(after).some((w) => HYPHENATED.test(w))) {
      add({ token: words.slice(i, j + 1).join(" "), kind, before, after, cues, ceiling, label: `${phrase}, ${label}`, source });
    }
    i = j;
  }
}

function handWritten(file) {
  return readFileSync(path.join(ROOT, "scripts", "lexicon", file), "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("|").map((f) => f.trim()));
}

for (const [name, cues, label, ceiling = "certain"] of handWritten("public-figures.txt")) {
  if (ceiling !== "certain" && ceiling !== "likely") throw new Error(`public-figures.txt: ${name}: the fourth field is "likely" or nothing`);
  addPhrase(name, "person", cueWords(cues, 2), label, "public figures", ceiling);
}
for (const [phrase, cues, label] of handWritten("news-phrases.txt")) addPhrase(phrase, "phrase", cueWords(cues, 2), label, "news phrases", "certain");
for (const [token, left, right, cues, ceiling, label] of handWritten("news-compounds.txt")) {
  add({ token, kind: "compound", left: left.split(" "), right: right.split(" "), cues: cueWords(cues, 2), ceiling, label: `${token}, ${label}`, source: "news compounds" });
}

// Number compounds and expressions. The number itself is rarely recoverable from context, so these mostly
// stand as rivals to one another and to WordNet words beside the same nouns, keeping a guess
// from looking certain.
const UNITS = "one two three four five six seven eight nine".split(" ");
const TENS = "twenty thirty forty fifty sixty seventy eighty ninety".split(" ");
const ORD_UNITS = "first second third fourth fifth sixth seventh eighth ninth".split(" ");
for (const tens of TENS) {
  UNITS.forEach((u, i) => {
    add({ token: `${tens}-${u}`, kind: "compound", right: ["year", "years", "people", "percent", "times", "days"], ceiling: "derived", label: "a number", source: "numbers" });
    add({ token: `${tens}-${ORD_UNITS[i]}`, kind: "compound", left: ["the", "his", "her", "its", "their"], right: ["century", "birthday", "anniversary", "time", "floor", "round"], ceiling: "derived", label: "an ordinal", source: "numbers" });
  });
}
const SMALL = "one two three four five six seven eight nine ten eleven twelve".split(" ");
// Number expressions: "two-plus-two" talks, a "one-on-one" meeting, a "two-to-one" margin.
const EXPRESSIONS = {
  plus: ["talks", "meeting", "meetings", "format", "dialogue", "group"],
  on: ["meeting", "meetings", "talks", "interview", "session", "game", "basketball"],
  to: ["margin", "vote", "ratio", "majority", "odds", "favourite", "favorite"],
};
for (const [link, right] of Object.entries(EXPRESSIONS)) {
  for (const a of SMALL.slice(0, 6)) {
    for (const b of SMALL.slice(0, 6)) add({ token: `${a}-${link}-${b}`, kind: "compound", right, ceiling: "derived", label: "a number expression", source: "numbers" });
  }
}
const AMOUNTS = [...Array.from({ length: 100 }, (_, i) => String(i + 1)), ...SMALL];
const MEASURES = {
  "year-old": [["a", "the", "an"], ["man", "woman", "boy", "girl", "son", "daughter", "child", "mother", "father", "student", "suspect", "victim"]],
  point: [["a", "the", "an"], ["lead", "plan", "drop", "margin", "deficit", "gap", "advantage", "swing"]],
  foot: [["a", "the", "an"], ["wall", "tall", "fence", "statue", "boat"]],
  mile: [["a", "the", "an"], ["radius", "journey", "stretch", "trip", "march", "zone"]],
  hour: [["a", "the", "an"], ["drive", "flight", "shift", "standoff", "siege", "journey", "delay", "wait", "curfew", "strike"]],
  day: [["a", "the", "an"], ["visit", "trip", "summit", "ceasefire", "strike", "tour", "trial"]],
  week: [["a", "the", "an"], ["trial", "break", "campaign", "strike", "course"]],
  month: [["a", "the", "an"], ["investigation", "probe", "sentence", "ban", "trial", "campaign", "high", "low"]],
  year: [["a", "the", "an"], ["sentence", "term", "contract", "deal", "high", "low", "career", "plan", "war"]],
  member: [["a", "the", "an"], ["committee", "panel", "board", "council", "team", "delegation", "bloc"]],
  page: [["a", "the", "an"], ["report", "document", "letter", "memo", "indictment"]],
  seat: [["a", "the", "an"], ["majority", "parliament", "chamber", "house", "senate"]],
};
for (const [unit, [left, right]] of Object.entries(MEASURES)) {
  for (const n of AMOUNTS) add({ token: `${n}-${unit}`, kind: "compound", left, right, ceiling: "derived", label: "a measure", source: "numbers" });
}

// WordNet: data.<pos> lines are "offset lex_file pos count (lemma lex_id)* ptrs | gloss; "examples"".
let wordnetLemmas = 0;
for (const pos of ["noun", "verb", "adj", "adv"]) {
  for (const line of readFileSync(path.join(WORDNET, `data.${pos}`), "latin1").split("\n")) {
    if (!line || line.startsWith(" ")) continue;
    const [head, gloss = ""] = line.split(" | ");
    const fields = head.split(" ");
    const count = parseInt(fields[3], 16);
    const lemmas = Array.from({ length: count }, (_, k) => fields[4 + 2 * k].replace(/\(.*\)$/, "").replace(/_/g, " "));
    const hyphenated = lemmas.filter((l) => l.includes("-") && /[A-Za-z0-9]-[A-Za-z0-9]/.test(l));
    if (hyphenated.length === 0) continue;
    const definition = gloss.split(";")[0];
    const examples = [...gloss.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
    const cues = cueWords(`${definition} ${lemmas.filter((l) => !l.includes("-")).join(" ")}`);
    for (const lemma of hyphenated) {
      wordnetLemmas++;
      const label = `${lemma}: ${definition.trim()}`;
      if (lemma.includes(" ")) {
        // A proper name is specific enough to be certain beside its anchor; a common phrase
        // ("four-wheel drive") shares its anchor with other hyphenated words.
        const proper = lemma.split(" ").every((w) => /^[A-Z]/.test(w) || /^(?:de|von|van|der|la|le|al|bin|zu)$/.test(w));
        // Lexicographer file 18 holds people.
        addPhrase(lemma, fields[1] === "18" ? "person" : "phrase", cues, label, "WordNet 3.0", proper ? "certain" : "derived");
        continue;
      }
      const left = new Set();
      const right = new Set();
      for (const ex of examples) {
        const words = ex.split(/\s+/);
        words.forEach((w, k) => {
          if (w.replace(/[^\w-]+$/g, "").toLowerCase() !== lemma.toLowerCase()) return;
          if (k > 0) left.add(words[k - 1]);
          if (k + 1 < words.length && !/[,.;:!?]$/.test(w)) right.add(words[k + 1]);
        });
      }
      add({ token: lemma, kind: "compound", left, right, cues, ceiling: "derived", label, source: "WordNet 3.0" });
    }
  }
}

const WORDNET_NOTICE = `# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.
# Permission to use, copy, modify and distribute this software and database and its documentation
# for any purpose and without fee or royalty is hereby granted, provided that you agree to comply
# with the following copyright notice and statements, including the disclaimer, and that the same
# appear on ALL copies of the software, database and documentation, including modifications that
# you make for internal use or for distribution.
# THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS
# OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT LIMITATION, PRINCETON UNIVERSITY
# MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT- ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE
# OR THAT THE USE OF THE LICENSED SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD
# PARTY PATENTS, COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.
# The name of Princeton University or Princeton may not be used in advertising or publicity
# pertaining to distribution of the software and/or database. Title to copyright in this
# software, database and any associated documentation shall at all times remain with Princeton
# University and LICENSEE agrees to preserve same.`;

const header = `# clean-news lexicon for restore-blanks: hyphenated names and compounds with their contexts.
# Generated by scripts/build-lexicon.js; do not edit by hand (edit scripts/lexicon/*.txt and rebuild).
# Sources:
#   - WordNet 3.0 (Princeton University; Debian package wordnet-base), ${wordnetLemmas} hyphenated lemmas,
#     glosses as cues, example neighbours; licence and notice below.
#   - generated number compounds (cardinals, ordinals, N-year-old, N-point, ...) and number
#     expressions (two-plus-two, one-on-one, two-to-one).
#   - scripts/lexicon/public-figures.txt, news-phrases.txt, news-compounds.txt: written for
#     clean-news from general knowledge, MIT like the project.
# Columns (tab-separated): token, kind (person|phrase|compound), anchor before, anchor after, left neighbours, right neighbours,
# cue words, ceiling (certain|likely: curated; derived: contexts taken automatically), label, source.
${WORDNET_NOTICE}
`;
writeFileSync(OUT, header + entries.join("\n") + "\n");
console.log(`wrote ${entries.length} entries (${wordnetLemmas} WordNet lemmas) to ${path.relative(ROOT, OUT)}`);
