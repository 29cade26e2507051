/**
 * Which characters a pattern's match can open with, read from its source: a line of an article
 * starts with one of a few dozen characters, and most pack patterns with one of a few, so each
 * place of a line is tried with only the patterns that can start there. This replaced a screen
 * made of the union of all the patterns, which cost as much to run as trying them one by one
 * and about 12 MB of compiled code in each thread.
 *
 * The analysis keeps the pattern's own atoms: the ones that can consume the first character of
 * a match (a literal, a class, an escape, ".") are joined into one expression that is tested
 * against that character with the pattern's flags, so case folding and Unicode classes answer
 * exactly as in the pattern. Lookarounds and anchors consume nothing and are passed over; an
 * optional item lets the next one open the match too.
 */

class Unreadable extends Error {}

/**
 * The sources of the atoms that can open a match of `source`, or null if it may open with
 * anything, match nothing, or cannot be read. Each reader returns whether its piece can match
 * nothing, and adds the atoms that can open it to `into` (null once an earlier item of the
 * sequence consumes a character, so the rest of the source is only read through).
 */
function openingAtoms(source: string): Set<string> | null {
  let at = 0;

  function alternation(into: Set<string> | null): boolean {
    let nullable = false;
    for (;;) {
      nullable = sequence(into) || nullable;
      if (source[at] !== "|") return nullable;
      at++;
    }
  }

  function sequence(into: Set<string> | null): boolean {
    let nullable = true;
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      nullable = quantified(nullable ? into : null) && nullable;
    }
    return nullable;
  }

  function quantified(into: Set<string> | null): boolean {
    // Most of a source is words: a run of literals but its last character (which a quantifier
    // may follow) is read at once, and its first character opens it.
    LITERALS.lastIndex = at;
    const run = LITERALS.exec(source)?.[0];
    if (run !== undefined) {
      const first = String.fromCodePoint(run.codePointAt(0)!);
      const lastStart = run.length - (run.length > 1 && isLowSurrogate(run.charCodeAt(run.length - 1)) ? 2 : 1);
      if (lastStart >= first.length) {
        into?.add(first);
        at += lastStart;
        quantified(null);
        return false;
      }
    }
    const nullable = atom(into);
    QUANTIFIER.lastIndex = at;
    const q = QUANTIFIER.exec(source);
    if (!q) return nullable;
    at += q[0].length;
    return nullable || q[0][0] === "*" || q[0][0] === "?" || q[1] === "0";
  }

  /** Reads one atom (a group whole); true if it can match nothing. */
  function atom(into: Set<string> | null): boolean {
    const c = source[at];
    if (c === "(") {
      GROUP_OPENING.lastIndex = at;
      const group = GROUP_OPENING.exec(source)![0];
      at += group.length;
      // A lookaround consumes nothing: what follows it opens the match.
      const look = /[=!]$/.test(group);
      const nullable = alternation(look ? null : into);
      if (source[at] !== ")") throw new Unreadable();
      at++;
      return look || nullable;
    }
    if (c === "^" || c === "$") {
      at++;
      return true;
    }
    let consumed: string;
    if (c === "\\") {
      ESCAPE.lastIndex = at;
      const escape = ESCAPE.exec(source)?.[0];
      if (escape === undefined || /^\\(?:[1-9]|k)/.test(escape)) throw new Unreadable();
      at += escape.length;
      if (escape === "\\b" || escape === "\\B") return true;
      consumed = escape;
    } else if (c === "[") {
      CLASS.lastIndex = at;
      const cls = CLASS.exec(source)?.[0];
      if (cls === undefined) throw new Unreadable();
      at += cls.length;
      consumed = cls;
    } else {
      if (c === undefined || c === ")" || c === "|" || "*+?{".includes(c)) throw new Unreadable();
      consumed = String.fromCodePoint(source.codePointAt(at)!);
      at += consumed.length;
    }
    into?.add(consumed);
    return false;
  }

  const atoms = new Set<string>();
  try {
    if (alternation(atoms) || at !== source.length) return null;
    return atoms;
  } catch (e) {
    if (e instanceof Unreadable) return null;
    throw e;
  }
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

// Characters that stand for themselves (a run of them ends anywhere a quantifier may follow).
const LITERALS = /[^\\()[\]|*+?{}^$.]+/y;
// `?` `*` `+` `{n}` `{n,}` `{n,m}`, lazy or not; group 1 is n.
const QUANTIFIER = /(?:[*+?]|\{(\d+)(?:,\d*)?\})\??/y;
const GROUP_OPENING = /\((?:\?(?::|<?[=!]|<[A-Za-z_$][\w$]*>))?/y;
const ESCAPE = /\\(?:[pP]\{[^}]*\}|u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c[A-Za-z]|k<[^>]*>|\d+|[^])/y;
const CLASS = /\[(?:\\[^]|[^\\\]])*\]/y;

/**
 * A test of the first character of a match (one code point) of `source`, as compiled with
 * `flags`; null where any character may open one, so the pattern is always tried.
 */
export function openingTest(source: string, flags: string): RegExp | null {
  const atoms = openingAtoms(source);
  if (atoms === null) return null;
  return new RegExp(`^(?:${[...atoms].join("|")})$`, flags.replace(/[gy]/g, ""));
}
