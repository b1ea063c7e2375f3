// The privacy notice a seeker agrees to when registering (PIPL 第十三、十七条;
// DESIGN §5). The text a seeker is shown and the version put on the record
// come from this one table, so the record always says which words were agreed
// to. A new wording is a new version; old versions stay listed so records
// made under them stay valid, and only the current one may be agreed to now.
export interface ConsentNotice {
  readonly version: string;
  /** First day this wording is shown, YYYY-MM-DD. */
  readonly from: string;
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

export const CONSENT_NOTICES: readonly ConsentNotice[] = [
  {
    version: '2026-11-v1',
    from: '2026-11-01',
    zh: [
      '为了给您推荐零工岗位并联系您，本零工市场将收集：姓名、手机号码、会做的工种和技能、能工作的时间、想去的区域、期望工资；身份证号码可以不填。',
      '我们不会询问婚育、民族、宗教等与找工作无关的信息。',
      '您的信息只保存在本市零工市场服务系统中，用于岗位推荐和就业服务，不会提供给无关的第三方。自助机在信息送达服务器后立即删除本机上的记录。',
      '您可以随时到服务窗口查询、更正或删除您的信息，也可以撤回同意。',
    ],
    en: [
      'To recommend gig jobs and contact you, this gig market collects: your name, mobile number, trades and skills, when you can work, the areas you will work in and the pay you expect; the ID number is optional.',
      'We never ask about marriage or children, ethnicity or religion.',
      "Your details are kept only in the city's gig-market service system, used for job matching and employment services, and never given to unrelated third parties. The kiosk deletes its copy as soon as the server has it.",
      'At any service window you can see, correct or delete your details, or withdraw your consent.',
    ],
  },
];

/** The notice shown today: the latest whose `from` has come. */
export function currentNotice(today: string): ConsentNotice {
  let current: ConsentNotice | undefined;
  for (const n of CONSENT_NOTICES) if (n.from <= today && (current === undefined || n.from > current.from)) current = n;
  const fallback = CONSENT_NOTICES[0];
  if (current === undefined && fallback === undefined) throw new Error('no consent notice defined');
  return current ?? (fallback as ConsentNotice);
}

export type ConsentVerdict = 'ok' | 'unknown_version' | 'outdated_version' | 'not_ticked';

/**
 * Whether a registration's consent may be stored today: the seeker ticked
 * the box themselves, and the version is the one shown today (a kiosk that
 * kept an old screen open past a new wording must show the new one).
 */
export function checkConsent(
  consent: { readonly ticked: boolean; readonly version: string },
  today: string,
): ConsentVerdict {
  if (!CONSENT_NOTICES.some((n) => n.version === consent.version)) return 'unknown_version';
  if (!consent.ticked) return 'not_ticked';
  return currentNotice(today).version === consent.version ? 'ok' : 'outdated_version';
}

/** A stored record's version: any version ever shown is valid on a record. */
export function isKnownVersion(version: string): boolean {
  return CONSENT_NOTICES.some((n) => n.version === version);
}
