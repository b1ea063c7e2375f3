// A small ESC/POS encoder: the commands a queue ticket and a one-time notice
// need, for the 58/80 mm Chinese thermal printers the markets use. No library
// fits (see the queue report): the maintained ones encode single-byte code
// pages only, and the GBK forks need iconv-lite and Node buffers.
import { encodeGbk } from './gbk';

const ESC = 0x1b;
const GS = 0x1d;
const FS = 0x1c;
const LF = 0x0a;

export type Align = 'left' | 'center' | 'right';
export type QrErrorCorrection = 'L' | 'M' | 'Q' | 'H';

export interface QrOptions {
  /** Module (dot) size, 1..16; 6 prints a phone-scannable URL at about 25 mm on 80 mm paper. */
  readonly moduleSize?: number;
  readonly errorCorrection?: QrErrorCorrection;
}

/** The QR symbol's store area holds at most this many bytes (model 2). */
export const QR_MAX_BYTES = 7089;

const ALIGN: Record<Align, number> = { left: 0, center: 1, right: 2 };
const QR_EC: Record<QrErrorCorrection, number> = { L: 48, M: 49, Q: 50, H: 51 };

function checkRange(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} 须为 ${min}–${max}：${value} / ${name} must be ${min}..${max}: ${value}`);
  }
}

/** GS ( k with its two-byte little-endian parameter length, cn = 49 (QR code). */
function qrFunction(fn: number, params: readonly number[]): number[] {
  const len = params.length + 2;
  return [GS, 0x28, 0x6b, len & 0xff, len >> 8, 49, fn, ...params];
}

export class EscPosBuilder {
  private readonly chunks: Uint8Array[] = [];

  private push(bytes: readonly number[] | Uint8Array): this {
    this.chunks.push(bytes instanceof Uint8Array ? bytes : Uint8Array.from(bytes));
    return this;
  }

  /** ESC @: reset modes left by the last job. */
  init(): this {
    return this.push([ESC, 0x40]);
  }

  /** FS & / FS .: double-byte (GBK) characters on or off. */
  chineseMode(on: boolean): this {
    return this.push(on ? [FS, 0x26] : [FS, 0x2e]);
  }

  /** ESC a n. */
  align(value: Align): this {
    return this.push([ESC, 0x61, ALIGN[value]]);
  }

  /** GS ! n: character width and height multipliers, 1..8 each (applies to Chinese characters too). */
  size(width: number, height: number = width): this {
    checkRange('width', width, 1, 8);
    checkRange('height', height, 1, 8);
    return this.push([GS, 0x21, ((width - 1) << 4) | (height - 1)]);
  }

  doubleSize(on: boolean): this {
    return on ? this.size(2, 2) : this.size(1, 1);
  }

  /** ESC E n. */
  bold(on: boolean): this {
    return this.push([ESC, 0x45, on ? 1 : 0]);
  }

  /** Text in GBK. No control characters: a stray ESC in a name would be read as a command. */
  text(value: string): this {
    // eslint-disable-next-line no-control-regex -- the point is to find control characters
    if (/[\x00-\x1f\x7f]/.test(value)) {
      throw new Error('打印文本含控制字符 / text to print contains control characters');
    }
    return this.push(encodeGbk(value));
  }

  line(value = ''): this {
    return this.text(value).push([LF]);
  }

  /** ESC d n: print and feed n lines. */
  feed(lines = 1): this {
    checkRange('lines', lines, 0, 255);
    return this.push([ESC, 0x64, lines]);
  }

  /**
   * The printer's own QR code (GS ( k, model 2): select the model, module
   * size and error correction, store the data, print it. The data is sent as
   * bytes (UTF-8, which for a URL is ASCII).
   */
  qr(data: string, options: QrOptions = {}): this {
    const moduleSize = options.moduleSize ?? 6;
    checkRange('moduleSize', moduleSize, 1, 16);
    const bytes = new TextEncoder().encode(data);
    if (bytes.length === 0 || bytes.length > QR_MAX_BYTES) {
      throw new RangeError(`二维码内容长度须为 1–${QR_MAX_BYTES} 字节 / QR data must be 1..${QR_MAX_BYTES} bytes`);
    }
    const storeLen = bytes.length + 3;
    return this.push(qrFunction(65, [50, 0]))
      .push(qrFunction(67, [moduleSize]))
      .push(qrFunction(69, [QR_EC[options.errorCorrection ?? 'M']]))
      .push([GS, 0x28, 0x6b, storeLen & 0xff, storeLen >> 8, 49, 80, 48])
      .push(bytes)
      .push(qrFunction(81, [48]));
  }

  /** GS V 66 n: feed n lines past the cutter, then cut leaving a hinge (partial cut). */
  cut(feedLines = 4): this {
    checkRange('feedLines', feedLines, 0, 255);
    return this.push([GS, 0x56, 66, feedLines]);
  }

  /** Bytes as they are, for a command this builder lacks. */
  raw(bytes: Uint8Array): this {
    return this.push(bytes);
  }

  bytes(): Uint8Array {
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of this.chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  }
}
