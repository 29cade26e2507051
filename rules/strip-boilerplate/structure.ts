import { markDateList } from "./date-lists.js";
import { isChrome, type ClassifyOptions, type LineFacts, type Mark, type Verdict } from "./facts.js";
import { normaliseJudged } from "./lines.js";
import { endsSentence, holdsFigure } from "./shape.js";
import { titledHeadline } from "./window-title.js";

/**
 * The evidence of a page's layout: sections that open below the article, stretches of short
 * lines that are mostly chrome, and the page's own parts above and below the article.
 */

type Verdicts = ReadonlyMap<number, Verdict>;

/** Lines [from, to) of a document's facts. */
export interface Stretch {
  from: number;
  to: number;
}

/** Where a stretch lies on the page, which decides what is held by chrome in it. */
type Place = "top" | "middle" | "bottom";

// A page's own menus and footers are long; the head and foot of an article are short.
const PAGE_EDGE_LINES = 10;
// Paragraphs in a row, with nothing between them: the article again, after a section of chrome.
const RESUMING_PARAGRAPHS = 3;
// Lines after a run of paragraphs in which a section's furniture coming again keeps the section going.
const FURNITURE_WINDOW = 10;
// A figure alone ("45", "2020", "1,024") or punctuation alone ("...", "___"); not a date ("3-6-16", "19.11.2019").
const NO_TEXT = /^(?:\p{N}{1,5}(?:[.,]\p{N}{3})*|[\p{P}\p{S}]+)$/u;
// Punctuation alone ("___", "* * *"): a rule between parts of the page, no words of anyone's.
const RULE_LINE = /^[\p{P}\p{S}\s]+$/u;
// Stars alone ("★★★★☆", "⭐⭐⭐"): a review's rating, symbols too, but the article's verdict.
const RATING = /^[★☆⭐✩✭✮✯]{2,5}$/u;
// Paragraphs above a heading that make it the article's end rather than the page's top menu.
const ARTICLE_PARAGRAPHS = 5;

/**
 * A heading that opens comments or related stories, below the article's start, takes the lines
 * after it up to where the article resumes. Up top it is navigation: the heading must lie in the
 * lower half of the page, or below several paragraphs (comments may fill most of the page), or,
 * for comments, below two paragraphs in a row and over a thread's recurring furniture (a long
 * thread under an article as short as two paragraphs). A comments label in a share bar is a button and opens nothing.
 * Comments may outweigh the article: words before and after are not compared for them, and
 * where the thread's own last line closes them ("[ Read All Comments ]") they run to it. A
 * related list above paragraphs in a row that outweigh the reporting above it is a box over the
 * article (page text puts a sidebar's "Most Popular" wherever the page's top ends, often in the
 * lower half of its lines): it ends there, however short the article is, and the line leading
 * into that paragraph, the article's headline, stays.
 */
export function cutSections(facts: readonly LineFacts[], verdicts: Verdicts, mark: Mark, o: ClassifyOptions): void {
  const totalBody = facts.reduce((n, f) => n + (f.body ? f.words : 0), 0);
  let before = 0;
  let reportingBefore = 0;
  let paragraphs = 0;
  let run = 0;
  let longestRun = 0;
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (f.body) {
      before += f.words;
      paragraphs++;
    }
    run = f.body ? run + 1 : 0;
    longestRun = Math.max(longestRun, run);
    reportingBefore += reportingWords(f);
    const lowerHalf = i >= facts.length / 2;
    const related = f.match?.[0]?.id !== "comments-section";
    // A long thread under a short article puts its heading in the upper half: known below the article by its furniture.
    const thread = !related && longestRun >= ARTICLE_RUN && furnitureRecurs(facts, i + 1);
    const below = before >= Math.min(totalBody / 2, 5 * o.bodyWords) && (lowerHalf || paragraphs >= ARTICLE_PARAGRAPHS || thread);
    if (f.match?.length === 1 && f.match[0]!.section && below && !isShareButton(facts, i)) {
      const next = related ? articleBelow(facts, i + 1, reportingBefore) : null;
      const closed = related ? null : threadEnd(facts, i + 1);
      const end = next ?? closed ?? sectionEnd(facts, i + 1, related && !lowerHalf);
      if ((related || f.words === 1) && end === facts.length && articleRunsOn(facts, verdicts, i + 1, o.minDocs)) continue;
      // The article starts below a box over it: the line leading into its first paragraph is its headline.
      const leadIn = next !== null && end - 1 > i && !facts[end - 1]!.match ? 1 : 0;
      // A quotation within the section, with section lines on both sides, is a comment's or a teaser's.
      for (let j = i + 1; j < end - leadIn; j++) mark(j, { by: "section", heading: f.line.text.trim(), line: f.line.index + 1 }, j > i + 1 && j + 1 < end);
      i = end - 1;
    }
  }
}

