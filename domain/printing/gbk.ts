// GBK text for Chinese thermal printers (FS & Chinese mode). Runtimes ship a
// GBK *decoder* (TextDecoder, in Node and every browser) but no encoder, so
// the encoding table is built once, on first use, by decoding every
// double-byte sequence; that avoids shipping a 20k-entry table of our own.

const REPLACEMENT = 0x3f; // '?': what a character without a GBK code prints as

let table: Map<string, number> | null = null;

function buildTable(): Map<string, number> {
  const decoder = new TextDecoder('gbk');
  const map = new Map<string, number>();
  const pair = new Uint8Array(2);
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      pair[0] = lead;
      pair[1] = trail;
      const ch = decoder.decode(pair);
      // Unassigned pairs decode to U+FFFD (plus the trail byte when it is ASCII).
      if (ch.length !== 1 || ch === '\ufffd') continue;
      if (!map.has(ch)) map.set(ch, (lead << 8) | trail);
    }
  }
  return map;
}

/** The GBK code of one character (a code point), or null when GBK has none. */
export function gbkCode(ch: string): number | null {
  const cp = ch.codePointAt(0);
  if (cp === undefined) return null;
  if (cp < 0x80) return cp;
  table ??= buildTable();
  return table.get(ch) ?? null;
}

/** GBK bytes of `text`; characters GBK lacks (emoji, rare CJK extensions) become '?'. */
export function encodeGbk(text: string): Uint8Array {
  const out: number[] = [];
  for (const ch of text) {
    const code = gbkCode(ch);
    if (code === null) out.push(REPLACEMENT);
    else if (code < 0x80) out.push(code);
    else out.push(code >> 8, code & 0xff);
  }
  return Uint8Array.from(out);
}

/**
 * Printed width in half-width cells: a double-byte GBK character prints
 * full-width (two cells), everything else one, exactly as the printer counts.
 */
export function printWidth(text: string): number {
  let w = 0;
  for (const ch of text) {
    const code = gbkCode(ch);
    w += code !== null && code >= 0x80 ? 2 : 1;
  }
  return w;
}
