// The sync status badge and the enrolment screen (read by staff and operators).
import { defineMessages } from '../define';

export const sync = defineMessages({
  'sync.idle': { zh: '正在连接', en: 'connecting' },
  'sync.standby': { zh: '由其他窗口同步', en: 'another window is syncing' },
  'sync.syncing': { zh: '正在同步', en: 'syncing' },
  'sync.online': { zh: '已同步', en: 'in sync' },
  'sync.offline': { zh: '离线', en: 'offline' },
  'sync.error': { zh: '同步出错', en: 'sync error' },
  'sync.update-required': { zh: '请更新终端软件', en: 'update required' },
  'sync.pending': { zh: '{count} 条待上传', en: '{count} waiting to upload' },
  'sync.rejected': { zh: '{count} 条被服务器拒绝', en: '{count} refused by the server' },
  'sync.offlineSince': { zh: '自 {time} 起离线', en: 'offline since {time}' },
  'sync.notEnrolled': { zh: '未注册', en: 'not enrolled' },
  'enrol.title': { zh: '终端注册', en: 'Enrol this terminal' },
  'enrol.explain': {
    zh: '请输入管理员提供的一次性注册码（运行 npm run cli -- enrol-code 生成）。',
    en: 'Type the one-time enrolment code from the administrator (made with npm run cli -- enrol-code).',
  },
  'enrol.code': { zh: '注册码', en: 'Enrolment code' },
  'enrol.submit': { zh: '注册', en: 'Enrol' },
  'enrol.working': { zh: '正在注册…', en: 'Enrolling…' },
  'enrol.failed': { zh: '注册失败：{reason}', en: 'Enrolment failed: {reason}' },
});
