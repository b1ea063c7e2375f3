// Kiosk input arrives from IMEs that emit full-width characters (１３８, Ｘ,
// the ideographic space) and from people who paste numbers with spaces and
// dashes. Every identifier check starts from the same cleaned-up form so that
// "the same number typed differently" always gives the same answer.

/** Full-width forms folded to ASCII (NFKC), all whitespace removed, upper-cased. */
export function compactIdentifier(input: string): string {
  return input.normalize('NFKC').replace(/\s+/g, '').toUpperCase();
}
