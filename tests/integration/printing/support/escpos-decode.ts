// Reads an ESC/POS byte stream back into commands and text, the way a printer
// would, so tests assert on what a printer receives rather than on our own
// builder's calls. Text is decoded as GBK with the runtime's TextDecoder; an
// unknown command throws, so a malformed stream cannot pass unnoticed.

export type EscPosCommand =
  | { readonly kind: 'init' }
  | { readonly kind: 'chinese-mode'; readonly on: boolean }
  | { readonly kind: 'align'; readonly value: 'left' | 'center' | 'right' }
  | { readonly kind: 'size'; readonly width: number; readonly height: number }
  | { readonly kind: 'bold'; readonly on: boolean }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'lf' }
  | { readonly kind: 'feed'; readonly lines: number }
  | { readonly kind: 'qr-model'; readonly model: number }
  | { readonly kind: 'qr-module-size'; readonly size: number }
  | { readonly kind: 'qr-error-correction'; readonly level: 'L' | 'M' | 'Q' | 'H' }
  | { readonly kind: 'qr-store'; readonly data: string }
  | { readonly kind: 'qr-print' }
  | { readonly kind: 'cut'; readonly partial: boolean; readonly feedLines: number };

const ALIGNS = ['left', 'center', 'right'] as const;
const EC_LEVELS = ['L', 'M', 'Q', 'H'] as const;

export class EscPosDecodeError extends Error {}

export function decodeEscPos(bytes: Uint8Array): EscPosCommand[] {
  const out: EscPosCommand[] = [];
  const gbk = new TextDecoder('gbk', { fatal: true });
  let i = 0;
  const need = (n: number): void => {
    if (i + n > bytes.length) throw new EscPosDecodeError(`truncated command at byte ${i}`);
  };
  const at = (k: number): number => bytes[k] ?? 0;

  while (i < bytes.length) {
    const b = at(i);
    if (b === 0x1b) {
      need(2);
      const c = at(i + 1);
      if (c === 0x40) {
        out.push({ kind: 'init' });
        i += 2;
      } else if (c === 0x61) {
        need(3);
        const v = ALIGNS[at(i + 2) % 48];
        if (v === undefined) throw new EscPosDecodeError(`bad alignment ${at(i + 2)}`);
        out.push({ kind: 'align', value: v });
        i += 3;
      } else if (c === 0x45) {
        need(3);
        out.push({ kind: 'bold', on: (at(i + 2) & 1) === 1 });
        i += 3;
      } else if (c === 0x64) {
        need(3);
        out.push({ kind: 'feed', lines: at(i + 2) });
        i += 3;
      } else {
        throw new EscPosDecodeError(`unknown ESC ${c.toString(16)} at byte ${i}`);
      }
    } else if (b === 0x1c) {
      need(2);
      const c = at(i + 1);
      if (c !== 0x26 && c !== 0x2e) throw new EscPosDecodeError(`unknown FS ${c.toString(16)} at byte ${i}`);
      out.push({ kind: 'chinese-mode', on: c === 0x26 });
      i += 2;
    } else if (b === 0x1d) {
      need(2);
      const c = at(i + 1);
      if (c === 0x21) {
        need(3);
        const n = at(i + 2);
        out.push({ kind: 'size', width: (n >> 4) + 1, height: (n & 0x0f) + 1 });
        i += 3;
      } else if (c === 0x56) {
        need(3);
        const m = at(i + 2);
        if (m === 65 || m === 66) {
          need(4);
          out.push({ kind: 'cut', partial: m === 66, feedLines: at(i + 3) });
          i += 4;
        } else {
          out.push({ kind: 'cut', partial: m === 1 || m === 49, feedLines: 0 });
          i += 3;
        }
      } else if (c === 0x28 && at(i + 2) === 0x6b) {
        need(7);
        const len = at(i + 3) | (at(i + 4) << 8);
        need(5 + len);
        const cn = at(i + 5);
        const fn = at(i + 6);
        const params = bytes.subarray(i + 7, i + 5 + len);
        if (cn !== 49) throw new EscPosDecodeError(`GS ( k for symbol ${cn}, not QR`);
        out.push(qrCommand(fn, params));
        i += 5 + len;
      } else {
        throw new EscPosDecodeError(`unknown GS ${c.toString(16)} at byte ${i}`);
      }
    } else if (b === 0x0a) {
      out.push({ kind: 'lf' });
      i += 1;
    } else if (b < 0x20 || b === 0x7f) {
      throw new EscPosDecodeError(`unexpected control byte ${b.toString(16)} at byte ${i}`);
    } else {
      let j = i;
      while (j < bytes.length && at(j) >= 0x20 && at(j) !== 0x7f) j += at(j) >= 0x81 ? 2 : 1;
      if (j > bytes.length) throw new EscPosDecodeError('text ends inside a double-byte character');
      out.push({ kind: 'text', text: gbk.decode(bytes.subarray(i, j)) });
      i = j;
    }
  }
  return out;
}

function qrCommand(fn: number, params: Uint8Array): EscPosCommand {
  switch (fn) {
    case 65:
      return { kind: 'qr-model', model: (params[0] ?? 0) - 48 };
    case 67:
      return { kind: 'qr-module-size', size: params[0] ?? 0 };
    case 69: {
      const level = EC_LEVELS[(params[0] ?? 0) - 48];
      if (level === undefined) throw new EscPosDecodeError(`bad QR error correction ${params[0] ?? -1}`);
      return { kind: 'qr-error-correction', level };
    }
    case 80:
      if (params[0] !== 48) throw new EscPosDecodeError('QR store with m ≠ 48');
      return { kind: 'qr-store', data: new TextDecoder('utf-8', { fatal: true }).decode(params.subarray(1)) };
    case 81:
      return { kind: 'qr-print' };
    default:
      throw new EscPosDecodeError(`unknown QR function ${fn}`);
  }
}

/** A printed line: its text (runs between line feeds) and the size it was printed at. */
export interface PrintedLine {
  readonly text: string;
  readonly width: number;
  readonly bold: boolean;
  readonly align: 'left' | 'center' | 'right';
}

/** Folds the command list into the lines a reader would see on the slip. */
export function printedLines(commands: readonly EscPosCommand[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  let text = '';
  let width = 1;
  let lineWidth = 1;
  let bold = false;
  let align: PrintedLine['align'] = 'left';
  for (const c of commands) {
    if (c.kind === 'text') {
      if (text === '') lineWidth = width;
      text += c.text;
    } else if (c.kind === 'size') width = c.width;
    else if (c.kind === 'bold') bold = c.on;
    else if (c.kind === 'align') align = c.value;
    else if (c.kind === 'init') {
      width = 1;
      bold = false;
      align = 'left';
    } else if (c.kind === 'lf') {
      lines.push({ text, width: lineWidth, bold, align });
      text = '';
    }
  }
  if (text !== '') lines.push({ text, width: lineWidth, bold, align });
  return lines;
}
