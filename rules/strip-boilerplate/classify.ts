import { factsOf, type ClassifyOptions, type LineFacts, type Mark, type Verdict } from "./facts.js";
import type { Line } from "./lines.js";
import type { CompiledPattern } from "./packs.js";
import { headlineKey, headlineOverByline, type RecurrenceIndex } from "./recurrence.js";
import { normaliseJudged } from "./lines.js";
import { placedAsAppeal } from "./appeals.js";
import { cutCommentThread } from "./comments.js";
import { markBios } from "./bios.js";
import { markCopies } from "./copies.js";
import { markExcerpts } from "./excerpts.js";
import { markGalleryCaptions } from "./gallery.js";
import { markCapitalLinks } from "./links.js";
import { markRunInMenus } from "./menus.js";
import { markRecurringTop } from "./recurring-top.js";
import { addressesReader, endsSentence, holdsFigure, isLabelledFigure, isMonthAlone, isTimeAlone, promotes } from "./shape.js";
import { articleSpan, cutSections, markChromeStretches, markOutsideArticle } from "./structure.js";
import { aboveThePaywall, lastParagraph, markTail, shortLastLines } from "./tail.js";
import { markTitleCopies } from "./title.js";
import { markWindowTitle, titledHead } from "./window-title.js";


/**
 * A share bar lists several networks; one network's name alone between two paragraphs
 * ("Facebook", over the steps to download one's data from it) heads the paragraph below.
 */
function headsParagraph(facts: readonly LineFacts[], i: number): boolean {
  const f = facts[i]!;
  return f.words === 1 && f.match!.every((m) => m.id === "share-bar") && facts[i - 1]?.body === true && facts[i + 1]?.body === true;
}

// A question: a series' heading ("What happens next?", "¿Qué pasó?"), or an interview's.
const QUESTION = /[?？]\s*$/u;
// A speaker's label in a transcript: capitalised words and a colon.
const SPEAKER = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}:$/u;
// Recurring headings over the article's text that make a template of its parts, not one section's label.
const PART_HEADINGS = 2;
// Months or times over entries that make a timeline or a live blog: one may be an archive's last link above a footer's sentence.
const TIMELINE_HEADINGS = 2;

/**
 * An archive lists its months one under another ("March 2022", "April 2022"); a timeline sets
 * each over the entry it dates ("March 2022" over "The port authority announces ...",
 * "Agreement reached."), and a live blog each of its times ("10:42 GMT", "2.15pm"), maybe with
 * the entry's own heading between ("Reaction"). Such headings each over a sentence that no
 * pattern knows, two or more in a page, are the article's (a teaser's headline under a month
 * ends in no stop), and so are the entries' own headings: no pattern takes them, and in a run of
 * a series' blogs, whose times recur once their figures are folded, neither does recurrence.
 */
function timelineHeadings(facts: readonly LineFacts[]): Set<number> {
  const at = new Set<number>();
  let dated = 0;
  const entry = (f: LineFacts | undefined) => f !== undefined && !f.match && endsSentence(f.text);
  const entryHeading = (f: LineFacts | undefined) => f !== undefined && f.chromeShape && !f.match;
  facts.forEach((f, i) => {
    const month = isMonthAlone(f.text);
    if (!month && !isTimeAlone(f.text)) return;
    const headed = !month && entryHeading(facts[i + 1]) && entry(facts[i + 2]);
    if (!headed && !entry(facts[i + 1])) return;
    dated++;
    at.add(i);
    if (headed) at.add(i + 1);
  });
  return dated >= TIMELINE_HEADINGS ? at : new Set();
}

// Lines with their own figures in a row that make a list or a table's rows, not a counter.
const DATA_ROWS = 3;

/**
 * The lines in runs of `DATA_ROWS` or more in a row, each with its own figures (`ownFigures`)
 * and unknown to the packs: a row of counters under the byline ("17 comments", "4.2k shares",
 * "6,311 views") has its own figures in each document too, and the packs know most of them.
 */
function dataRows(facts: readonly LineFacts[]): Set<number> {
  const rows = new Set<number>();
  for (let i = 0; i < facts.length; ) {
    let j = i;
    while (j < facts.length && facts[j]!.ownFigures && !facts[j]!.match) j++;
    if (j - i >= DATA_ROWS) for (let k = i; k < j; k++) rows.add(k);
    i = Math.max(j, i + 1);
  }
  return rows;
}

/**
 * The rows right below the article's last paragraph (`dataRows`), under a heading of their own
 * at most (a line of chrome's shape with no figures: "Other results"), and that heading.
 */
