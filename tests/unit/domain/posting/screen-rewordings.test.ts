// Each blocking rule against its wording family: the rewordings a poster outside the project
// uses (synonyms, word order, numbers as Chinese numerals or digits), and a corpus of clean
// postings that share those words without the limit. The rates are the ones issue 14 set.

import { describe, expect, it } from 'vitest';
import { screenPosting } from '../../../../domain/posting/screen';
import { cleanPosting } from '../../../fixtures/postings/clean-posting';

const screen = (content: string) => screenPosting(cleanPosting({ content }));
const fires = (content: string, code: string) => screen(content).findings.some((f) => f.code === code);

// An ID card "kept for the employee" is still withheld (劳动合同法第九条).
const DOCUMENTS_KEPT = [
  '身份证由公司代为保管',
  '入职后身份证交公司保管',
  '员工身份证原件公司代为保管，离职归还',
  '身份证原件由公司统一保管',
  '身份证需留在厂里保管',
  '入职时身份证原件交人事保管',
  '公司为员工保管身份证',
  '身份证帮员工保管',
  '身份证替员工保管到离职',
  '身份证暂存公司',
  '身份证押在老板处',
  '身份证入职后上交，离职退还',
  '身份证原件公司收存',
  '试用期间身份证由公司保存',
  '员工的身份证公司代管',
  '证件统一由人事部保管',
  '身份证原件须交给主管保管',
  '毕业证书原件入职后放在公司',
];

// A hukou limit naming a city or district rather than 本地/外地.
const CITY_HUKOU = [
  '限重庆户籍',
  '仅招成都户口',
  '需重庆市户口',
  '只招渝中区户籍',
  '限成都籍',
  '须持有重庆户口',
  '户口须为重庆市',
  '户籍限成都市',
  '万州户口的优先录用',
  '限万州区户籍人员',
  '只收广州户口',
  '要求具有重庆市城镇户口',
  '沙坪坝户籍优先',
  '江北区户口者不要',
  '户籍要求：九龙坡区',
  '仅限长寿区户籍',
];

// A minimum age under 16 however the floor is written; the number is compared, not the string.
const MINIMUM_UNDER_16 = [
  '15岁以上',
  '十五岁以上',
  '年龄15岁以上',
  '年龄：14岁以上',
  '年龄在15岁以上',
  '15周岁（含）以上',
  '15岁(含)以上',
  '15岁或以上',
  '14岁以上均可',
  '年满15岁即可',
  '要求15岁以上，男女不限',
  '15岁起',
  '年龄不低于15岁',
  '年龄≥15岁',
  '招15岁以上暑假工',
  '15岁及以上',
  '十四周岁以上都可以',
  '年龄15-40岁',
  '15至45周岁',
  '最低十五周岁',
];

// Clean postings that share the rules' words without the limit: none may be blocked.
const CLEAN = [
  '身份证复印件交人事存档',
  '请妥善保管好您的身份证',
  '身份证自行保管，公司只核对原件',
  '公司不扣押身份证',
  '身份证原件核验后当场归还',
  '入职请携带身份证原件及复印件',
  '宿舍钥匙由公司保管',
  '贵重物品请自行保管',
  '身份证号码仅用于办理社保',
  '户籍不限',
  '户口不限，欢迎外地朋友',
  '需提供户口本复印件办理入职',
  '工作地点：重庆市渝北区',
  '长寿区户外拓展基地招教练',
  '江北区观音桥商圈招店员',
  '成都分公司招销售',
  '年满18周岁',
  '16岁以上',
  '十六周岁以上',
  '年龄16-55岁',
  '年龄不低于18岁',
  '18岁起',
  '照看15岁以下儿童',
  '辅导14岁以上的学生数学',
  '本地外地均可',
];

const families: readonly (readonly [code: string, wordings: readonly string[]])[] = [
  ['documents.withheld', DOCUMENTS_KEPT],
  ['origin.exclusion', CITY_HUKOU],
  ['child-labour.minimum-age', MINIMUM_UNDER_16],
];

describe('screener wording families', () => {
  for (const [code, wordings] of families) {
    it.each(wordings)(`${code} blocks "%s"`, (wording) => {
      const result = screen(wording);
      expect(result.findings.find((f) => f.code === code)?.verdict).toBe('block');
    });
  }

  it.each(CLEAN)('blocks nothing in the clean "%s"', (wording) => {
    const blocking = screen(wording).findings.filter((f) => f.verdict === 'block');
    expect(blocking.map((f) => f.code)).toEqual([]);
  });

  it('blocks at least 95% of the rewordings and none of the clean corpus', () => {
    const all = families.flatMap(([code, wordings]) => wordings.map((w) => [code, w] as const));
    const blocked = all.filter(([code, w]) => fires(w, code)).length;
    expect(blocked / all.length).toBeGreaterThanOrEqual(0.95);
    expect(CLEAN.filter((w) => screen(w).findings.some((f) => f.verdict === 'block'))).toEqual([]);
  });

  it('compares the age as a number: 大于15岁 and 16岁以上 are at the legal floor, 十五岁以上 below it', () => {
    expect(fires('十五岁以上', 'child-labour.minimum-age')).toBe(true);
    expect(fires('16岁以上', 'child-labour.minimum-age')).toBe(false);
    expect(fires('年龄大于15岁', 'child-labour.minimum-age')).toBe(false);
    expect(fires('年龄不低于十六岁', 'child-labour.minimum-age')).toBe(false);
  });

  it('does not read 不低于 as an upper age limit', () => {
    expect(fires('年龄不低于20岁', 'age.maximum')).toBe(false);
    expect(fires('年龄低于40岁', 'age.maximum')).toBe(true);
  });
});
