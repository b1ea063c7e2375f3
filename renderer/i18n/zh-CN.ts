// Every string a person reads, zh-CN first. en.ts must have the same keys
// (the type checker enforces it).
export const zhCN = {
  'app.title': '零工市场服务终端',
  'app.loading': '正在加载…',
  'app.chooseRole': '请选择终端类型',
  'role.kiosk': '自助查询机',
  'role.display': '信息发布大屏',
  'role.caller': '窗口叫号',
  'rights.hotline': '权益维护投诉咨询电话',
  'market.hours': '服务时间',
  'market.none': '本终端尚未获得市场数据，请联系工作人员。',
  'market.phone': '咨询电话',
  'market.address': '地址',
  'postings.title': '零工岗位',
  'postings.count': '共 {count} 个在招岗位',
  'postings.empty': '暂无在招岗位',
  'postings.headcount': '招 {count} 人',
  'postings.validUntil': '有效期至 {date}',
  'pay.unit.hour': '元/小时',
  'pay.unit.day': '元/天',
  'pay.unit.piece': '元/件',
  'pay.unit.task': '元/单',
  'pay.unit.month': '元/月',
  'pay.method.daily': '日结',
  'pay.method.weekly': '周结',
  'pay.method.monthly': '月结',
  'pay.method.on_completion': '完工结',
  'caller.placeholder': '叫号功能将在排队叫号版本中提供。本窗口已就绪。',
  'caller.staffOnDuty': '在岗工作人员',
  'error.title': '出错了',
  'error.storage': '本机数据无法打开，请联系工作人员。',
  'lang.switch': 'English',
} as const;

export type MessageKey = keyof typeof zhCN;
export type Messages = Record<MessageKey, string>;
