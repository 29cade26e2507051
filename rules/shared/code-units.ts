/**
 * The code units of `chars` (characters of the BMP), for scanners that test a text's marks by
 * code with `charCodeAt`, with no string made per character.
 */
export function codeUnitsOf(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}
