// Strings every role shares: the frame, the market facts, job cards.
import { defineMessages } from '../define';

export const common = defineMessages({
  'app.title': { zh: '零工市场服务终端', en: 'Gig market service terminal' },
  'app.loading': { zh: '正在加载…', en: 'Loading…' },
  'app.chooseRole': { zh: '请选择终端类型', en: 'Choose the terminal type' },
  'role.kiosk': { zh: '自助查询机', en: 'Self-service kiosk' },
  'role.display': { zh: '信息发布大屏', en: 'Lobby display' },
  'role.caller': { zh: '窗口叫号', en: 'Window caller' },
  'rights.hotline': { zh: '权益维护投诉咨询电话', en: 'Rights protection hotline' },
  'market.hours': { zh: '服务时间', en: 'Opening hours' },
  'market.none': {
    zh: '本终端尚未获得市场数据，请联系工作人员。',
    en: 'This terminal has no market data yet. Please call a member of staff.',
  },
  'market.phone': { zh: '咨询电话', en: 'Enquiries' },
  'market.address': { zh: '地址', en: 'Address' },
  'postings.title': { zh: '零工岗位', en: 'Gig jobs' },
  'postings.count': { zh: '共 {count} 个在招岗位', en: '{count} open jobs' },
  'postings.empty': { zh: '暂无在招岗位', en: 'No open jobs right now' },
  'postings.headcount': { zh: '招 {count} 人', en: '{count} wanted' },
  'postings.validUntil': { zh: '有效期至 {date}', en: 'Open until {date}' },
  'error.title': { zh: '出错了', en: 'Something went wrong' },
  'error.storage': {
    zh: '本机数据无法打开，请联系工作人员。',
    en: 'The local data store cannot be opened. Please call a member of staff.',
  },
  'lang.switch': { zh: 'English', en: '中文' },
});
