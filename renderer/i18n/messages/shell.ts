// What the Electron shell adds to every screen: the disk-full banner (read by
// seekers and staff alike, so shown in both languages at once) and the staff
// exit PIN pad.
import { defineMessages } from '../define';

export const shell = defineMessages({
  'shell.disk.paused': {
    zh: '磁盘空间不足，本机已暂停取号，请到服务窗口办理或联系工作人员。',
    en: 'The disk is almost full: this terminal has stopped issuing numbers. Please go to a service window or ask the staff.',
  },
  'shell.disk.free': { zh: '剩余空间 {mb} MB', en: '{mb} MB free' },
  'shell.staff.title': { zh: '管理员操作', en: 'Staff access' },
  'shell.staff.enterPin': { zh: '请输入管理 PIN', en: 'Enter the staff PIN' },
  'shell.staff.entered': { zh: '已输入 {count} 位', en: '{count} digits entered' },
  'shell.staff.pad': { zh: 'PIN 数字键盘', en: 'PIN pad' },
  'shell.staff.ok': { zh: '确定', en: 'OK' },
  'shell.staff.clear': { zh: '清除', en: 'Clear' },
  'shell.staff.delete': { zh: '删除', en: 'Delete' },
  'shell.staff.cancel': { zh: '取消', en: 'Cancel' },
  'shell.staff.checking': { zh: '正在验证…', en: 'Checking…' },
  'shell.staff.choose': { zh: 'PIN 正确，请选择操作', en: 'PIN accepted: choose what to do' },
  'shell.staff.exit': { zh: '退出程序', en: 'Exit' },
  'shell.staff.reload': { zh: '重新加载', en: 'Reload' },
  'shell.staff.config': { zh: '查看配置', en: 'Config' },
  'shell.staff.wrongPin': { zh: 'PIN 不正确', en: 'Wrong PIN' },
  'shell.staff.locked': {
    zh: 'PIN 错误次数过多，请 {seconds} 秒后再试',
    en: 'Too many wrong PINs; try again in {seconds} s',
  },
  'shell.staff.noPin': {
    zh: '本机未设置管理 PIN，无法从屏幕退出',
    en: 'No staff PIN is configured on this terminal; the exit is disabled',
  },
  'shell.staff.failed': { zh: '操作失败：{reason}', en: 'The request failed: {reason}' },
});
