// Strings of the kiosk's part-2 screens: 为你推荐, 求职登记, 服务评价, the
// information pages and the market directory.
import { defineMessages } from '../define';

export const kioskServices = defineMessages({
  'kiosk.recommend.heading': { zh: '为你推荐', en: 'Jobs for you' },
  'kiosk.recommend.intro': {
    zh: '点一下您想找的活，不用登记，不用留电话。',
    en: 'Tap the kind of work you want. No sign-up, no phone number needed.',
  },
  'kiosk.recommend.help': {
    zh: '为你推荐。点一下您想找的活，下面会列出合适的岗位和推荐理由。点“我要报名”取号，到窗口对接。',
    en: 'Jobs for you. Tap the kind of work you want; matching jobs appear below with the reasons. Tap “I want this job” to take a number.',
  },
  'kiosk.recommend.choose': { zh: '您想找什么活', en: 'What work do you want' },
  'kiosk.recommend.count': { zh: '为您找到 {count} 个合适的岗位', en: '{count} jobs fit' },
  'kiosk.recommend.none': {
    zh: '现在没有合适的岗位。可以换一类活，或者看全部岗位。',
    en: 'No job fits right now. Try another kind of work, or see every job.',
  },
  'kiosk.recommend.why': { zh: '推荐理由', en: 'Why this job' },
});