/**
 * Under a heading that would open a section to the page's end, paragraphs of reporting (or short
 * statements, "He denied it.", a Korean or Japanese one-sentence paragraph) and then only chrome
 * that patterns know (a share bar, a footer) or that recurs across the run (the site's teasers
 * on every page): no teaser's headline of this page's own, no commenter's name. The article runs
 * on there, its last paragraphs past a stray label ("Related", "Latest"), a subheading of one
 * word ("Discussion", over a study's findings) or a box of teasers (`boxAboveLastParagraphs`).
 * Comments may be paragraphs alone under a heading that says so ("Top Rated Comments", "12 Comments").
 */
function articleRunsOn(facts: readonly LineFacts[], verdicts: Verdicts, from: number, minDocs: number): boolean {
  // An advertisement's label or a share bar may stand between the heading and the paragraphs
  // ("Te puede interesar", "Publicidad", then the article again): the box was empty.
  let start = from;
  while (start < facts.length && facts[start]!.match?.every((m) => !m.section)) start++;
  // Chrome the run's recurrence found counts too: a footer's teaser headlines printed on every page.
  let foot = facts.length;
  while (foot > start && (facts[foot - 1]!.match !== null || verdicts.get(facts[foot - 1]!.line.index)?.by === "recurrence")) foot--;
  let last = foot;
  while (last > start && facts[last - 1]!.reporting && (facts[last - 1]!.body || isShortStatement(facts[last - 1]!, minDocs))) last--;
  if (last === foot) return false;
  return last === start || boxAboveLastParagraphs(facts, { from: start, to: last }, { from: last, to: foot }, minDocs);
}

// Lines a box of related stories set into an article's end takes: a few headlines, each with a summary at most.
const RELATED_BOX_LINES = 10;

/** A teaser's headline: a short line that is no sentence of reporting, no byline or dateline. */
function isTeaserHeadline(f: LineFacts): boolean {
  return !f.body && !f.reporting && !f.keep;
}

/**
 * A box of teasers between a related heading and the article's last paragraphs ("More on this
 * story", two headlines, then two paragraphs of reporting and the page's foot). One headline
 * alone may stand over a single paragraph (the box's only item). Otherwise the box is headlines,
 * each with one paragraph of summary at most, and the paragraphs below it are the article's only
 * where they outnumber a teaser's, none printed in other articles of the run (a site's summary
 * or footer): two or more in a row, more than any run of paragraphs in the box; or one, below
 * headlines alone (a list that gives its teasers summaries gives them under more than its last
 * headline). A teaser list below the article ends with its last headline, or with a single
 * summary under headlines with summaries: it stays a section.
 */
function boxAboveLastParagraphs(facts: readonly LineFacts[], box: Stretch, last: Stretch, minDocs: number): boolean {
  const lines = facts.slice(box.from, box.to);
  const paragraphs = facts.slice(last.from, last.to);
  const firstIsReporting = paragraphs[0]!.body && paragraphs[0]!.reporting;
  if (lines.length === 1) return isTeaserHeadline(lines[0]!) && firstIsReporting;
  const shaped = lines.length <= RELATED_BOX_LINES && isTeaserHeadline(lines[0]!) && lines.every((f) => isTeaserHeadline(f) || isBoxSummary(f));
  const own = paragraphs.every((f) => f.body && f.recurs < minDocs);
  const summaries = longestSummary(lines);
  const outnumbered = paragraphs.length >= ARTICLE_RUN || (summaries === 0 && firstIsReporting);
  return shaped && own && outnumbered && paragraphs.length > summaries;
}

