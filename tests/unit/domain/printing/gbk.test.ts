import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeGbk, gbkCode, printWidth } from '../../../../domain/printing/gbk';
import { assertProperty } from '../../../support/property';

const gbk = new TextDecoder('gbk');

describe('GBK encoding', () => {
  it('encodes Chinese, full-width punctuation and ASCII as a GBK printer expects', () => {
    expect(Array.from(encodeGbk('中文'))).toEqual([0xd6, 0xd0, 0xce, 0xc4]);
    expect(Array.from(encodeGbk('A1 '))).toEqual([0x41, 0x31, 0x20]);
    const text = '合川区南津街农民工零工市场：请 A023 号到 2 号窗口办理（维权热线 12333）';
    expect(gbk.decode(encodeGbk(text))).toBe(text);
  });

  it('writes ? for a character GBK lacks', () => {
    expect(gbk.decode(encodeGbk('好😀'))).toBe('好?');
    expect(gbkCode('😀')).toBeNull();
  });

  it('round-trips every character of the CJK Unified Ideographs block that GBK holds', () => {
    assertProperty(
      fc.property(fc.array(fc.integer({ min: 0x4e00, max: 0x9fa5 }), { maxLength: 40 }), (cps) => {
        const text = String.fromCodePoint(...cps);
        expect(gbk.decode(encodeGbk(text))).toBe(text);
      }),
    );
  });

  it('counts a double-byte character as two cells and anything else as one', () => {
    expect(printWidth('A023')).toBe(4);
    expect(printWidth('前面等候 3 人')).toBe(13);
    expect(printWidth('😀')).toBe(1);
  });
});