function rowsBelowArticle(facts: readonly LineFacts[], rows: ReadonlySet<number>, lastBody: number): Set<number> {
  const ending = new Set<number>();
  if (lastBody === -1) return ending;
  let i = lastBody + 1;
  const heading = facts[i];
  if (heading !== undefined && !rows.has(i) && heading.chromeShape && !holdsFigure(heading.text) && rows.has(i + 1)) ending.add(i++);
  while (rows.has(i)) ending.add(i++);
  return ending;
}

/**
 * The rows right above the article's first paragraph and below its byline (a poll's "Labour 41%",
 * "Green 6%" under the headline): the article opens on them. Without a byline, the lines above
 * the first paragraph are the page's top, where counters stand.
 */
function rowsAboveArticle(rows: ReadonlySet<number>, byline: number, firstBody: number): Set<number> {
  const opening = new Set<number>();
  if (byline === -1) return opening;
  for (let i = firstBody - 1; i > byline && rows.has(i); i--) opening.add(i);
  return opening;
}

/**
 * Whether a line fills a labelled slot of a series' template: the run prints its label in other
 * documents, each with its own value ("Referee: Jane Roe", "Pollen: high", "Attendance:
 * 41,037"). A date has its own figures in each document too, but fills no slot; nor does the
 * byline's name given again (`byline`: its text, "" if none), which a page's box of the
 * article's metadata prints ("Author: Jane Roe" under "By Jane Roe").
 */
function fillsLabel(f: LineFacts, byline: string): boolean {
  return f.kind === null && (f.ownValue || (f.ownFigures && isLabelledFigure(f.text, f.words))) && !repeatsByline(f.text, byline);
}

// A label's value: what follows its colon.
const LABEL_VALUE = /:\s*(\S.*)$/u;

/** Whether a labelled line's value, holding letters, is written in the byline too. */
function repeatsByline(text: string, byline: string): boolean {
  const value = LABEL_VALUE.exec(text)?.[1]!.trim().toLowerCase();
  return value !== undefined && /\p{L}/u.test(value) && byline.toLowerCase().includes(value);
}

// Lines with their own figures and no label that make a template's rows ("Serves 6", "3 onions, sliced").
const SLOT_ROWS = 2;

/**
 * Whether a template's block holds a slot the document fills: a labelled one (`fillsLabel`);
 * between paragraphs, also rows with their own figures, two or more: a counter stands alone
 * ("0 Comments (+)", "Image 1 of 13", a menu's "Election 2020"). Below the article, a footer
 * has its counters too: there, only a label tells. A block in which the site sells itself or
 * speaks to the reader ("Edition: No. 301" over "Sign up now") is a box of the page's, whatever
 * its values.
 */
function fillsSlot(lines: readonly LineFacts[], belowArticle: boolean, byline: string): boolean {
  if (lines.some((f) => promotes(f.text) || addressesReader(f.text))) return false;
  if (lines.some((f) => fillsLabel(f, byline))) return true;
  return !belowArticle && lines.filter((f) => f.kind === null && f.ownFigures).length >= SLOT_ROWS;
}

/**
 * Whether lines `from` to `to` are one line set against known chrome above or below it: between
 * paragraphs, a box's last or first line ("Filed under: Energy" over "Location: Leeds", "More on
 * this story" over "Section: Business"), where a template set into the article runs to more.
 */
function loneBesideChrome(facts: readonly LineFacts[], from: number, to: number): boolean {
  return to - from === 1 && Boolean(facts[from - 1]?.match || facts[to]?.match);
}

/**
 * The short lines of a series' template set into the article: between two of its paragraphs
 * (each printed in no other article of the run), or right below its last one down to its last
 * slot before any known chrome, the lines between known chrome in which the document fills a
 * slot of its own (`fillsSlot`). Their headings and the lines the run prints word for word
 * ("Line-ups:", "Key stats", "Serves 4", "Ingredients", "Method") recur as a site's chrome does,
 * but chrome set into a page, a box of teasers or a footer, is the site's throughout: it fills
 * nothing with the document's own. An advertisement's label between the two parts them.
 */
