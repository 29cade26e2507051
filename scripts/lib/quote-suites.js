// Readers for the peer smart-quote test suites (keenquotes, markdown-it, CommonMark). Each gives
// plain-text cases { input, expected } with the expected HTML decoded. Cases written in markup
// (escapes, emphasis, code, tags) or without any quote mark do not apply to plain text and are left out.

const ENTITIES = {
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", ldquor: "„", laquo: "«", raquo: "»", lsaquo: "‹", rsaquo: "›",
  // keenquotes writes apostrophes as &apos;, meaning the typographic apostrophe.
  apos: "’",
  // Primes in measures are left as typed.
  prime: "'", Prime: '"',
  quot: '"', amp: "&", lt: "<", gt: ">", hellip: "…", mdash: "—", ndash: "–",
};

const decode = (html) => html.replace(/&(\w+);/g, (m, name) => ENTITIES[name] ?? m);
const fromHtml = (html) => decode(html.replace(/<\/p>\n<p>/g, "\n\n").replace(/<[^>]+>/g, ""));
const MARKUP = /[\\*`_<[&]/;
const HAS_QUOTE = /["'“”‘’]/;
const applies = (input) => HAS_QUOTE.test(input) && !MARKUP.test(input);

/** keenquotes: blank-line separated pairs of lines (input, expected); "\n" written literally. */
export function keenquotesCases(text) {
  const lines = text.split("\n").filter((l) => !l.startsWith("#"));
  const cases = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] === "" || lines[i + 1] === undefined || lines[i + 1] === "") continue;
    const unescape = (s) => s.replace(/\\n/g, "\n");
    cases.push({ input: unescape(lines[i]), expected: decode(unescape(lines[i + 1])) });
    i++;
  }
  return cases.filter((c) => applies(c.input));
}

/** markdown-it: description, ".", markdown, ".", HTML, "." */
export function markdownItCases(text) {
  const lines = text.split("\n");
  const cases = [];
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== ".") continue;
    const mid = lines.indexOf(".", i + 1);
    const end = lines.indexOf(".", mid + 1);
    cases.push({ input: lines.slice(i + 1, mid).join("\n"), expected: fromHtml(lines.slice(mid + 1, end).join("\n")) });
    i = end;
  }
  return cases.filter((c) => applies(c.input));
}

/** CommonMark spec format: fenced "example" blocks holding markdown, ".", HTML. */
export function commonmarkCases(text) {
  const fence = "````````````````````````````````";
  const cases = [];
  for (const block of text.split(`${fence} example\n`).slice(1)) {
    const body = block.slice(0, block.indexOf(fence));
    const [input, html] = body.split("\n.\n");
    cases.push({ input, expected: fromHtml(html.trimEnd()) });
  }
  return cases.filter((c) => applies(c.input));
}
