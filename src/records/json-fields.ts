/**
 * Where the values of top-level fields sit in the text of one JSON object, so that a cleaned
 * field can be put back in place and every other byte of the record stays as it was (a
 * round trip through JSON.parse and JSON.stringify would reorder numeric keys and round
 * large numbers). The text must already be known to be valid JSON.
 */
export function fieldSpans(json: string, wanted: ReadonlySet<string>): Map<string, { start: number; end: number }> {
  const spans = new Map<string, { start: number; end: number }>();
  let i = skipSpace(json, 0);
  if (json[i] !== "{") return spans;
  i = skipSpace(json, i + 1);
  while (i < json.length && json[i] !== "}") {
    const keyEnd = stringEnd(json, i);
    const key = JSON.parse(json.slice(i, keyEnd)) as string;
    i = skipSpace(json, skipSpace(json, keyEnd) + 1); // past the colon
    const end = valueEnd(json, i);
    // JSON.parse keeps the last of repeated keys; so do we.
    if (wanted.has(key)) spans.set(key, { start: i, end });
    i = skipSpace(json, end);
    if (json[i] === ",") i = skipSpace(json, i + 1);
  }
  return spans;
}

function skipSpace(s: string, i: number): number {
  while (i < s.length && (s[i] === " " || s[i] === "\t" || s[i] === "\n" || s[i] === "\r")) i++;
  return i;
}

/** `i` is at an opening quote; returns the index after the closing one. */
function stringEnd(s: string, i: number): number {
  for (let j = i + 1; j < s.length; j++) {
    if (s[j] === "\\") j++;
    else if (s[j] === '"') return j + 1;
  }
  return s.length;
}

function valueEnd(s: string, i: number): number {
  if (s[i] === '"') return stringEnd(s, i);
  let depth = 0;
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '"') j = stringEnd(s, j) - 1;
    else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") {
      if (depth === 0) return trimEnd(s, i, j);
      depth--;
      if (depth === 0) return j + 1;
    } else if (c === "," && depth === 0) return trimEnd(s, i, j);
  }
  return trimEnd(s, i, s.length);
}

function trimEnd(s: string, start: number, end: number): number {
  while (end > start && /\s/.test(s[end - 1]!)) end--;
  return end;
}