/** A teaser's summary in a box: a paragraph of reporting under its headline. */
function isBoxSummary(f: LineFacts): boolean {
  return f.body && f.reporting && !f.keep;
}

/** The most paragraphs in a row among a box's lines: a teaser's summary is one. */
function longestSummary(lines: readonly LineFacts[]): number {
  let longest = 0;
  let run = 0;
  for (const f of lines) {
    run = f.body ? run + 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

// A statement's full stop ("He denied it.", "彼は否定した。"), not a question's mark: a teaser's headline may ask.
const STATEMENT_END = /[.。](?:["'”’)\]]+)?\s*$/u;

/**
 * A short sentence of reporting that ends an article ("He denied it.", "The talks resume on
 * Monday."), printed in no other article of the run: a teaser's summary is a site's line.
 */
function isShortStatement(f: LineFacts, minDocs: number): boolean {
  return STATEMENT_END.test(f.text) && f.recurs < minDocs;
}

/** Words of a paragraph of reporting (0 for any other line). */
function reportingWords(f: LineFacts): number {
  return f.body && f.reporting ? f.words : 0;
}

/**
 * Where a comment thread below a comments heading ends, if the page says so: the thread's own
 * last line ("[ Read All Comments ]", "Load more comments") with no paragraph below it. Comments
 * are paragraphs too, so the three in a row that tell the article resuming elsewhere tell
 * nothing here: everything above that line is the thread.
 */
function threadEnd(facts: readonly LineFacts[], from: number): number | null {
  const end = facts.findIndex((f, i) => i >= from && f.match?.some((m) => m.id === "comments-end") === true);
  return end !== -1 && !facts.slice(end + 1).some((f) => f.body) ? end : null;
}

// Paragraphs in a row that may be an article (a teaser's summary stands alone between headlines).
const ARTICLE_RUN = 2;

/**
 * Where the article starts below a related list, if it does: the list's first paragraph of
 * reporting opens a run of paragraphs that outweighs the reporting above the list.
 */
function articleBelow(facts: readonly LineFacts[], from: number, reportingAbove: number): number | null {
  let first = from;
  while (first < facts.length && reportingWords(facts[first]!) === 0) first++;
  let end = first;
  let words = 0;
  for (; end < facts.length && facts[end]!.body; end++) words += facts[end]!.words;
  return end - first >= ARTICLE_RUN && words > reportingAbove ? first : null;
}

// Lines below a comments heading in which a comment thread shows its furniture, and how often.
const THREAD_LINES = 3 * FURNITURE_WINDOW;
const FURNITURE_TIMES = 3;

/**
 * A comment thread's furniture: one short line, digits aside, again and again ("Rating: 36
 * Votes", "2 days ago at 07:52 am", "Reply") among the lines below a comments heading.
 */
function furnitureRecurs(facts: readonly LineFacts[], from: number): boolean {
  const times = new Map<string, number>();
  for (const f of facts.slice(from, from + THREAD_LINES)) {
    if (f.body) continue;
    const n = normaliseJudged(f.text);
    const t = (times.get(n) ?? 0) + 1;
    if (t >= FURNITURE_TIMES) return true;
    times.set(n, t);
  }
  return false;
}

// A button's label: "Comment", "12 Comments".
const BUTTON_WORDS = 2;

/**
 * A comments label in a share bar ("Tweet", "Share", "Comment", "Print") is the bar's button,
 * wherever the bar stands (above the article too), not a heading over the comments.
 */
function isShareButton(facts: readonly LineFacts[], i: number): boolean {
  const inBar = (f: LineFacts | undefined) => f?.match?.some((m) => m.id === "share-bar") === true;
  return facts[i]!.words <= BUTTON_WORDS && facts[i]!.match![0]!.id === "comments-section" && (inBar(facts[i - 1]) || inBar(facts[i + 1]));
}

/**
 * Where a section that starts at `from` ends: where the article resumes, three paragraphs in a
 * row, or the end of the page. Paragraphs followed soon by the section's own furniture again
 * ("Rating: 9 Votes", "Reply") are one more item of it, a long comment. A list of related
 * stories in the upper half of the page that the article resumes after was a box set into it:
 * it ends at its first paragraph of reporting.
 */
function sectionEnd(facts: readonly LineFacts[], from: number, mayBeBox: boolean): number {
  const furniture = new Set<string>();
  const isFurniture = (f: LineFacts) => !f.body && furniture.has(normaliseJudged(f.text));
  let reporting = -1;
  for (let i = from; i + RESUMING_PARAGRAPHS <= facts.length; i++) {
    const f = facts[i]!;
    if (!f.body) furniture.add(normaliseJudged(f.text));
    if (reporting === -1 && f.body && f.reporting) reporting = i;
    if (!facts.slice(i, i + RESUMING_PARAGRAPHS).every((g) => g.body)) continue;
    if (facts.slice(i + RESUMING_PARAGRAPHS, i + RESUMING_PARAGRAPHS + FURNITURE_WINDOW).some(isFurniture)) continue;
    return mayBeBox && reporting !== -1 ? reporting : i;
  }
  return facts.length;
}

/**
 * A stretch of short lines between paragraphs (or at the top or bottom of the page) that is
 * mostly known chrome is chrome as a whole: a menu, a footer, a share bar.
 */
export function markChromeStretches(facts: readonly LineFacts[], verdicts: Verdicts, mark: Mark, o: ClassifyOptions): void {
  for (const s of stretchesBetweenParagraphs(facts)) {
    const chromeAt = chromeIn(facts, verdicts, s);
    const lines = s.to - s.from;
    if (lines < 2 || chromeAt.length / lines < o.chromeShare) continue;
    const place: Place = s.from === 0 ? "top" : s.to === facts.length ? "bottom" : "middle";
    markHeld(facts, verdicts, s, chromeAt, place, mark, { by: "stretch", chrome: chromeAt.length, lines }, o);
  }
}

/**
 * Above and below the article, a long stretch with enough chrome (menu entries count there;
 * inside the article they could be subheadings) is the page's own part throughout.
 */
export function markOutsideArticle(facts: readonly LineFacts[], verdicts: Verdicts, mark: Mark, o: ClassifyOptions): void {
  const span = articleSpan(facts, verdicts);
  if (!span) return;
  const inside = bodyWords(facts, span, verdicts);
  const outside: [Stretch, Place][] = [
    [{ from: 0, to: span.from }, "top"],
    [{ from: span.to, to: facts.length }, "bottom"],
  ];
  for (const [s, place] of outside) {
    const chromeAt = chromeIn(facts, verdicts, s);
    const lines = s.to - s.from;
    const menus = facts.slice(s.from, s.to).filter((f) => f.menuLike && !isChrome(f, verdicts)).length;
    const chrome = chromeAt.length + menus;
    if (chromeAt.length === 0 || lines < PAGE_EDGE_LINES || chrome / lines < o.chromeShare / 2) continue;
    // More reporting out here than in the span: the span may be the wrong one; remove nothing.
    if (bodyWords(facts, s, verdicts) > inside) continue;
    markHeld(facts, verdicts, s, chromeAt, place, mark, { by: "outside", chrome, lines }, o);
  }
}

/**
 * Marks the lines of a stretch that chrome holds: between two pieces of it in the middle of a
 * page; at the top or bottom, past more than one piece of it (a headline under a single banner,
 * the last lines of an article above the footer, stay). The lines leading into the paragraph
 * below are spared: the headline block at the top, a subheading in the middle. At the top, a
 * figure or punctuation alone (a menu's "45" and "2020", a count, a rule "___") is no headline:
 * it takes no place in the headline block and goes with chrome on either side of it; a date
 * ("3-6-16") is not one. At the bottom, punctuation alone ("___") over chrome goes with it;
 * a figure alone may end the article there (a match report's attendance, "78,000"), and so may
 * a review's stars ("★★★★☆").
 */
function markHeld(
  facts: readonly LineFacts[],
  verdicts: Verdicts,
  s: Stretch,
  chromeAt: readonly number[],
  place: Place,
  mark: Mark,
  verdict: Verdict,
  o: ClassifyOptions,
): void {
  const leadIn = place === "top" ? o.headLines : place === "middle" ? 1 : 0;
  const head = place === "top" ? headMark(facts, verdicts, s) : -1;
  // With no head mark, a sentence over a table is the article's intro, its headline over it.
  const intro = place === "top" && head === -1 ? introOverTable(facts, verdicts, s) : -1;
  // A headline straight over the table is the intro itself: the line over it is the page's.
  const overByline = overTheByline(facts, verdicts, s, head !== -1 ? head : intro !== -1 && introduces(facts[intro]!) ? intro : -1);
  // Below the article's byline, from its first sentence on, the article has begun: a line there
  // is the page's top only with chrome between that sentence and it too.
  const begun = intro !== -1 ? intro : firstSentenceBelow(facts, verdicts, s, head, o.bodyWords);
  let spared = 0;
  let runsOn = false;
  for (let i = s.to - 1; i >= s.from; i--) {
    if (verdicts.has(facts[i]!.line.index) || facts[i]!.keep) continue;
    if (place === "top" && NO_TEXT.test(facts[i]!.text.trim())) {
      if (chromeAt.length >= 1) mark(i, verdict);
      continue;
    }
    // At the bottom, a rule over the page's own parts goes with them; a figure there may be the article's.
    if (place === "bottom" && isRule(facts[i]!.text, chromeAt.includes(i - 1)) && chromeAt.some((c) => c > i)) {
      mark(i, verdict);
      continue;
    }
    if (spared < leadIn || overByline.has(i)) {
      spared++;
      continue;
    }
    const chromeAbove = chromeAt.filter((c) => c < i);
    const above = chromeAbove.length;
    const below = chromeAt.length - above;
    const inArticle = begun !== -1 && i >= begun && !chromeAt.some((c) => c > begun && c < i);
    // Down to a paragraph in which the article runs on, the lines between are the article's.
    runsOn ||= place === "bottom" && runsOnPastRecurrence(facts, verdicts, i, chromeAbove, o.minDocs);
    const held = place === "top" ? below >= 2 && !inArticle : place === "bottom" ? above >= 2 && !runsOn : above >= 1 && below >= 1;
    if (held) mark(i, verdict);
  }
  if (place !== "middle") markDateList(facts, verdicts, s.from, s.to, place === "top", mark, verdict);
}

/**
 * A rule between parts of the page: punctuation alone, not a rating's stars, unless they stand
 * right under the page's own line (`underChrome`): a widget's ("Rate this article" over
 * "★★★★★"), where a review's stars stand under its verdict.
 */
function isRule(text: string, underChrome: boolean): boolean {
  const t = text.trim();
  return RULE_LINE.test(t) && (underChrome || !RATING.test(t));
}

/**
 * Below the article, a paragraph of reporting that no other article of the run prints, with no
 * chrome above it (`chromeAbove`, from the article down) but lines that recur: a series'
 * template set into the article's end (a match report's "Line-ups:" and "Key stats" over its
 * figures, then its last paragraph) recurs as a site's footer does, but a footer's paragraphs
 * recur with it. Recurrence says nothing of a line printed once, and a pattern, a section or a
 * list of teasers has yet to show that the page's own parts began above it: the article runs on.
 */
export function runsOnPastRecurrence(facts: readonly LineFacts[], verdicts: Verdicts, i: number, chromeAbove: readonly number[], minDocs: number): boolean {
  const f = facts[i]!;
  if (!f.body || !f.reporting || f.recurs >= minDocs) return false;
  return chromeAbove.every((c) => byRecurrence(facts[c]!, verdicts));
}

/** Chrome only because the line recurs across the run. */
function byRecurrence(f: LineFacts, verdicts: Verdicts): boolean {
  const by = verdicts.get(f.line.index)?.by;
  return (by === "recurrence" || by === "recurring-top") && !f.repeated;
}

/**
 * At the page's top, the line right over the article's byline (its dateline, without one) is its headline, or its standfirst
 * (a sentence) with the headline over it, however many lines of the article's own (a recipe's
 * servings and ingredients) lie between the byline and its first paragraph, beyond the lines
 * kept above that paragraph.
 */
function overTheByline(facts: readonly LineFacts[], verdicts: Verdicts, s: Stretch, b: number): Set<number> {
  const over = new Set<number>();
  for (let i = b - 1; b >= s.from && i >= s.from && !verdicts.has(facts[i]!.line.index); i--) {
    if (facts[i]!.keep) continue;
    over.add(i);
    if (over.size === 2 || !endsSentence(facts[i]!.text)) break;
  }
  return over;
}

/**
 * The line of a stretch at the page's top that marks the article's head: its last byline, or,
 * for an article printed without one, its dateline, the only date there (a list of teasers dates
 * each of them), or else the headline the page's window title names; -1 if none.
 */
function headMark(facts: readonly LineFacts[], verdicts: Verdicts, s: Stretch): number {
  let b = s.to - 1;
  while (b >= s.from && !facts[b]!.byline) b--;
  if (b >= s.from) return b;
  const dates = facts.slice(s.from, s.to).flatMap((f, j) => (f.dateline ? [s.from + j] : []));
  if (dates.length === 1) return dates[0]!;
  const headline = titledHeadline(facts, articleSpan(facts, verdicts));
  return headline !== null && headline >= s.from && headline < s.to ? headline : -1;
}

/**
 * The first sentence of the article's own below the head mark `b` (`headMark`) of a stretch at the
 * page's top (a standfirst or an intro over a table, a list or a recipe whose short lines are no
 * paragraphs), or -1.
 */
function firstSentenceBelow(facts: readonly LineFacts[], verdicts: Verdicts, s: Stretch, b: number, bodyWords: number): number {
  // A how-to's standfirst speaks to its reader ("Facebook lets you download a copy ... Here is how."): a sentence of a paragraph's length is one too.
  const isSentence = (f: LineFacts) => f.reporting || (f.words >= bodyWords && endsSentence(f.text));
  if (b < s.from) return -1;
  for (let i = b + 1; i < s.to; i++) if (isSentence(facts[i]!) && !facts[i]!.keep && !isChrome(facts[i]!, verdicts)) return i;
  return -1;
}

// Lines with figures that make a table, a results list or a schedule under its intro.
const TABLE_ROWS = 3;
const LETTER = /\p{L}/u;
// An intro that announces a table with a colon; a label's colon ("Share:", "Markets:") takes fewer words.
const ANNOUNCES = /:\s*$/u;
const ANNOUNCING_WORDS = 3;

/** Words of a line that hold a letter: a table's row is mostly figures. */
function wordsWithLetters(text: string): number {
  return text.split(/\s+/).filter((w) => LETTER.test(w)).length;
}

/** A sentence of reporting, or words that announce what follows with a colon ("Die Spiele im Überblick:"). */
function introduces(f: LineFacts): boolean {
  return f.reporting || (f.words >= ANNOUNCING_WORDS && ANNOUNCES.test(f.text));
}

/**
 * In a stretch at the page's top with no head mark (`headMark`), the first intro right over a
 * table: a sentence of reporting or words that announce it (`introduces`), over lines none of
 * which is chrome, a byline or a dateline (a list of teasers dates each of them), most of them
 * holding figures and at least three ("Pos Team P W D L", "1 Arsenal 26 20 3 3 +33 63"; "PP 29
 * concejales"); or a headline or heading of as many words with letters and no colon ("Premier
 * League table after Saturday's games", "Die Spiele im Überblick", "La tabla tras la jornada
 * 12"), no menu's entry (capitalised words) nor a row (its words figures: "Arsenal 2-1
 * Fulham"), over a table as such lines (`bareTable`). An article of short lines under a one-line
 * intro, or under its headline alone, has no paragraph that wins it the article's span; a menu
 * holds no sentence, and a teaser's summary stands over a headline, not over figures. -1 if none.
 */
function introOverTable(facts: readonly LineFacts[], verdicts: Verdicts, s: Stretch): number {
  const isRow = (f: LineFacts) => !f.body && !f.keep && !f.reporting && !isChrome(f, verdicts);
  const heading = (f: LineFacts) => !f.menuLike && wordsWithLetters(f.text) >= ANNOUNCING_WORDS;
  for (let i = s.from; i < s.to; i++) {
    const f = facts[i]!;
    const announced = introduces(f);
    if (!(announced || heading(f)) || f.keep || isChrome(f, verdicts)) continue;
    let end = i + 1;
    while (end < s.to && isRow(facts[end]!)) end++;
    const rows = facts.slice(i + 1, end);
    if (announced ? mostlyFigures(rows) : bareTable(rows)) return i;
  }
  return -1;
}

/** At least `TABLE_ROWS` lines with figures, most of the lines. */
function mostlyFigures(rows: readonly LineFacts[]): boolean {
  const withFigures = rows.filter((g) => holdsFigure(g.text)).length;
  return withFigures >= TABLE_ROWS && 2 * withFigures > rows.length;
}

// Words with letters in a table's row ("Samstag 15:30 Dortmund gegen Schalke"); a teaser's headline has more.
const ROW_WORDS = 5;

/**
 * A table under a headline or heading alone, which heads a list of teasers as well: past a row
 * of column names at most, `TABLE_ROWS` rows or more, each with figures and few words (a teaser
 * list's author, "Jason Torchinsky", has no figures, and its headlines with a year are long).
 */
function bareTable(rows: readonly LineFacts[]): boolean {
  const data = rows.length > 0 && !holdsFigure(rows[0]!.text) ? rows.slice(1) : rows;
  return data.length >= TABLE_ROWS && data.every((g) => holdsFigure(g.text) && wordsWithLetters(g.text) <= ROW_WORDS);
}

function chromeIn(facts: readonly LineFacts[], verdicts: Verdicts, s: Stretch): number[] {
  const at: number[] = [];
  for (let i = s.from; i < s.to; i++) if (isChrome(facts[i]!, verdicts)) at.push(i);
  return at;
}

/** Words of the paragraphs of a stretch that are not already chrome (a copy, a note on the author). */
function bodyWords(facts: readonly LineFacts[], s: Stretch, verdicts: Verdicts): number {
  return facts.slice(s.from, s.to).reduce((n, f) => n + (f.body && !verdicts.has(f.line.index) ? f.words : 0), 0);
}

function stretchesBetweenParagraphs(facts: readonly LineFacts[]): Stretch[] {
  const out: Stretch[] = [];
  for (let i = 0; i < facts.length; ) {
    if (facts[i]!.body) {
      i++;
      continue;
    }
    let j = i;
    while (j < facts.length && !facts[j]!.body) j++;
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/**
 * The article: the run of lines where reporting outweighs chrome most, each paragraph counting
 * its words (half, without a sentence ending: a long line of links), each other line against it.
 */
export function articleSpan(facts: readonly LineFacts[], verdicts: Verdicts): Stretch | null {
  let best = 0;
  let span: Stretch | null = null;
  let sum = 0;
  let start = 0;
  facts.forEach((f, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    const chrome = verdicts.has(f.line.index);
    const weight = f.reporting ? f.words : f.words / 2;
    sum += f.body && !chrome ? weight : chrome ? -(3 + f.words) : -(1 + f.words / 2);
    if (sum > best) {
      best = sum;
      span = { from: start, to: i + 1 };
    }
  });
  return span;
}
