import { describe, expect, it } from 'vitest';
import {
  DISTRICTS,
  FORMER_DISTRICTS,
  LIANGJIANG_CODE,
  districtByCode,
  isCurrentDistrict,
  resolveDistrict,
} from '../../../../domain/reference/districts';

describe('DISTRICTS', () => {
  it('lists the 37 county-level units in force since 2025-11-06', () => {
    expect(DISTRICTS).toHaveLength(37);
  });

  it('counts 25 districts (including 两江新区), 8 counties and 4 autonomous counties', () => {
    const count = (kind: string) => DISTRICTS.filter((d) => d.kind === kind).length;
    expect([count('district'), count('county'), count('autonomous_county')]).toEqual([25, 8, 4]);
  });

  it('has unique codes, names and short names', () => {
    for (const key of ['code', 'name', 'shortName', 'nameEn'] as const) {
      expect(new Set(DISTRICTS.map((d) => d[key])).size).toBe(DISTRICTS.length);
    }
  });

  it('has unique English first words, which resolveDistrict accepts on their own', () => {
    const firstWords = DISTRICTS.map((d) => d.nameEn.split(' ')[0]?.toLowerCase());
    expect(new Set(firstWords).size).toBe(DISTRICTS.length);
  });

  it('uses six-digit Chongqing codes, 5001xx for districts and 5002xx for counties', () => {
    for (const d of DISTRICTS) {
      expect(d.code).toMatch(d.kind === 'district' ? /^5001\d\d$/ : /^5002\d\d$/);
    }
  });

  it('names each unit with the suffix of its kind', () => {
    for (const d of DISTRICTS) {
      const suffix = { district: /区$/, county: /县$/, autonomous_county: /自治县$/ }[d.kind];
      expect(d.name).toMatch(suffix);
    }
  });

  it('no longer contains 江北区 or 渝北区, and contains 两江新区', () => {
    const names = DISTRICTS.map((d) => d.name);
    expect(names).not.toContain('江北区');
    expect(names).not.toContain('渝北区');
    expect(names).toContain('两江新区');
  });

  it('marks 两江新区 as the only project-assigned code', () => {
    expect(DISTRICTS.filter((d) => d.codeSource === 'local').map((d) => d.code)).toEqual([LIANGJIANG_CODE]);
  });

  it('keeps the well-known national codes', () => {
    expect(resolveDistrict('渝中区')?.code).toBe('500103');
    expect(resolveDistrict('沙坪坝区')?.code).toBe('500106');
    expect(resolveDistrict('彭水苗族土家族自治县')?.code).toBe('500243');
  });
});

describe('FORMER_DISTRICTS', () => {
  it('maps 江北区 and 渝北区 to 两江新区 from 2025-11-06', () => {
    expect(FORMER_DISTRICTS.map((f) => [f.name, f.successorCode, f.replacedOn])).toEqual([
      ['江北区', LIANGJIANG_CODE, '2025-11-06'],
      ['渝北区', LIANGJIANG_CODE, '2025-11-06'],
    ]);
  });

  it('points every former unit at a current one, by name and by code', () => {
    for (const f of FORMER_DISTRICTS) {
      expect(isCurrentDistrict(f.successorCode)).toBe(true);
      expect(resolveDistrict(f.name)?.code).toBe(f.successorCode);
      expect(resolveDistrict(f.shortName)?.code).toBe(f.successorCode);
      expect(resolveDistrict(f.nameEn)?.code).toBe(f.successorCode);
      expect(districtByCode(f.code)?.code).toBe(f.successorCode);
    }
  });

  it('shares no code or name with a current unit', () => {
    for (const f of FORMER_DISTRICTS) {
      expect(DISTRICTS.some((d) => d.code === f.code || d.name === f.name || d.shortName === f.shortName)).toBe(false);
    }
  });
});

describe('resolveDistrict', () => {
  it('resolves every current unit by full name, short name, English name and code', () => {
    for (const d of DISTRICTS) {
      const expected = { code: d.code, name: d.name };
      expect(resolveDistrict(d.name)).toEqual(expected);
      expect(resolveDistrict(d.nameEn)).toEqual(expected);
      expect(resolveDistrict(d.shortName)).toEqual(expected);
      expect(resolveDistrict(d.code)).toEqual(expected);
    }
  });

  it.each([
    ['沙坪坝', '沙坪坝区'],
    ['重庆市沙坪坝区', '沙坪坝区'],
    ['重庆沙坪坝', '沙坪坝区'],
    [' 沙坪坝区 ', '沙坪坝区'],
    ['沙 坪 坝', '沙坪坝区'],
    ['重庆市江北区', '两江新区'],
    ['渝北', '两江新区'],
    ['500112', '两江新区'],
    ['两江', '两江新区'],
    ['忠县', '忠县'],
    ['石柱县', '石柱土家族自治县'],
    ['秀山', '秀山土家族苗族自治县'],
    ['萬州區', '万州区'],
    ['重慶市九龍坡區', '九龙坡区'],
    ['兩江新區', '两江新区'],
    ['５００１０６', '沙坪坝区'],
    ['Shapingba', '沙坪坝区'],
    ['shapingba district', '沙坪坝区'],
    ['Chongqing Yuzhong District', '渝中区'],
    ["Nan'an", '南岸区'],
    ['Liangjiang New Area', '两江新区'],
    ['Pengshui Miao and Tujia Autonomous County', '彭水苗族土家族自治县'],
  ])('resolves %s to %s', (input, name) => {
    expect(resolveDistrict(input)?.name).toBe(name);
  });

  it.each(['', '重庆', '重庆市', '忠', '成都市武侯区', '江北新区', '500100', '500199x', 'district', 'shapingbaqu'])(
    'returns null for %s',
    (input) => {
      expect(resolveDistrict(input)).toBeNull();
    },
  );
});

describe('districtByCode and isCurrentDistrict', () => {
  it('returns the full record for a current code', () => {
    expect(districtByCode('500106')).toMatchObject({
      shortName: '沙坪坝',
      nameEn: 'Shapingba District',
      kind: 'district',
    });
  });

  it('returns null for an unknown code', () => {
    expect(districtByCode('510104')).toBeNull();
  });

  it('treats former codes as not current, current codes as current', () => {
    expect(isCurrentDistrict('500105')).toBe(false);
    expect(isCurrentDistrict('500112')).toBe(false);
    expect(isCurrentDistrict('500106')).toBe(true);
    expect(isCurrentDistrict(LIANGJIANG_CODE)).toBe(true);
    expect(isCurrentDistrict('沙坪坝区')).toBe(false);
  });
});
