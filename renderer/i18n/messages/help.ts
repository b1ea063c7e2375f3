// Strings of "呼叫工作人员": the kiosk's side (what the seeker is told at each
// step) and the windows' alert.
import { defineMessages } from '../define';

export const help = defineMessages({
  'help.kiosk.sending': { zh: '正在呼叫工作人员……', en: 'Calling staff…' },
  'help.kiosk.awaiting': {
    zh: '正在把您的求助发送到服务窗口，请稍候。',
    en: 'Sending your request to the service windows. Please wait.',
  },
  'help.kiosk.delivered': {
    zh: '您的求助已送达服务窗口，正在等待工作人员响应，请在此稍候。',
    en: 'Your request has reached the service windows. Please wait here for a member of staff to answer.',
  },
  'help.kiosk.coming': {
    zh: '{window} 号窗口的工作人员（工号 {staffNo}）正在赶来，请在此稍候。',
    en: 'A member of staff from window {window} (badge {staffNo}) is on the way. Please wait here.',
  },
  'help.kiosk.notSent': {
    zh: '呼叫没有发送出去（本机暂时连不上服务器）。工作人员不知道您在等候，请直接到服务窗口找工作人员。',
    en: 'The call could not be sent (this kiosk cannot reach the server). Staff do not know you are waiting: please go to a service window.',
  },
  'help.kiosk.refused': {
    zh: '呼叫没有被服务器接受。工作人员不知道您在等候，请直接到服务窗口找工作人员。',
    en: 'The server did not accept the call. Staff do not know you are waiting: please go to a service window.',
  },
  'help.kiosk.writeFailed': {
    zh: '本机出现故障，呼叫没有发出。请直接到服务窗口找工作人员。',
    en: 'This kiosk has a fault and the call was not sent. Please go to a service window.',
  },
  'help.kiosk.cancel': { zh: '不需要了', en: 'Cancel the call' },
  'help.kiosk.close': { zh: '知道了', en: 'OK' },
  'help.kiosk.defaultLabel': { zh: '自助查询机', en: 'Kiosk' },
  'help.screen.home': { zh: '首页', en: 'home screen' },
  'help.screen.ticket': { zh: '取号', en: 'taking a number' },
  'help.screen.jobs': { zh: '找工作', en: 'job search' },
  'help.caller.title': { zh: '求助', en: 'Help requests' },
  'help.caller.request': {
    zh: '{kiosk}有人需要帮助（{screen}，{time}）',
    en: 'Someone at {kiosk} needs help ({screen}, {time})',
  },
  'help.caller.take': { zh: '我去处理', en: "I'll go" },
  'help.caller.takenByMe': { zh: '您已接手，请前往{kiosk}', en: 'You took this: please go to {kiosk}' },
  'help.caller.takenByOther': {
    zh: '{window} 号窗口（工号 {staffNo}）已去处理',
    en: 'Window {window} (badge {staffNo}) is handling it',
  },
  'help.caller.takeFailed': { zh: '没有记下：{detail}', en: 'Not recorded: {detail}' },
});
