// Strings of the display screens.
import { defineMessages } from '../define';

export const display = defineMessages({
  'display.title': { zh: '信息发布大屏', en: 'Lobby display' },
  'display.nowCalling': { zh: '正在叫号', en: 'Now calling' },
  'display.callWindow': { zh: '{window} 号窗口', en: 'Window {window}' },
  'display.callLine': {
    zh: '请 {number} 号 到 {window} 号窗口 办理',
    en: 'Ticket {number}, please go to window {window}',
  },
  'display.recall': { zh: '重呼', en: 'again' },
  'display.noCalls': { zh: '暂无叫号', en: 'No calls yet' },
  'display.recentCalls': { zh: '最近叫号', en: 'Recent calls' },
  'display.waiting.title': { zh: '等候人数', en: 'Waiting' },
  'display.waiting.lane': { zh: '{lane} 队列', en: 'Lane {lane}' },
  'display.waiting.count': { zh: '{count} 人等候', en: '{count} waiting' },
  'display.rule.title': { zh: '叫号规则', en: 'How tickets are called' },
  'display.jobs.page': { zh: '第 {page}/{pages} 页', en: 'Page {page} of {pages}' },
  'display.events.title': { zh: '近期专场招聘', en: 'Upcoming job fairs' },
  'display.events.none': { zh: '暂无专场招聘', en: 'No job fairs scheduled' },
  'display.events.venue': { zh: '地点：{venue}', en: 'Venue: {venue}' },
  'display.ticker.label': { zh: '通知公告', en: 'Notices' },
  'display.age.updated': { zh: '数据更新于 {ago}', en: 'Data updated {ago}' },
  'display.age.justNow': { zh: '刚刚', en: 'just now' },
  'display.age.minutes': { zh: '{count} 分钟前', en: '{count} min ago' },
  'display.age.hours': { zh: '{count} 小时前', en: '{count} h ago' },
  'display.age.never': { zh: '尚未与服务器同步', en: 'Not yet synced with the server' },
  'display.age.offline': {
    zh: '网络已中断 {minutes} 分钟，显示的信息可能不是最新',
    en: 'Offline for {minutes} min: what is shown may be out of date',
  },
  'display.sound.enable': { zh: '点击启用声音', en: 'Click to enable sound' },
});
