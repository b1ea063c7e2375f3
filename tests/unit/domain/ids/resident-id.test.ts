import fc from 'fast-check';
import { assertProperty } from '../../../support/property';
import { describe, expect, it } from 'vitest';
import {
  isValidResidentId,
  parseResidentId,
  residentIdCheckChar,
  residentIdProblem,
} from '../../../../domain/ids/resident-id';

const TODAY = '2026-11-26';

/** A valid number from region, YYYYMMDD and a three-digit sequence. */
const make = (region: string, birth: string, seq: string): string => {
  const first17 = region + birth + seq;
  return first17 + residentIdCheckChar(first17);
};

const problemEn = (input: string, today = TODAY): string | undefined => residentIdProblem(input, today)?.en;

describe('parseResidentId: valid numbers', () => {
  it('parses region, birth date and sex digit', () => {
    expect(parseResidentId(make('500106', '19900101', '123'), TODAY)).toEqual({
      ok: true,
      id: { number: make('500106', '19900101', '123'), regionCode: '500106', birthDate: '1990-01-01', sexDigit: 3 },
    });
  });

  it('accepts the well-known sample 11010519491231002X', () => {
    const r = parseResidentId('11010519491231002X', TODAY);
    expect(r.ok && r.id.birthDate).toBe('1949-12-31');
    expect(r.ok && r.id.sexDigit).toBe(2);
  });

  it('accepts a lower-case x and returns it upper-case', () => {
    const r = parseResidentId('11010519491231002x', TODAY);
    expect(r.ok && r.id.number).toBe('11010519491231002X');
  });

  it('accepts full-width digits and spaces', () => {
    expect(isValidResidentId('１１０１０５ １９４９１２３１ ００２Ｘ', TODAY)).toBe(true);
  });

  it('accepts 29 February in a leap year, including 2000', () => {
    expect(isValidResidentId(make('500101', '19960229', '001'), TODAY)).toBe(true);
    expect(isValidResidentId(make('500101', '20000229', '001'), TODAY)).toBe(true);
  });

  it('accepts a birth date equal to today', () => {
    expect(isValidResidentId(make('500101', '20261126', '001'), TODAY)).toBe(true);
  });

  it('accepts the earliest allowed birth date, 1900-01-01', () => {
    expect(isValidResidentId(make('500101', '19000101', '001'), TODAY)).toBe(true);
  });

  it.each(['810000', '820000', '830000'])('accepts a residence permit with region %s', (region) => {
    expect(isValidResidentId(make(region, '19900101', '001'), TODAY)).toBe(true);
  });

  it('accepts a number whose check character is X and one whose check is 0', () => {
    const findCheck = (want: string): string => {
      for (let i = 0; i < 1000; i++) {
        const id = make('500101', '19900101', String(i).padStart(3, '0'));
        if (id.endsWith(want)) return id;
      }
      throw new Error(`no sequence gives check ${want}`);
    };
    expect(isValidResidentId(findCheck('X'), TODAY)).toBe(true);
    expect(isValidResidentId(findCheck('0'), TODAY)).toBe(true);
  });
});

describe('parseResidentId: problems', () => {
  it('asks for input when empty', () => {
    expect(residentIdProblem('', TODAY)?.zh).toBe('请输入身份证号码');
  });

  it('explains that 15-digit numbers are retired', () => {
    expect(residentIdProblem('500101900101123', TODAY)?.zh).toContain('15 位旧号码已停用');
  });

  it.each(['5001011990010112', '5001011990010112345'])('names the wrong length of %s', (input) => {
    expect(problemEn(input)).toBe(`an ID card number has 18 characters, not ${input.length}`);
  });

  it.each(['50010119900101123A', 'X00101199001011234', '5001011990O1011234'])('rejects letters in %s', (input) => {
    expect(problemEn(input)).toBe('an ID card number is digits only, the last may be X');
  });

  it.each(['000101', '990101', '200101', '700101'])('rejects region %s', (region) => {
    expect(problemEn(make(region, '19900101', '123'))).toBe('the first 6 digits are not a region code');
  });

  it.each(['19900230', '19900231', '19900431', '19901301', '19900001', '19900100', '19000229', '21000229', '19970229'])(
    'rejects the impossible birth date %s',
    (birth) => {
      expect(problemEn(make('500101', birth, '123'))).toBe('digits 7–14 are not a real date of birth');
    },
  );

  it('rejects a birth date before 1900', () => {
    expect(problemEn(make('500101', '18991231', '123'))).toBe('the date of birth is before 1900');
  });

  it('rejects a birth date after today', () => {
    expect(problemEn(make('500101', '20261127', '123'))).toBe('the date of birth is after today');
    expect(problemEn(make('500101', '20300101', '123'))).toBe('the date of birth is after today');
  });

  it('judges the future against the today it is given, not the machine clock', () => {
    const id = make('500101', '20261127', '123');
    expect(isValidResidentId(id, '2026-11-26')).toBe(false);
    expect(isValidResidentId(id, '2026-11-27')).toBe(true);
  });

  it('rejects a wrong check character', () => {
    expect(residentIdProblem('110105194912310021', TODAY)?.zh).toBe('校验码错误，请核对后重新输入');
    expect(isValidResidentId('110105194912310020', TODAY)).toBe(false);
  });

  it('refuses a malformed today, which is a programming error', () => {
    expect(() => parseResidentId('11010519491231002X', '2026/11/26')).toThrow(RangeError);
    expect(() => parseResidentId('11010519491231002X', '2026-02-30')).toThrow(RangeError);
  });

  it('never repeats the number in a problem message', () => {
    const input = '500101199002301234';
    const p = residentIdProblem(input, TODAY);
    expect(p).not.toBeNull();
    expect(`${p?.zh}${p?.en}`).not.toContain('19900230');
  });
});

describe('generated numbers', () => {
  const birth = fc
    .date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2026, 10, 26)), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const region = fc.constantFrom('500101', '500106', '500243', '110105', '440305', '540102', '650102');
  const seq = fc.integer({ min: 0, max: 999 }).map((n) => String(n).padStart(3, '0'));

  it('round-trip: a generated valid number parses back to its parts', () => {
    assertProperty(
      fc.property(region, birth, seq, (r, b, s) => {
        const id = make(r, b.replaceAll('-', ''), s);
        const parsed = parseResidentId(id, TODAY);
        return (
          parsed.ok &&
          parsed.id.number === id &&
          parsed.id.regionCode === r &&
          parsed.id.birthDate === b &&
          parsed.id.sexDigit === Number(s[2])
        );
      }),
    );
  });

  it('any single changed digit in the first 17 is caught', () => {
    assertProperty(
      fc.property(
        region,
        birth,
        seq,
        fc.integer({ min: 0, max: 16 }),
        fc.integer({ min: 1, max: 9 }),
        (r, b, s, i, d) => {
          const id = make(r, b.replaceAll('-', ''), s);
          const changed = id.slice(0, i) + String((Number(id[i]) + d) % 10) + id.slice(i + 1);
          return !isValidResidentId(changed, TODAY);
        },
      ),
    );
  });
});
