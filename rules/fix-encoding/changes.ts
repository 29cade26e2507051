/** One replacement inside a line: `before.slice(start, end)` becomes `after`. */
export interface Change {
  start: number;
  end: number;
  after: string;
}

/**
 * Re-reading bytes never changes ASCII, except a space taken in as a lost 0xA0 ("Ã " -> "à"):
 * runs of all ASCII are tried as anchors first, then runs of ASCII but spaces.
 */
const ANCHORS = [/([\x00-\x7f]+)/, /([\x00-\x1f\x21-\x7f]+)/];

/**
 * The smallest changes that turn `before` into `after`, when the repair kept the anchors in
 * place: one change per garbled run, so that a report shows "â€™" -> "’" rather than the
 * whole line, and a later rule's edit beside it has a place of its own. Otherwise one change
 * over the part between the common start and end.
 */
export function changesBetween(before: string, after: string): Change[] {
  if (before === after) return [];
  for (const anchors of ANCHORS) {
    const from = before.split(anchors);
    const to = after.split(anchors);
    // split() with a capture group alternates: the rest (maybe empty) at even indices, anchors at odd.
    if (from.length !== to.length || from.some((part, i) => i % 2 === 1 && part !== to[i])) continue;
    const changes: Change[] = [];
    let offset = 0;
    from.forEach((part, i) => {
      if (part !== to[i]) {
        const c = trimmedChange(part, to[i]!);
        changes.push({ start: c.start + offset, end: c.end + offset, after: c.after });
      }
      offset += part.length;
    });
    return changes;
  }
  return [trimmedChange(before, after)];
}

/** One change over the part of `before` between what it has in common with `after` at each end. */
function trimmedChange(before: string, after: string): Change {
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (suffix < before.length - prefix && suffix < after.length - prefix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix++;
  // Never cut a surrogate pair in two.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isHighSurrogate(before.charCodeAt(before.length - suffix - 1))) suffix--;
  return { start: prefix, end: before.length - suffix, after: after.slice(prefix, after.length - suffix) };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

export function applyChanges(text: string, changes: readonly Change[]): string {
  let out = "";
  let at = 0;
  for (const c of changes) {
    out += text.slice(at, c.start) + c.after;
    at = c.end;
  }
  return out + text.slice(at);
}

/**
 * `second` (found in the text `first` produced) carried back to the original text, merged
 * with `first` into one list of disjoint changes that yields the same final text. A change of
 * `second` that touches the output of one of `first` grows to take it in whole. `first` may
 * not delete (every change of it leaves some text), so that each of its outputs has a place.
 */
export function composeChanges(original: string, first: readonly Change[], second: readonly Change[]): Change[] {
  const middle = applyChanges(original, first);
  let shift = 0;
  const outputs = first.map((c) => {
    const start = c.start + shift;
    shift += c.after.length - (c.end - c.start);
    return { change: c, start, end: start + c.after.length };
  });
  // A position of the middle text outside every output, in the original.
  const back = (pos: number) => pos - outputs.filter((o) => o.end <= pos).reduce((sum, o) => sum + o.change.after.length - (o.change.end - o.change.start), 0);

  const grown: { start: number; end: number; inner: Change[] }[] = [];
  for (const c of second) {
    let [start, end] = [c.start, c.end];
    for (const o of outputs) {
      if (o.start < c.end && o.end > c.start) [start, end] = [Math.min(start, o.start), Math.max(end, o.end)];
    }
    const last = grown.at(-1);
    if (last && start < last.end) [last.end, last.inner] = [Math.max(last.end, end), [...last.inner, c]];
    else grown.push({ start, end, inner: [c] });
  }
  const absorbed = new Set(outputs.filter((o) => grown.some((g) => o.start >= g.start && o.end <= g.end)).map((o) => o.change));
  const carried = grown.map((g) => {
    const inner = g.inner.map((c) => ({ ...c, start: c.start - g.start, end: c.end - g.start }));
    return { start: back(g.start), end: back(g.end), after: applyChanges(middle.slice(g.start, g.end), inner) };
  });
  // An insertion goes before a change that starts where it does.
  return [...first.filter((c) => !absorbed.has(c)), ...carried].sort((a, b) => a.start - b.start || a.end - b.end);
}
