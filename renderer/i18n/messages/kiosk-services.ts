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
  'kiosk.register.consentTitle': { zh: '个人信息告知', en: 'How we use your details' },
  'kiosk.register.agree': { zh: '我已阅读并同意', en: 'I have read this and agree' },
  'kiosk.register.version': { zh: '告知书版本：{version}', en: 'Notice version: {version}' },
  'kiosk.register.phone': { zh: '手机号码', en: 'Mobile number' },
  'kiosk.register.name': { zh: '姓名', en: 'Name' },
  'kiosk.register.work': { zh: '想做的活和时间地点', en: 'Work, days and areas' },
  'kiosk.register.pay': { zh: '期望工资', en: 'Expected pay' },
  'kiosk.register.method': { zh: '结算方式', en: 'Paid' },
  'kiosk.register.id': { zh: '身份证号码（可不填）', en: 'ID number (optional)' },
  'kiosk.register.idHint': {
    zh: '身份证号码可以不填。填了可以在窗口更快办理。',
    en: 'The ID number is optional. With it, the window can serve you faster.',
  },
  'kiosk.register.review': { zh: '请核对', en: 'Please check' },
  'kiosk.register.days': { zh: '哪几天能干活', en: 'Days you can work' },
  'kiosk.register.dayPart': { zh: '什么时间', en: 'What time of day' },
  'kiosk.register.part.any': { zh: '都可以', en: 'Any time' },
  'kiosk.register.part.morning': { zh: '上午', en: 'Morning' },
  'kiosk.register.part.afternoon': { zh: '下午', en: 'Afternoon' },
  'kiosk.register.part.evening': { zh: '晚上', en: 'Evening' },
  'kiosk.register.areas': { zh: '想去哪些区县', en: 'Districts you will work in' },
  'kiosk.register.perDay': { zh: '每天 {amount} 元以上', en: '¥{amount}+ a day' },
  'kiosk.register.any': { zh: '都可以', en: 'Any' },
  'kiosk.register.none': { zh: '未填', en: 'Not given' },
  'kiosk.register.change': { zh: '修改', en: 'Change' },
  'kiosk.register.next': { zh: '下一步', en: 'Next' },
  'kiosk.register.previous': { zh: '上一题', en: 'Previous question' },
  'kiosk.register.skip': { zh: '不填，下一步', en: 'Skip' },
  'kiosk.register.submit': { zh: '确认登记', en: 'Register' },
  'kiosk.register.saving': { zh: '正在保存…', en: 'Saving…' },
  'kiosk.register.pad': { zh: '数字键盘', en: 'Digit pad' },
  'kiosk.register.delete': { zh: '删除一位', en: 'Delete one' },
  'kiosk.register.candidates': { zh: '候选汉字', en: 'Characters' },
  'kiosk.register.letters': { zh: '拼音键盘', en: 'Pinyin keyboard' },
  'kiosk.register.problem.consent': {
    zh: '请先勾选“我已阅读并同意”。不同意也可以直接去窗口办理。',
    en: 'Please tick “I agree” first. If you do not agree, a service window can help you.',
  },
  'kiosk.register.problem.phone': {
    zh: '请输入 11 位手机号码，以 1 开头。',
    en: 'Please enter an 11-digit mobile number starting with 1.',
  },
  'kiosk.register.problem.name': {
    zh: '请用拼音键盘输入姓名：先按拼音，再点上面的汉字。',
    en: 'Type your name in pinyin, then tap the characters above the keyboard.',
  },
  'kiosk.register.problem.id': {
    zh: '身份证号码不对，请检查，或者全部删除后不填。',
    en: 'That ID number is not valid. Check it, or delete it and skip.',
  },
  'kiosk.register.problem.save': {
    zh: '没有保存成功，请重试或呼叫工作人员。',
    en: 'It could not be saved. Try again or call staff.',
  },
  'kiosk.register.done': { zh: '登记成功', en: 'You are registered' },
  'kiosk.register.doneText': {
    zh: '有合适的活，工作人员会打电话给您。您的信息送到服务器后，本机不再保留。',
    en: 'Staff will call you when a job fits. Once your details reach the server, this kiosk keeps none of them.',
  },
  'kiosk.register.qr': { zh: '手机扫码，查看登记是否已送达', en: 'Scan to see that your registration has arrived' },
  'kiosk.register.qrAlt': { zh: '登记状态二维码', en: 'QR code of your registration status' },
});
