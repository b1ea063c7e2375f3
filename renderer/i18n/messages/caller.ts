// Strings of the caller screens: login, the window's calling flow, today's figures.
import { defineMessages } from '../define';

export const caller = defineMessages({
  'caller.title': { zh: '窗口叫号', en: 'Window caller' },
  'caller.notEnrolled': {
    zh: '本机尚未注册，不能叫号。请联系管理员。',
    en: 'This terminal is not enrolled and cannot call. Call the administrator.',
  },

  'caller.login.heading': { zh: '工作人员登录', en: 'Staff login' },
  'caller.login.pickStaff': {
    zh: '请选择您的姓名（↑↓ 选择，回车确认）',
    en: 'Choose your name (↑↓ to move, Enter to choose)',
  },
  'caller.login.staffList': { zh: '本市场工作人员', en: 'Staff of this market' },
  'caller.login.noStaff': {
    zh: '本机还没有本市场的工作人员记录，请等待同步或联系管理员。',
    en: 'This terminal has no staff records of the market yet: wait for sync or call the administrator.',
  },
  'caller.login.pinFor': { zh: '{name}（{staffNo}），请输入 PIN', en: '{name} ({staffNo}), enter your PIN' },
  'caller.login.pin': { zh: 'PIN 码', en: 'PIN' },
  'caller.login.pinDigits': { zh: '已输入 {count} 位', en: '{count} digits entered' },
  'caller.login.pad': { zh: '数字键盘', en: 'Digit pad' },
  'caller.login.submit': { zh: '登录（回车）', en: 'Log in (Enter)' },
  'caller.login.backspace': { zh: '退格', en: 'Delete' },
  'caller.login.clear': { zh: '清空', en: 'Clear' },
  'caller.login.back': { zh: '重选人员（Esc）', en: 'Choose someone else (Esc)' },
  'caller.login.verifying': { zh: '正在验证…', en: 'Checking…' },
  'caller.login.wrongPin': {
    zh: 'PIN 不正确，还可尝试 {left} 次。',
    en: 'Wrong PIN: {left} attempts left.',
  },
  'caller.login.locked': {
    zh: 'PIN 输错次数过多，该账号已锁定至 {time}。',
    en: 'Too many wrong PINs: this login is locked until {time}.',
  },
  'caller.login.noPin': {
    zh: '您尚未设置 PIN，无法登录。请管理员用 npm run cli -- set-pin 为您设置。',
    en: 'You have no PIN yet and cannot log in. Ask the administrator to set one with npm run cli -- set-pin.',
  },
  'caller.login.damagedPin': {
    zh: 'PIN 记录已损坏，无法验证。请管理员用 npm run cli -- set-pin 重新设置。',
    en: 'The stored PIN is damaged and cannot be checked. Ask the administrator to set it again with npm run cli -- set-pin.',
  },
  'caller.login.autoLocked': {
    zh: '长时间无操作，窗口已自动锁定。请重新输入 PIN。',
    en: 'The window locked itself after a spell without use. Enter your PIN again.',
  },

  'caller.window.heading': { zh: '请选择本机的窗口号', en: "Choose this terminal's window" },
  'caller.window.explain': {
    zh: '只需选择一次，本机会记住。窗口服务的业务以窗口设置为准。',
    en: 'Chosen once and remembered. The services a window handles come from its settings.',
  },
  'caller.window.option': { zh: '{number} 号窗口（{lanes}）', en: 'Window {number} ({lanes})' },
  'caller.window.none': {
    zh: '本市场还没有设置叫号窗口，请联系管理员。',
    en: 'No caller windows are set up for this market: call the administrator.',
  },
  'caller.header': { zh: '{number} 号窗口 · {name}（{staffNo}）', en: 'Window {number} · {name} ({staffNo})' },

  'caller.actions': { zh: '叫号操作', en: 'Calling actions' },
  'caller.action.next': { zh: '叫下一位', en: 'Call next' },
  'caller.action.recall': { zh: '重呼', en: 'Recall' },
  'caller.action.start': { zh: '开始办理', en: 'Start serving' },
  'caller.action.finish': { zh: '办结', en: 'Finish' },
  'caller.action.noShow': { zh: '过号', en: 'No-show' },
  'caller.action.transfer': { zh: '转移', en: 'Transfer' },
  'caller.action.callNumber': { zh: '叫指定号', en: 'Call a number' },
  'caller.action.lock': { zh: '锁屏', en: 'Lock' },
  'caller.action.cancel': { zh: '取消（Esc）', en: 'Cancel (Esc)' },
  'caller.shortcut': { zh: '快捷键 {key}', en: 'Shortcut {key}' },

  'caller.number.label': { zh: '要叫的号码（如 A023）', en: 'Number to call (e.g. A023)' },
  'caller.number.go': { zh: '叫此号（回车）', en: 'Call it (Enter)' },

  'caller.current.heading': { zh: '当前号码', en: 'Current ticket' },
  'caller.current.none': { zh: '暂无，按 F1 叫下一位。', en: 'None: press F1 to call the next.' },
  'caller.current.called': { zh: '已叫号，等候到窗', en: 'Called, waiting for the person' },
  'caller.current.serving': { zh: '办理中', en: 'Being served' },
  'caller.current.service': { zh: '业务', en: 'Service' },
  'caller.current.priority': { zh: '优先类别', en: 'Priority' },
  'caller.current.waited': { zh: '已等候', en: 'Waited' },
  'caller.current.minutes': { zh: '{minutes} 分钟', en: '{minutes} min' },
  'caller.current.posting': { zh: '所选岗位', en: 'Job chosen at the kiosk' },
  'caller.current.postingUnknown': { zh: '（岗位信息尚未同步）', en: '(job details not synced yet)' },
  'caller.current.offline': { zh: '离线叫号', en: 'Called offline' },

  'caller.notice.queueEmpty': { zh: '当前没有等候的号码。', en: 'Nobody is waiting.' },
  'caller.notice.numberNotFound': { zh: '今天没有 {display} 号。', en: 'There is no ticket {display} today.' },
  'caller.notice.numberNotWaiting': { zh: '{display} 号不在等候中。', en: 'Ticket {display} is not waiting.' },
  'caller.notice.lost': {
    zh: '{display} 已被 {window} 号窗口叫号。',
    en: '{display} was already called by window {window}.',
  },
  'caller.notice.offer': { zh: '下一位：{display}，按 F1 叫号。', en: 'Next: {display}. Press F1 to call.' },
  'caller.notice.offlineBlocked': {
    zh: '与服务器失去连接：{display} 离线时不可叫号。',
    en: 'No connection to the server: {display} cannot be called while offline.',
  },
  'caller.notice.calledOffline': {
    zh: '服务器暂不可达，{display} 已按离线规则叫号。',
    en: 'The server is out of reach: {display} was called under the offline rule.',
  },
  'caller.notice.claimRefused': { zh: '服务器拒绝叫号：{message}', en: 'The server refused the call: {message}' },
  'caller.notice.writeFailed': { zh: '保存失败，请重试：{detail}', en: 'Could not save, try again: {detail}' },
  'caller.notice.materialsRequired': {
    zh: '一次性告知须列出全部所缺材料。',
    en: 'A one-time notice must list every missing material.',
  },
  'caller.notice.notLoggedIn': { zh: '请先登录。', en: 'Log in first.' },
  'caller.notice.dismiss': { zh: '知道了', en: 'OK' },

  'caller.finish.heading': { zh: '办结：选择结果', en: 'Finish: choose the outcome' },
  'caller.finish.hint': {
    zh: '按数字键 1–5 选择结果，F4 确认。',
    en: 'Press 1–5 to choose the outcome, F4 to confirm.',
  },
  'caller.outcome.completed': { zh: '即时办结', en: 'Done on the spot' },
  'caller.outcome.referred': { zh: '推荐岗位', en: 'Referred to a job' },
  'caller.outcome.notice_given': { zh: '一次性告知（材料不全）', en: 'One-time notice (materials missing)' },
  'caller.outcome.consulted': { zh: '咨询已解答', en: 'Question answered' },
  'caller.outcome.escalated': { zh: '移交调解或法律援助', en: 'Passed to mediation or legal aid' },
  'caller.finish.materials': {
    zh: '所缺材料（每行一项，一次告知清楚）',
    en: 'Missing materials (one per line, all of them at once)',
  },
  'caller.finish.note': { zh: '备注', en: 'Note' },
  'caller.finish.confirm': { zh: '确认办结（F4）', en: 'Confirm (F4)' },

  'caller.transfer.heading': { zh: '转移到其他业务或窗口', en: 'Transfer to another service or window' },
  'caller.transfer.hint': {
    zh: '按业务字母选择业务，按数字选择窗口（0 = 任一窗口），F7 确认。',
    en: 'Press a service letter, then a window digit (0 = any window); F7 to confirm.',
  },
  'caller.transfer.lane': { zh: '转到业务', en: 'To service' },
  'caller.transfer.window': { zh: '转到窗口', en: 'To window' },
  'caller.transfer.anyWindow': { zh: '任一窗口', en: 'Any window' },
  'caller.transfer.windowOption': { zh: '{number} 号窗口', en: 'Window {number}' },
  'caller.transfer.confirm': { zh: '确认转移（F7）', en: 'Confirm (F7)' },

  'caller.figures.heading': { zh: '今日数据', en: "Today's figures" },
  'caller.figures.served': { zh: '已办结', en: 'Served' },
  'caller.figures.servedHere': { zh: '本窗口 {here} / 全市场 {all}', en: 'This window {here} / market {all}' },
  'caller.figures.average': { zh: '平均办理时长', en: 'Average service time' },
  'caller.figures.averageNone': { zh: '暂无', en: 'none yet' },
  'caller.figures.waiting': { zh: '等候人数', en: 'Waiting' },
  'caller.figures.lane': { zh: '{lane} {label}：{count} 人', en: '{lane} {label}: {count}' },

  'caller.queue.heading': { zh: '本窗口等候中', en: 'Waiting for this window' },
  'caller.queue.empty': { zh: '无人等候', en: 'Nobody waiting' },
  'caller.queue.offlineBlocked': { zh: '离线时不可叫号', en: 'cannot call while offline' },
  'caller.queue.priority': { zh: '优先', en: 'priority' },
});
