// The terminal's own store in trouble (a full or damaged disk, issue 14):
// read by seekers and staff alike, so shown in both languages at once, in
// plain words that say what still works and what to do.
import { defineMessages } from '../define';

export const storage = defineMessages({
  'storage.full.title': { zh: '本机存储空间已满', en: 'This terminal’s storage is full' },
  'storage.full.body': {
    zh: '新的号票和登记暂时不能保存。岗位信息仍可查看，已保存、待上传的数据不会丢失。请到服务窗口办理或联系工作人员。',
    en: 'New numbers and registrations cannot be saved for now. Jobs can still be browsed, and nothing already saved or waiting to be sent is lost. Please go to a service window or ask the staff.',
  },
  'storage.unavailable.title': { zh: '本机数据无法打开', en: 'This terminal’s data cannot be opened' },
  'storage.unavailable.body': {
    zh: '本机暂时不能取号或登记，请到服务窗口办理。工作人员可以按“重试”，或“导出并重新同步”。',
    en: 'This terminal cannot issue numbers or take registrations for now; please go to a service window. Staff can press “Try again”, or “Export and resync”.',
  },
  'storage.retry': { zh: '重试', en: 'Try again' },
  'storage.recover': { zh: '导出并重新同步', en: 'Export and resync' },
  'storage.reading': { zh: '正在读取待上传的数据…', en: 'Reading the data waiting to be sent…' },
  'storage.confirm': {
    zh: '将先保存 {count} 条待上传的记录（并下载一份文件），然后清除本机缓存，从服务器重新同步。',
    en: 'The {count} changes waiting to be sent are kept first (and downloaded as a file); then the local copy is cleared and synced again from the server.',
  },
  'storage.confirmButton': { zh: '确定，清除并重新同步', en: 'Clear and resync' },
  'storage.cancel': { zh: '取消', en: 'Cancel' },
  'storage.parking': { zh: '正在保存待上传的数据…', en: 'Keeping the data waiting to be sent…' },
  'storage.clearing': { zh: '正在清除本机缓存…', en: 'Clearing the local copy…' },
  'storage.restarting': { zh: '正在重新启动并同步…', en: 'Restarting and syncing…' },
  'storage.unreadable': {
    zh: '本机数据读不出来，所以什么也没有清除。请稍后重试，或联系技术支持。',
    en: 'The local data cannot be read, so nothing was cleared. Try again later or call technical support.',
  },
  'storage.notParked': {
    zh: '待上传的数据无法暂存，所以什么也没有清除。',
    en: 'The data waiting to be sent could not be kept aside, so nothing was cleared.',
  },
  'storage.clearFailed': {
    zh: '清除没有完成。待上传的数据已经暂存，可以再试一次。',
    en: 'Clearing did not finish. The data waiting to be sent is kept aside; you can try again.',
  },
});
