import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CREDIT_CODE_CHARSET, creditCodeCheckChar } from '../../../../domain/ids/credit-code';
import { maskCreditCode, maskName, maskPhone, maskResidentId } from '../../../../domain/ids/mask';
import { residentIdCheckChar } from '../../../../domain/ids/resident-id';
import { assertProperty } from '../../../support/property';

const digits = (n: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['王小明', '王**'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳锋', '欧阳*'],
    ['司马相如', '司马**'],
    ['诸葛亮', '诸葛*'],
    ['长孙无忌', '长孙**'],
    ['买买提·艾力', '买*****'],
    ['John Smith', 'J*********'],
    ['ａｌｉｃｅ', 'a****'],
  ])('masks %s as %s', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });

  it('treats a two-character name that is a compound surname as surname plus one', () => {
    expect(maskName('欧阳')).toBe('欧*');
  });

  it('stars a one-character entry so it never shows in full', () => {
    expect(maskName('张')).toBe('张*');
    expect(maskName('A')).toBe('A*');
  });

  it('returns empty for empty or blank input', () => {
    expect(maskName('')).toBe('');
    expect(maskName('  　')).toBe('');
  });

  it('trims surrounding spaces before masking', () => {
    expect(maskName('  李四 ')).toBe('李*');
  });

  it('counts characters outside the BMP as one', () => {
    expect(maskName('𠀀𠀁𠀂')).toBe('𠀀**');
  });

  it('shows at most the surname of any name', () => {
    assertProperty(
      fc.property(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }), (name) => {
        const masked = maskName(name);
        const visible = masked.replace(/\*+$/, '');
        return masked === '' || (masked.endsWith('*') && Array.from(visible).length <= 2);
      }),
    );
  });
});

describe('maskPhone', () => {
  it.each([
    ['13812341234', '138****1234'],
    ['+86 138 1234 1234', '138****1234'],
    ['１３８１２３４１２３４', '138****1234'],
    ['023-65012345', '023-****2345'],
    ['(023)65012345', '023-****2345'],
    ['0812-2345678', '0812-****678'],
    ['400-810-8888', '400-***-8888'],
  ])('masks %s as %s', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });

  it('returns empty for empty input', () => {
    expect(maskPhone('')).toBe('');
  });

  it('stars a short unparseable value completely', () => {
    expect(maskPhone('1398300')).toBe('*******');
    expect(maskPhone('abc')).toBe('***');
  });

  it('keeps only the last two characters of a long unparseable value', () => {
    expect(maskPhone('12345678901234')).toBe('************34');
  });

  it('never shows the middle four digits of a mobile', () => {
    const mobile = fc.tuple(fc.integer({ min: 3, max: 9 }), digits(9)).map(([second, rest]) => `1${second}${rest}`);
    assertProperty(
      fc.property(mobile, (m) => {
        const masked = maskPhone(m);
        return masked.slice(3, 7) === '****' && masked.replace(/\*/g, '') === m.slice(0, 3) + m.slice(7);
      }),
    );
  });

  it('never shows the first half of a Chongqing landline local number', () => {
    const landline = fc.tuple(fc.integer({ min: 2, max: 9 }), digits(7)).map(([first, rest]) => `023${first}${rest}`);
    assertProperty(fc.property(landline, (l) => maskPhone(l) === `023-****${l.slice(-4)}`));
  });
});

describe('maskResidentId', () => {
  it('keeps the first four and the last two of 500101199001011234', () => {
    expect(maskResidentId('500101199001011234')).toBe('5001**********34');
  });

  it('upper-cases a trailing x', () => {
    expect(maskResidentId('11010519491231002x')).toBe('1101**********2X');
  });

  it('masks a 15-digit old number to the same fixed width, hiding which kind it is', () => {
    expect(maskResidentId('500101900101123')).toBe('5001**********23');
  });

  it('returns empty for empty input and stars short input completely', () => {
    expect(maskResidentId('')).toBe('');
    expect(maskResidentId('5001')).toBe('****');
  });

  it('keeps only the last two characters of other long input', () => {
    expect(maskResidentId('5001011990010')).toBe('***********10');
  });

  it('never shows the birth date or sequence of a generated number', () => {
    const id = fc.tuple(digits(6), digits(8), digits(3)).map(([r, b, s]) => r + b + s + residentIdCheckChar(r + b + s));
    assertProperty(
      fc.property(id, (n) => {
        const masked = maskResidentId(n);
        return (
          masked.slice(4, 14) === '*'.repeat(10) &&
          masked.length === 16 &&
          masked.replace(/\*/g, '') === n.slice(0, 4) + n.slice(16)
        );
      }),
    );
  });
});

describe('maskCreditCode', () => {
  it('keeps authority, category, division and the last two', () => {
    expect(maskCreditCode('91500106MA5YH2L8QN')).toBe('91500106********QN');
  });

  it('normalises before masking', () => {
    expect(maskCreditCode('91500106 ma5yh2l8qn')).toBe('91500106********QN');
  });

  it('hides the organisation code of any 18-character code', () => {
    const code = fc
      .array(fc.constantFrom(...Array.from(CREDIT_CODE_CHARSET)), { minLength: 9, maxLength: 9 })
      .map((a) => '91500106' + a.join(''))
      .map((first17) => first17 + creditCodeCheckChar(first17));
    assertProperty(fc.property(code, (c) => maskCreditCode(c) === `${c.slice(0, 8)}********${c.slice(16)}`));
  });

  it('stars short input completely', () => {
    expect(maskCreditCode('9150')).toBe('****');
    expect(maskCreditCode('')).toBe('');
  });
});

describe('every mask is total', () => {
  it('returns a string for any input and never the input itself when it has two or more characters', () => {
    assertProperty(
      fc.property(fc.string({ unit: 'grapheme', minLength: 2, maxLength: 30 }), (s) => {
        fc.pre(s.trim().length >= 2 && !s.includes('*'));
        return [maskName(s), maskPhone(s), maskResidentId(s), maskCreditCode(s)].every(
          (m) => typeof m === 'string' && m !== s && m.includes('*'),
        );
      }),
    );
  });
});