function templateBlocks(facts: readonly LineFacts[], firstBody: number, lastBody: number, byline: string, minDocs: number): Set<number> {
  const block = new Set<number>();
  const own = (f: LineFacts | undefined) => f !== undefined && f.body && f.recurs < minDocs;
  for (let i = firstBody; i <= lastBody; i++) {
    if (!own(facts[i]) || facts[i + 1]?.body !== false) continue;
    const below = i === lastBody;
    let end = i + 1;
    while (end < facts.length && !facts[end]!.body) end++;
    if (!below && !own(facts[end])) continue;
    for (let from = i + 1; from < end; ) {
      let to = from;
      while (to < end && !facts[to]!.match) to++;
      // Below the article, the template ends with its last slot: a footer may follow before any known chrome.
      while (below && to > from && !fillsLabel(facts[to - 1]!, byline)) to--;
      const boxed = !below && loneBesideChrome(facts, from, to);
      if (!boxed && fillsSlot(facts.slice(from, to), below, byline)) for (let j = from; j < to; j++) block.add(j);
      if (below) break;
      from = to + 1;
    }
  }
  return block;
}

// Points under a summary's heading: one short sentence under a heading is a label's (below).
const SUMMARY_POINTS = 2;
// A list's mark opening a point ("• ", "- ", "– ").
const BULLET = /^\s*[•●▪◦‣*–—-]\s/u;

/**
 * A heading right below the byline over the article's summary ("Key points:", "At a glance"):
 * two or more sentences of reporting, none known chrome nor printed in other articles: short
 * ones down to the first paragraph, then points as long as paragraphs where each opens with a
 * list's mark ("• "). A label under the headline ("Listen to this story") stands over the first
 * paragraph itself, and so may a summary's heading over unmarked points as long as paragraphs:
 * those go as before. A menu's last entry stands over the headline, above the byline.
 */
function headsSummary(facts: readonly LineFacts[], i: number, byline: number, firstBody: number, minDocs: number): boolean {
  const f = facts[i]!;
  if (byline === -1 || i <= byline || firstBody <= i || holdsFigure(f.text) || addressesReader(f.text) || promotes(f.text)) return false;
  const point = (p: LineFacts) => p.reporting && !p.keep && !p.match && p.recurs < minDocs;
  if (!facts.slice(i + 1, firstBody).every(point)) return false;
  let end = firstBody;
  while (end < facts.length && BULLET.test(facts[end]!.text) && point(facts[end]!)) end++;
  return end - i - 1 >= SUMMARY_POINTS;
}

/**
 * Decides which lines of a document are chrome, from the strongest evidence to the weakest:
 * 1. pattern packs name the chrome we know;
 * 2. a line that recurs in many documents of the run, has the shape of chrome and sits where
 *    chrome sits (above the first or below the last paragraph of reporting, or next to chrome;
 *    alone between paragraphs, only the site promoting itself);
 * 3. the page's layout: sections that open below the article, stretches of short lines that
 *    are mostly chrome, the page's own parts above and below the article.
 * Bylines, datelines, attributions and quotations are never removed; a quotation only within
 * a section of chrome (comments, teasers), with lines of the section on both sides, is.
 */
