import { describe, expect, it } from 'vitest';
import { EscPosBuilder } from '../../../../domain/printing/escpos';
import { decodeEscPos } from '../../../integration/printing/support/escpos-decode';

const bytes = (b: EscPosBuilder) => Array.from(b.bytes());

describe('EscPosBuilder', () => {
  it('emits the documented bytes for each command', () => {
    expect(bytes(new EscPosBuilder().init())).toEqual([0x1b, 0x40]);
    expect(bytes(new EscPosBuilder().chineseMode(true).chineseMode(false))).toEqual([0x1c, 0x26, 0x1c, 0x2e]);
    expect(bytes(new EscPosBuilder().align('center'))).toEqual([0x1b, 0x61, 1]);
    expect(bytes(new EscPosBuilder().doubleSize(true).size(1))).toEqual([0x1d, 0x21, 0x11, 0x1d, 0x21, 0x00]);
    expect(bytes(new EscPosBuilder().size(3, 2))).toEqual([0x1d, 0x21, 0x21]);
    expect(bytes(new EscPosBuilder().bold(true))).toEqual([0x1b, 0x45, 1]);
    expect(bytes(new EscPosBuilder().line('号'))).toEqual([0xba, 0xc5, 0x0a]);
    expect(bytes(new EscPosBuilder().feed(3))).toEqual([0x1b, 0x64, 3]);
    expect(bytes(new EscPosBuilder().cut())).toEqual([0x1d, 0x56, 66, 4]);
  });

  it('encodes a native QR code: model 2, module size, error correction M, store, print', () => {
    const data = 'http://hub.local:8080/t/x';
    expect(bytes(new EscPosBuilder().qr(data, { moduleSize: 6 }))).toEqual([
      ...[0x1d, 0x28, 0x6b, 4, 0, 49, 65, 50, 0],
      ...[0x1d, 0x28, 0x6b, 3, 0, 49, 67, 6],
      ...[0x1d, 0x28, 0x6b, 3, 0, 49, 69, 49],
      ...[0x1d, 0x28, 0x6b, data.length + 3, 0, 49, 80, 48, ...new TextEncoder().encode(data)],
      ...[0x1d, 0x28, 0x6b, 3, 0, 49, 81, 48],
    ]);
  });

  it('writes the QR store length over two bytes for long data', () => {
    const data = 'x'.repeat(300);
    const commands = decodeEscPos(new EscPosBuilder().qr(data).bytes());
    expect(commands).toContainEqual({ kind: 'qr-store', data });
  });

  it('refuses control characters in text, out-of-range sizes and oversized QR data', () => {
    expect(() => new EscPosBuilder().text('a\x1bb')).toThrow(/control characters/);
    expect(() => new EscPosBuilder().text('a\nb')).toThrow(/control characters/);
    expect(() => new EscPosBuilder().size(9)).toThrow(/1\.\.8/);
    expect(() => new EscPosBuilder().qr('')).toThrow(/QR data/);
    expect(() => new EscPosBuilder().qr('x'.repeat(7090))).toThrow(/QR data/);
  });
});
