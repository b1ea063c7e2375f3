// 一次性告知 (第十二条(一)): when materials are missing the seeker is told
// everything missing at once, in writing, so nobody comes back twice for the
// same service. The checklists are a market setting; these are the defaults,
// from the Chongqing one-stop service guides for each matter.
import type { Problem } from '../ids/problem';

export const NOTICE_MATTERS = [
  'job-seeker-registration',
  'employer-registration',
  'employment-registration',
  'unemployment-registration',
  'flexible-social-insurance-subsidy',
  'startup-guaranteed-loan',
] as const;
export type NoticeMatter = (typeof NOTICE_MATTERS)[number];

export interface MaterialsChecklist {
  readonly matter: string;
  readonly label: Problem;
  readonly items: readonly string[];
}

export const DEFAULT_CHECKLISTS: readonly MaterialsChecklist[] = [
  {
    matter: 'job-seeker-registration',
    label: { zh: '求职登记', en: 'Job-seeker registration' },
    items: ['居民身份证（或社会保障卡）原件', '本人联系电话', '学历或职业资格证书（如有）'],
  },
  {
    matter: 'employer-registration',
    label: { zh: '用工登记', en: 'Employer registration' },
    items: [
      '营业执照副本或复印件（个人雇主提供身份证）',
      '经办人身份证',
      '岗位需求信息（工种、人数、薪酬、地点、时长）',
      '单位联系电话',
    ],
  },
  {
    matter: 'employment-registration',
    label: { zh: '就业登记', en: 'Employment registration' },
    items: ['居民身份证（或社会保障卡）', '劳动合同或用工证明', '用人单位营业执照复印件'],
  },
  {
    matter: 'unemployment-registration',
    label: { zh: '失业登记', en: 'Unemployment registration' },
    items: ['居民身份证（或社会保障卡）', '解除或终止劳动关系证明', '本人近期一寸照片'],
  },
  {
    matter: 'flexible-social-insurance-subsidy',
    label: { zh: '灵活就业人员社保补贴', en: 'Social-insurance subsidy for flexible workers' },
    items: [
      '居民身份证（或社会保障卡）',
      '就业困难人员认定证明',
      '灵活就业登记证明',
      '社会保险缴费凭证',
      '本人银行卡（一类账户）',
    ],
  },
  {
    matter: 'startup-guaranteed-loan',
    label: { zh: '创业担保贷款', en: 'Start-up guaranteed loan' },
    items: ['居民身份证', '营业执照', '创业项目计划书', '户口簿或居住证', '婚姻状况证明', '经营场所租赁合同或产权证明'],
  },
];

/** The market's checklist for a matter: its own when it configured one, the default otherwise. */
export function checklistFor(
  matter: string,
  marketLists: readonly MaterialsChecklist[] = [],
): MaterialsChecklist | undefined {
  return marketLists.find((l) => l.matter === matter) ?? DEFAULT_CHECKLISTS.find((l) => l.matter === matter);
}

export interface NoticeParty {
  readonly marketName: string;
  readonly address: string;
  readonly hours: string;
  readonly phone: string;
  /** 首问负责: who served and owns the matter. */
  readonly staffName: string;
  readonly staffNo: string;
  readonly day: string;
}

export interface OneTimeNotice {
  readonly title: string;
  readonly matter: string;
  readonly missing: readonly string[];
  readonly party: NoticeParty;
}

/** The notice for the items ticked missing, in checklist order; throws when nothing is missing, which would be no notice at all. */
export function buildNotice(list: MaterialsChecklist, missing: readonly string[], party: NoticeParty): OneTimeNotice {
  const wanted = new Set(missing);
  const ordered = [...list.items.filter((i) => wanted.has(i)), ...missing.filter((m) => !list.items.includes(m))];
  const unique = [...new Set(ordered.map((m) => m.trim()).filter((m) => m !== ''))];
  if (unique.length === 0)
    throw new RangeError('一次性告知须列出所缺材料 / a one-time notice lists at least one missing item');
  return { title: `一次性告知书（${list.label.zh}）`, matter: list.matter, missing: unique, party };
}

/** The notice as lines of text, shared by the 80 mm slip and the A4 view so they say the same. */
export function noticeLines(n: OneTimeNotice): string[] {
  return [
    n.title,
    `您办理的“${n.title.slice(6, -1)}”尚缺以下材料，现一次性告知：`,
    ...n.missing.map((m, i) => `${i + 1}. ${m}`),
    '材料备齐后可到任一窗口办理，无需重新排队说明。',
    n.party.marketName,
    `地址：${n.party.address}`,
    `时间：${n.party.hours}`,
    `电话：${n.party.phone}`,
    `首问负责人：${n.party.staffName}（工号 ${n.party.staffNo}）`,
    `日期：${n.party.day}`,
  ];
}