export function classifyLines(
  lines: readonly Line[],
  patterns: readonly CompiledPattern[],
  index: RecurrenceIndex | undefined,
  o: ClassifyOptions,
): Map<number, Verdict> {
  const facts = factsOf(lines, patterns, index, o);
  const verdicts = new Map<number, Verdict>();
  const mark: Mark = (i, v, quotations = false) => {
    const f = facts[i]!;
    if ((!f.keep || (quotations && !f.attribution)) && !verdicts.has(f.line.index)) verdicts.set(f.line.index, v);
  };
  const removed = (i: number) => i >= 0 && i < facts.length && verdicts.has(facts[i]!.line.index);

  const firstBody = facts.findIndex((f) => f.body);
  let lastBody = -1;
  facts.forEach((f, i) => f.body && (lastBody = i));

  const timeline = timelineHeadings(facts);
  facts.forEach((f, i) => f.match && !headsParagraph(facts, i) && !timeline.has(i) && placedAsAppeal(facts, i, lastBody) && mark(i, { by: "pattern", ...f.match[0]! }));
  markCapitalLinks(facts, mark);
  markGalleryCaptions(facts, mark);
  markRunInMenus(facts, mark, o);

  const byline = facts.findIndex((f) => f.byline);
  // Where the article starts: its byline, or its first paragraph.
  const articleFrom = byline !== -1 ? byline : firstBody;
  const atEdge = (i: number) => firstBody === -1 || i < firstBody || i > lastBody;
  // Recurring headings each right over a paragraph of reporting that no pattern knows and no
  // other article prints, two or more in a page, are the site's template for its articles'
  // parts: a forecast's "Today" and "Outlook", a recipe's "Method" and "To serve". They stay,
  // as the article's subheadings. One alone may be a label under the headline ("Listen to this story"), one over
  // a short question the page's headline ("UKIP's secret weapon?"); a counter
  // ("Image 2 of 5") heads a caption, a teaser's headline a summary printed on every page, and a
  // heading that speaks to the reader ("You may also like") or in which the site promotes
  // itself ("become a member today") is the site's. A series' questions are headings too, as a
  // sentence ("Why does it matter?", counted among the template's though never chrome) or not
  // ("What happened?"), and ask their guest ("What was your first job?", "Who inspired you?"):
  // over what the article answers, "you" is no reader.
  const headsText = (i: number, listed = false) => {
    const f = facts[i]!;
    const next = facts[i + 1];
    const asks = !f.keep && QUESTION.test(f.text) && f.words < o.bodyWords;
    // With `listed`, a list of short lines below the last paragraph: a review's "Pros" over "Two-day battery".
    const list = listed && next !== undefined && !next.keep && next.chromeShape && firstBody !== -1 && i > lastBody;
    // A speaker's label ("MINISTER:", "Jane Roe:") heads speech, which may address someone.
    const said = next !== undefined && SPEAKER.test(f.text.trim()) && endsSentence(next.text);
    // A short sentence under the heading, no byline, dateline or quotation, is the article's too:
    // an interview's "Hero?" over "My grandmother.", "WHAT HAPPENS NEXT" over "Work starts in the
    // autumn." (a teaser's headline under a heading ends in no stop; a long line that is no
    // reporting, a promotion's "Get it for 39 percent off now.", has to be a paragraph of reporting).
    // Only in the article, below its byline or first paragraph: up top, a menu's last entry
    // stands over the page's headline, which may be a question ("UKIP's secret weapon?"). Not a
    // sentence in which the site speaks to its reader: a footer's "United States" over "Have
    // your say. Give us feedback." heads no text of the article.
    const answered =
      next !== undefined &&
      !next.keep &&
      next.words < o.bodyWords &&
      firstBody !== -1 &&
      i > articleFrom &&
      endsSentence(next.text) &&
      !promotes(next.text) &&
      !addressesReader(next.text);
    return (
      (f.chromeShape || asks) &&
      f.recurs >= o.minDocs &&
      !holdsFigure(f.text) &&
      (asks || (!addressesReader(f.text) && !promotes(f.text))) &&
      next !== undefined &&
      ((next.reporting && next.body) || said || answered || list) &&
      !next.match &&
      next.recurs < o.minDocs
    );
  };
  const strict = facts.map((_, i) => i).filter((i) => headsText(i));
  // Once a heading below the last paragraph heads text, the template's headings over lists there
  // count too: a review's "Pros" and "Cons" over "Verdict" and "A fine lamp with one irritation."
  // Headings over lists alone are a footer's over teasers; above the last paragraph, counted
  // with one heading over text, they kept real pages' menus and teasers (a page's "Subjects",
  // "Getty", "Read Later" over the next line).
  const parts = !strict.some((i) => i > lastBody) ? strict : facts.map((_, i) => i).filter((i) => headsText(i, true));
  // Different headings: one label twice ("Breaking News" over two items of a ticker) is a list's.
  const partHeadings = new Set(new Set(parts.map((i) => facts[i]!.text)).size >= PART_HEADINGS ? parts : []);
  // A fact given as a label and its figures ("Attendance: 4,512", "Turnout: 41.0%") recurs in a
  // series' articles by its label only: the figures, which the count folds, are each article's
  // own. Only in the article, below its byline or first paragraph: a page's head shows a
  // widget's ("Weather: 14°C Light rain") on every page. A listing ("Venue: Library",
  // "Tickets: £4" under each event) may have its byline and no paragraph of reporting at all.
  const fact = (i: number) => articleFrom !== -1 && i > articleFrom && isLabelledFigure(facts[i]!.text, facts[i]!.words);
  // The article's headline, which the site's other pages list among their teasers, recurs; but
  // it stands over a byline in its own page only, where a series' kicker or a page's head copied
  // around other articles stands over a byline in every page that prints it.
  const overByline = headlineOverByline(facts.length, (i) => facts[i]!.kind);
  const ownHeadline = (i: number) => i === overByline && (index?.counts.get(headlineKey(normaliseJudged(facts[i]!.text))) ?? 0) < o.minDocs;
  // Lines with each document's own figures, three or more in a row between two paragraphs, are
  // the article's data (a list of results, a table's rows); a counter stands alone ("Image 1 of
  // 13", "0 Comments") or at the page's edges. So are such rows right below the last paragraph,
  // under a heading of their own at most ("Other results"): the article ends on them; and right
  // above the first paragraph, below the byline: it opens on them.
  // So is a series' template set into the article, in which the document fills a slot of its own
  // ("Line-ups:", "Key stats", "Possession: 54%", "Referee: Jane Roe"): its headings too.
  const rows = dataRows(facts);
  const ending = rowsBelowArticle(facts, rows, lastBody);
  const opening = rowsAboveArticle(rows, byline, firstBody);
  const template = templateBlocks(facts, firstBody, lastBody, facts[byline]?.text ?? "", o.minDocs);
  const ownData = (i: number) => (rows.has(i) && !atEdge(i)) || ending.has(i) || opening.has(i) || template.has(i);
  const candidate = (i: number) => {
    const f = facts[i];
    return (
      f !== undefined &&
      f.chromeShape &&
      f.recurs >= o.minDocs &&
      !removed(i) &&
      !partHeadings.has(i) &&
      !timeline.has(i) &&
      !fact(i) &&
      !ownHeadline(i) &&
      !ownData(i) &&
      !headsSummary(facts, i, byline, firstBody, o.minDocs)
    );
  };
  // A sentence printed in many different articles of the run is the site's (a teaser's summary,
  // a footer's line): it stays, being a sentence, but the short lines beside it sit among chrome.
  // One with figures recurs only with the same figures: a series' sentence with each day's
  // figures ("The index rose 0.4% to 7,412 points.") is a report's own.
  const sitewide = (i: number) => {
    const f = facts[i];
    return f !== undefined && !f.chromeShape && f.recurs >= o.minDocs;
  };
  const total = index?.documents ?? 0;
  // The site's top goes first: the short lines beside its sentences then sit among chrome.
  markRecurringTop(facts, verdicts, index, mark, o);
  const markRecurring = (outside: (i: number) => boolean) => {
    for (let changed = true; changed; ) {
      changed = false;
      facts.forEach((f, i) => {
        if (!candidate(i)) return;
        const amongChrome = outside(i) || removed(i - 1) || removed(i + 1) || candidate(i - 1) || candidate(i + 1) || sitewide(i - 1) || sitewide(i + 1);
        if (amongChrome || promotes(f.text)) {
          mark(i, { by: "recurrence", documents: f.recurs, of: total, alone: !amongChrome });
          changed = true;
        }
      });
    }
  };
  markRecurring(atEdge);

  markBios(facts, mark);
  markCopies(facts, mark);
  cutSections(facts, verdicts, mark, o);
  cutCommentThread(facts, mark);
  markExcerpts(facts, mark);
  // The head the window title proves (headline, standfirst, byline) is the article's, however much of the page's top lies around it.
  const body = articleSpan(facts, verdicts);
  const head = titledHead(facts, verdicts, body, o.bodyWords);
  // So are its last lines, when short, below a credit, an advertisement or a box of further reading.
  const last = shortLastLines(facts, verdicts, body, o.minDocs);
  // And its last paragraph, below a list of its own and a button set into it.
  const lastLong = lastParagraph(facts, verdicts, body, o.minDocs);
  // And the lines a paywall's notice cuts it off after.
  const cutOff = aboveThePaywall(facts, verdicts, o.minDocs);
  const markAroundArticle: Mark = (i, v, quotations) => {
    if (!head.has(i) && !last.has(i) && i !== lastLong && !cutOff.has(i)) mark(i, v, quotations);
  };
  markChromeStretches(facts, verdicts, markAroundArticle, o);
  markOutsideArticle(facts, verdicts, markAroundArticle, o);
  markTail(facts, verdicts, markAroundArticle, o.minDocs);
  const span = articleSpan(facts, verdicts);
  markWindowTitle(facts, span, mark);
  markTitleCopies(facts, verdicts, span, mark);
  // The layout's removals may leave recurring lines above the first paragraph that stays (the
  // page's top cut down to a byline and its site's name), where a second run would find them:
  // they go now, so that it has nothing to do. Not below: a listing's last heading ("STAFF",
  // over its credits) stands past the last paragraph once the page's foot is gone.
  const firstKept = facts.findIndex((f, i) => f.body && !removed(i));
  markRecurring((i) => firstKept === -1 || i < firstKept);
  return verdicts;
}
