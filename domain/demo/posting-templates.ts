// What the demo's postings say, trade by trade: titles, the 职业(工种) as an
// employer would write it, 技能要求, 工作内容, pay that fits the unit, working
// hours and how long the job lasts (第七条(一)). Nothing here may name a sex,
// an age, a home town, an ethnicity, a health condition beyond a required
// certificate, or a fee: every demo posting must pass the screener.

import type { PayMethod, PayUnit } from '../posting/content';

export interface PayOption {
  readonly unit: PayUnit;
  readonly method: PayMethod;
  readonly min: number;
  readonly max: number;
  /** Amounts are multiples of this (1 yuan an hour, 10 a day, 100 a month, 0.1 a piece). */
  readonly step: number;
  /** How many calendar days a job paid this way runs, both ends included. */
  readonly days: readonly [number, number];
}

/** The kind of business an employer is; a variant names the kinds it fits so a 物业 does not post 厂区配电. */
export type Sector =
  | 'logistics'
  | 'construction'
  | 'renovation'
  | 'landscaping'
  | 'catering'
  | 'retail'
  | 'manufacturing'
  | 'property'
  | 'security'
  | 'homecare'
  | 'care'
  | 'health'
  | 'farming'
  | 'office'
  | 'events'
  | 'auto'
  | 'repair'
  | 'household';

export interface JobVariant {
  readonly title: string;
  /** 职业(工种) as written; domain/reference/occupations.matchOccupation maps it to the template's code. */
  readonly occupation: string;
  readonly content: string;
  readonly skills: string;
  /** The sectors whose employers post this variant; undefined = any employer hiring the trade. */
  readonly at?: readonly Sector[];
}

export interface PostingTemplate {
  /** Occupation code from domain/reference/occupations. */
  readonly code: string;
  readonly variants: readonly JobVariant[];
  readonly pay: readonly PayOption[];
  /** Daily working hours, `HH:MM-HH:MM`. */
  readonly hours: readonly string[];
  readonly headcount: readonly [number, number];
  /** The work is at a customer's or a site's address rather than at the employer's own. */
  readonly onSite: boolean;
}

const v = (title: string, occupation: string, content: string, skills: string, at?: readonly Sector[]): JobVariant => ({
  title,
  occupation,
  content,
  skills,
  at,
});

/** Whether an employer of `sector` would post `variant`. */
export function fitsSector(variant: JobVariant, sector: Sector): boolean {
  return variant.at === undefined || variant.at.includes(sector);
}

const hourly = (min: number, max: number, days: [number, number], method: PayMethod = 'daily'): PayOption => ({
  unit: 'hour',
  method,
  min,
  max,
  step: 1,
  days,
});
const daily = (min: number, max: number, days: [number, number], method: PayMethod = 'daily'): PayOption => ({
  unit: 'day',
  method,
  min,
  max,
  step: 10,
  days,
});
const monthly = (min: number, max: number, days: [number, number] = [30, 90]): PayOption => ({
  unit: 'month',
  method: 'monthly',
  min,
  max,
  step: 100,
  days,
});
const perPiece = (
  min: number,
  max: number,
  step: number,
  days: [number, number],
  method: PayMethod = 'weekly',
): PayOption => ({
  unit: 'piece',
  method,
  min,
  max,
  step,
  days,
});
const perTask = (min: number, max: number, step: number, days: [number, number]): PayOption => ({
  unit: 'task',
  method: 'on_completion',
  min,
  max,
  step,
  days,
});

export const POSTING_TEMPLATES: readonly PostingTemplate[] = [
  {
    code: 'housekeeping',
    variants: [
      v('家庭保洁钟点工', '钟点工', '上门做家庭日常保洁：拖地、擦窗、整理厨房和卫生间', '做事细心，会使用常用家电'),
      v('家庭做饭钟点工', '家政服务员', '上门买菜做饭，做午晚两餐家常菜，饭后收拾厨房', '会做川渝家常菜，持健康证'),
      v('新居整理收纳', '家政员', '协助住户搬入新居后的物品归置、衣柜整理和全屋清洁', '有收纳整理经验，做事有条理'),
    ],
    pay: [hourly(25, 35, [1, 5]), hourly(25, 32, [7, 28], 'weekly')],
    hours: ['09:00-12:00', '14:00-17:00', '10:00-16:00'],
    headcount: [1, 2],
    onSite: true,
  },
  {
    code: 'housekeeping',
    variants: [
      v(
        '住家保姆',
        '保姆',
        '住家服务，负责一家四口的日常饮食、洗衣和房屋清洁，每周休息一天',
        '有住家服务经验，会做家常菜',
      ),
      v('白班保姆', '家政服务员', '白天上门，负责做饭、清洁和接送孩子上下学', '做事细心，守时守信'),
    ],
    pay: [monthly(4500, 6500)],
    hours: ['08:00-18:00', '07:30-19:00'],
    headcount: [1, 1],
    onSite: true,
  },
  {
    code: 'cleaning',
    variants: [
      v('商场保洁员', '保洁员', '负责商场公共区域地面、扶梯和卫生间的日常清洁', '会使用洗地机等清洁设备', [
        'retail',
        'property',
      ]),
      v('写字楼保洁员', '清洁工', '写字楼办公区垃圾清运、地面清洁和茶水间整理', '做事认真，服从现场安排', [
        'property',
        'office',
      ]),
      v(
        '院区保洁员',
        '保洁员',
        '医院、养老院院区公共区域地面清洁、垃圾分类收运和消毒',
        '能按要求做好清洁消毒，责任心强',
        ['health', 'care', 'property'],
      ),
    ],
    pay: [daily(150, 200, [1, 7]), hourly(22, 28, [1, 5]), monthly(3000, 3600)],
    hours: ['07:00-15:00', '08:00-17:00', '06:30-14:30'],
    headcount: [1, 6],
    onSite: false,
  },
  {
    code: 'cleaning',
    variants: [
      v(
        '新房开荒保洁',
        '开荒保洁',
        '新装修住房开荒清洁：清除地面水泥点、擦洗门窗玻璃、清理卫生间',
        '有开荒保洁经验，自带清洁工具',
        ['homecare', 'property'],
      ),
      v('门面装修后清洁', '保洁工', '门面装修完工后的全面清洁，按套计价', '做事麻利，会使用清洁剂和铲刀', [
        'homecare',
        'property',
      ]),
    ],
    pay: [perTask(300, 800, 50, [1, 2])],
    hours: ['08:00-17:00', '09:00-18:00'],
    headcount: [2, 4],
    onSite: true,
  },
  {
    code: 'loading',
    variants: [
      v('物流园装卸工', '装卸工', '物流园区货车装卸，货物多为日用百货纸箱', '能搬抬重物，吃苦耐劳', ['logistics']),
      v('建材卸货搬运', '搬运工', '建材市场瓷砖、板材卸车和码放', '有装卸经验，注意安全操作', [
        'logistics',
        'construction',
      ]),
      v('蔬菜批发市场装车', '装卸', '蔬菜批发市场装车、过磅和码放', '能早起，服从现场调度', ['logistics', 'farming']),
    ],
    pay: [daily(200, 300, [1, 3]), perTask(100, 180, 10, [1, 1])],
    hours: ['08:00-17:00', '05:00-11:00', '13:00-21:00'],
    headcount: [2, 10],
    onSite: false,
  },
  {
    code: 'moving',
    variants: [
      v('搬家工', '搬家工', '居民搬家：家具家电打包、搬运、装车和到新家后摆放', '能搬抬重物，做事小心不磕碰'),
      v('办公室搬迁', '搬家工', '公司办公室整体搬迁，拆装办公桌椅和文件柜', '会拆装办公家具', ['logistics']),
      v('家具拆装搬运', '拆装家具', '拆装衣柜、床等大件家具并搬运上下楼', '会拆装常见家具，自带工具'),
    ],
    pay: [perTask(200, 500, 10, [1, 1]), daily(220, 320, [1, 2])],
    hours: ['08:00-17:00', '09:00-18:00'],
    headcount: [2, 4],
    onSite: true,
  },
  {
    code: 'delivery',
    variants: [
      v('同城送货员', '送货员', '按派单把超市订单送到附近小区，电动车由公司提供', '会骑电动车，熟悉城区道路'),
      v('桶装水配送', '送水', '为小区住户和写字楼配送桶装水并回收空桶', '能搬抬水桶，会骑电动三轮车'),
      v('生鲜配送员', '配送员', '清晨把生鲜蔬菜从仓库配送到各门店', '会使用手机导航，守时'),
    ],
    pay: [daily(160, 260, [1, 7]), perPiece(3, 6, 0.5, [7, 30])],
    hours: ['07:00-15:00', '10:00-20:00', '06:00-12:00'],
    headcount: [1, 5],
    onSite: false,
  },
  {
    code: 'courier',
    variants: [
      v('快递分拣员', '快递分拣', '快递网点包裹分拣、扫描和装袋', '会使用手机扫码，手脚麻利'),
      v('片区派件员', '快递员', '负责所在片区的快递派送和揽收，有固定路线', '会骑电动三轮车，熟悉片区道路'),
      v('旺季快递分拣临时工', '分拣员', '电商旺季快递中转场包裹分拣和装车', '能适应晚班，服从调度'),
    ],
    pay: [hourly(22, 28, [1, 10]), daily(180, 260, [1, 10]), perPiece(1, 2, 0.1, [7, 30])],
    hours: ['08:00-18:00', '13:00-22:00', '07:00-16:00'],
    headcount: [2, 15],
    onSite: false,
  },
  {
    code: 'mason',
    variants: [
      v('瓷砖铺贴师傅', '贴砖', '住宅装修卫生间、厨房墙地砖铺贴', '有贴砖经验，会使用水平仪和切割机'),
      v('砌筑工', '砌筑工', '厂房围墙砌砖和抹灰', '有砌筑经验，能看懂施工图纸'),
      v('泥工', '泥工', '新建住宅楼砌墙、找平和抹灰', '有泥工经验，做工平整', ['construction']),
    ],
    pay: [daily(280, 350, [3, 20]), perPiece(35, 60, 1, [5, 20])],
    hours: ['07:30-17:30', '08:00-18:00'],
    headcount: [1, 6],
    onSite: true,
  },
  {
    code: 'rebar',
    variants: [
      v('钢筋工', '钢筋工', '住宅项目主体施工阶段钢筋下料和绑扎', '有钢筋绑扎经验，能看懂钢筋配料单'),
      v('绑钢筋帮工', '绑钢筋', '配合钢筋师傅绑扎楼板和梁柱钢筋', '服从班组长安排，遵守工地安全规定'),
    ],
    pay: [daily(250, 350, [5, 30])],
    hours: ['07:00-17:00', '07:30-17:30'],
    headcount: [2, 10],
    onSite: true,
  },
  {
    code: 'carpenter',
    variants: [
      v('模板工', '模板工', '主体结构支模、拆模', '有支模经验，遵守工地安全规定', ['construction']),
      v('装修木工', '装修木工', '住宅吊顶、柜体制作与安装', '会使用电锯、气钉枪等工具，能看懂图纸'),
      v('门店木作师傅', '木工', '门店装修木作：隔断、展柜和踢脚线', '有木工经验，自带常用手工工具'),
    ],
    pay: [daily(280, 350, [3, 20])],
    hours: ['07:30-17:30', '08:00-18:00'],
    headcount: [1, 6],
    onSite: true,
  },
  {
    code: 'plumbing-electrical',
    variants: [
      v('水电安装师傅', '水电安装', '住宅装修水电开槽、布管穿线和打压测试', '有水电安装经验，会使用开槽机和打压泵', [
        'renovation',
        'household',
      ]),
      v('水管维修工', '管道工', '小区给排水管道检修和更换', '有管道维修经验，自带工具', ['property', 'household']),
    ],
    pay: [daily(260, 350, [2, 10]), perTask(150, 400, 10, [1, 1])],
    hours: ['08:00-17:00', '08:30-17:30'],
    headcount: [1, 3],
    onSite: true,
  },
  {
    code: 'electrician',
    variants: [
      v('维修电工', '维修电工', '厂区配电设备日常巡检和维修', '持有效特种作业操作证（低压电工）', ['manufacturing']),
      v('商场低压电工', '低压电工', '商场照明和配电箱检修，配合节日亮化布线', '持低压电工证，熟悉低压配电系统', [
        'retail',
        'property',
      ]),
      v('小区值班电工', '电工', '物业小区配电房和公共照明的巡查与报修处理', '持电工证，能独立排查常见电路故障', [
        'property',
      ]),
      v('装修电工', '电工', '门店和住宅装修强弱电布线、开关插座安装', '持电工证，会看电路图', ['renovation', 'repair']),
    ],
    pay: [daily(250, 350, [3, 20]), monthly(4500, 6500)],
    hours: ['08:30-17:30', '08:00-17:00'],
    headcount: [1, 2],
    onSite: false,
  },
  {
    code: 'welder',
    variants: [
      v('电焊工', '电焊工', '钢结构厂房构件焊接', '持焊工特种作业操作证，能看懂焊接图纸'),
      v('氩弧焊工', '氩弧焊', '不锈钢管件和设备支架焊接', '持焊工证，有氩弧焊经验'),
      v('机械配件焊工', '焊工', '机械配件批量焊接，按图纸作业', '持焊工证，焊缝平整', ['manufacturing']),
    ],
    pay: [daily(300, 350, [3, 30]), monthly(5500, 6500)],
    hours: ['08:00-17:00', '08:00-18:00'],
    headcount: [1, 5],
    onSite: false,
  },
  {
    code: 'painter',
    variants: [
      v('墙面刷漆工', '油漆工', '住宅室内墙面批腻子、打磨和刷乳胶漆', '会批腻子、打磨和滚涂'),
      v('商铺外立面涂料工', '涂料', '临街商铺外立面涂料翻新', '有涂料施工经验，做工细致', [
        'construction',
        'renovation',
      ]),
      v('钢构防锈刷漆', '刷漆', '钢结构构件除锈和防锈漆涂刷', '有刷漆经验，收口干净', ['construction']),
    ],
    pay: [daily(240, 330, [2, 15]), perPiece(12, 25, 1, [5, 15])],
    hours: ['08:00-17:00', '07:30-17:00'],
    headcount: [1, 4],
    onSite: true,
  },
  {
    code: 'site-labourer',
    variants: [
      v('建筑小工', '小工', '工地材料转运、清理和配合师傅作业', '能吃苦，服从安排'),
      v('装修拆除杂工', '拆除', '旧门面装修拆除和建渣清运', '遵守安全规定，正确佩戴安全帽'),
      v('工地杂工', '杂工', '工地卫生清理、材料码放和搅拌砂浆', '能搬抬建材，服从班组安排'),
    ],
    pay: [daily(180, 250, [1, 15])],
    hours: ['07:30-17:30', '08:00-17:00'],
    headcount: [2, 10],
    onSite: true,
  },
  {
    code: 'waiter',
    variants: [
      v('火锅店服务员', '服务员', '为顾客点菜、上菜、加汤和收台', '持健康证，待客热情'),
      v('传菜员', '传菜员', '高峰时段传菜和协助收台', '持健康证，手脚麻利'),
      v('宴席服务员', '酒店服务员', '周末婚宴和寿宴的摆台、上菜和收尾', '持健康证，有餐饮服务经验'),
    ],
    pay: [hourly(22, 28, [1, 7]), daily(150, 200, [1, 3]), monthly(3200, 4200)],
    hours: ['10:00-14:00', '17:00-22:00', '10:00-21:00'],
    headcount: [2, 8],
    onSite: false,
  },
  {
    code: 'cook',
    variants: [
      v('中餐炒锅师傅', '炒锅', '负责川菜炒锅出品，兼顾厨房卫生', '持健康证，有川菜炒锅经验'),
      v('早点面点师', '中式面点师', '制作包子、馒头、抄手等早点', '持健康证，会做中式面点'),
      v('宴席厨师', '厨师', '坝坝宴、寿宴掌勺，菜品以川渝家常菜为主', '持健康证，能独立掌勺'),
    ],
    pay: [daily(250, 350, [1, 5]), monthly(5000, 6500)],
    hours: ['09:00-14:00', '09:30-20:30', '05:30-11:30'],
    headcount: [1, 2],
    onSite: false,
  },
  {
    code: 'kitchen-helper',
    variants: [
      v('后厨配菜员', '配菜', '洗菜、切配和备料', '持健康证，刀工熟练'),
      v('打荷', '打荷', '协助炒锅师傅装盘、出菜', '持健康证，动作麻利', ['catering']),
      v('食堂帮厨', '帮厨', '食堂择菜、洗菜和分餐', '持健康证，爱干净', ['care', 'health', 'manufacturing']),
    ],
    pay: [hourly(22, 26, [1, 7]), daily(150, 200, [1, 7]), monthly(3200, 4000, [30, 60])],
    hours: ['09:00-14:00', '15:00-21:00', '06:00-13:00'],
    headcount: [1, 4],
    onSite: false,
  },
  {
    code: 'dishwasher',
    variants: [
      v('洗碗工', '洗碗工', '餐具清洗、消毒和摆放', '持健康证，做事麻利'),
      v('餐厅洗碗员', '洗碗员', '高峰时段洗碗、擦拭餐具和清理水槽', '持健康证，爱干净'),
      v('宴席洗碗', '洗碗', '周末宴席现场的洗碗和收拾', '持健康证，能站立工作'),
    ],
    pay: [hourly(22, 25, [1, 7]), daily(150, 180, [1, 3]), monthly(3000, 3600, [30, 60])],
    hours: ['10:00-14:00', '16:00-21:30', '10:00-21:00'],
    headcount: [1, 3],
    onSite: false,
  },
  {
    code: 'security',
    variants: [
      v('小区保安', '保安员', '小区门岗值守、访客登记和夜间巡逻', '持保安员证，能适应倒班', ['property', 'security']),
      v('工厂门卫', '门卫', '厂区门岗值守、车辆出入登记', '会使用监控系统，做事认真', ['security']),
      v('门岗保安', '保安', '单位门岗值守、来访登记和秩序维护', '责任心强，能适应倒班'),
    ],
    pay: [daily(150, 220, [1, 3]), monthly(3000, 4200)],
    hours: ['07:00-19:00', '09:00-18:00', '08:00-20:00'],
    headcount: [1, 6],
    onSite: false,
  },
  {
    code: 'security',
    variants: [
      v('活动安保', '安保', '周末商业活动现场秩序维护和人流疏导', '责任心强，会使用对讲机', [
        'security',
        'retail',
        'events',
      ]),
    ],
    pay: [daily(180, 260, [1, 2]), hourly(25, 35, [1, 2])],
    hours: ['09:00-18:00', '14:00-22:00'],
    headcount: [4, 20],
    onSite: true,
  },
  {
    code: 'elderly-care',
    variants: [
      v('养老院护理员', '养老护理员', '协助老人起居、助餐、助浴和日常照护', '有照护经验，持养老护理员证书更好', [
        'care',
      ]),
      v('居家陪护', '陪护', '上门陪护术后老人，协助康复锻炼和用药提醒', '有耐心、有责任心'),
      v('医院护工', '护工', '住院病人陪护、翻身和生活照料', '有护工经验，细心耐心', ['care', 'homecare']),
    ],
    pay: [daily(200, 300, [3, 30]), monthly(4000, 6000)],
    hours: ['08:00-18:00', '07:00-19:00'],
    headcount: [1, 3],
    onSite: true,
  },
  {
    code: 'childcare',
    variants: [
      v('月嫂', '月嫂', '新生儿护理和产妇月子餐制作，住家服务', '持母婴护理证书，有月嫂经验'),
      v('育婴员', '育婴员', '白天照看一岁半幼儿，负责辅食和陪玩', '持育婴员证，耐心细致'),
      v('托育中心保育员', '保育员', '托育中心幼儿午睡看护、清洁和消毒', '持健康证和保育员证', ['homecare']),
    ],
    pay: [daily(260, 350, [20, 30]), monthly(4500, 6500)],
    hours: ['08:00-18:00', '08:30-17:30'],
    headcount: [1, 2],
    onSite: true,
  },
  {
    code: 'sales',
    variants: [
      v('超市促销员', '促销员', '节假日卖场新品试吃推广和商品陈列', '待人热情，表达清楚'),
      v('门店收银员', '收银员', '超市收银、装袋和会员登记', '会使用收银机', ['retail']),
      v('服装店导购', '导购', '服装门店接待顾客、介绍商品和整理货架', '待人热情，会使用智能手机', ['retail']),
    ],
    pay: [hourly(22, 30, [1, 7]), daily(160, 220, [1, 7])],
    hours: ['09:00-18:00', '10:00-19:00', '14:00-22:00'],
    headcount: [1, 6],
    onSite: false,
  },
  {
    code: 'warehouse',
    variants: [
      v('仓库理货员', '理货员', '商品入库清点、上架和出库复核', '会使用扫码枪，做事细心'),
      v('仓库年终盘点', '盘点', '仓库年终盘点：清点、录入和核对', '会简单电脑操作，账物核对细心'),
    ],
    pay: [hourly(22, 26, [1, 7]), daily(160, 220, [1, 10])],
    hours: ['08:00-17:00', '09:00-18:00', '13:00-21:00'],
    headcount: [2, 12],
    onSite: false,
  },
  {
    code: 'warehouse',
    variants: [v('电商打包员', '打包', '电商订单拣货、打包和贴单', '手脚麻利，会使用扫码枪')],
    pay: [hourly(22, 26, [1, 7]), perPiece(0.3, 0.8, 0.1, [7, 20])],
    hours: ['08:00-17:00', '13:00-21:00'],
    headcount: [2, 12],
    onSite: false,
  },
  {
    code: 'factory',
    variants: [
      v('流水线包装工', '包装工', '流水线产品装袋、封口和装箱', '手脚灵活，做事细心'),
      v('车间操作工', '操作工', '设备上下料和产品外观检查', '做事细心，能适应倒班'),
      v('流水线普工', '普工', '产品组装、刷胶和成品整理', '手脚灵活，服从安排'),
      v('车间质检员', '质检', '零部件尺寸抽检和外观检验，记录检验数据', '会使用卡尺等量具'),
    ],
    pay: [hourly(22, 28, [7, 30], 'weekly'), monthly(4000, 6000), perPiece(0.2, 1.5, 0.1, [7, 30])],
    hours: ['08:00-20:00', '08:00-17:00', '08:30-17:30'],
    headcount: [5, 30],
    onSite: false,
  },
  {
    code: 'repair',
    variants: [
      v('家电维修师傅', '家电维修', '空调、洗衣机、热水器上门维修', '有家电维修经验，自带工具', [
        'repair',
        'property',
        'household',
      ]),
      v('防水补漏师傅', '防水补漏', '屋面、卫生间防水补漏施工', '有防水施工经验', [
        'property',
        'household',
        'renovation',
      ]),
      v('管道疏通师傅', '疏通', '住户下水道、马桶疏通', '有疏通经验，自带疏通机', ['property', 'household']),
      v('汽车维修帮工', '汽修', '协助师傅做汽车保养、更换机油和轮胎', '肯学，会使用常用扳手工具', ['auto']),
    ],
    pay: [perTask(80, 300, 10, [1, 1]), daily(220, 320, [1, 5])],
    hours: ['08:30-17:30', '09:00-18:00'],
    headcount: [1, 2],
    onSite: true,
  },
  {
    code: 'gardening',
    variants: [
      v('绿化养护工', '绿化工', '小区绿化带修剪、浇水和除草', '会使用修枝剪和割草机'),
      v('道路绿化带除草', '除草', '道路绿化带除草和清运', '能户外作业，吃苦耐劳'),
      v('苗木栽植工', '园林', '新建公园苗木栽植、支撑和浇定根水', '有绿化养护经验'),
    ],
    pay: [daily(150, 220, [1, 15])],
    hours: ['07:30-16:30', '08:00-17:00'],
    headcount: [2, 10],
    onSite: true,
  },
  {
    code: 'farm',
    variants: [
      v('柑橘采摘工', '采摘', '果园柑橘采摘、分拣和装筐', '能下地干活，吃苦耐劳'),
      v('蔬菜基地帮工', '农活', '蔬菜大棚移栽、除草和采收', '有农活经验'),
    ],
    pay: [daily(150, 200, [1, 10]), perPiece(0.3, 0.6, 0.1, [3, 10], 'daily')],
    hours: ['07:00-16:00', '08:00-17:00'],
    headcount: [3, 20],
    onSite: false,
  },
  {
    code: 'farm',
    variants: [v('养殖场帮工', '养殖', '养殖场喂料、清圈和消毒', '能按防疫要求作业，做事认真', ['farming'])],
    pay: [daily(150, 200, [5, 14]), monthly(3500, 4500)],
    hours: ['07:00-16:00', '08:00-17:00'],
    headcount: [1, 3],
    onSite: false,
  },
  {
    code: 'driver',
    variants: [
      v('厢式货车司机', '货车司机', '城区及周边区县配送，4.2米厢式货车', '持C1及以上驾驶证，驾龄3年以上'),
      v('仓库叉车司机', '叉车', '仓库叉车装卸和库内转运', '持叉车操作证（N1）'),
      v('跟车送货员', '跟车', '随车送货并协助装卸', '能搬抬货物，熟悉重庆路况'),
    ],
    pay: [daily(250, 350, [1, 10]), monthly(5000, 6500)],
    hours: ['08:00-18:00', '07:00-17:00'],
    headcount: [1, 3],
    onSite: false,
  },
  {
    code: 'flyers',
    variants: [
      v('商场开业发传单', '发传单', '在商场周边派发开业活动传单并引导顾客进店', '待人礼貌，善于沟通'),
      v('社区地推', '地推', '在社区和商圈做活动推广、扫码登记', '会使用智能手机，表达清楚'),
      v('门店派单员', '派单', '在门店周边派发优惠宣传单', '守时，能站立工作'),
    ],
    pay: [hourly(22, 28, [1, 3]), daily(150, 200, [1, 3])],
    hours: ['09:00-12:00', '14:00-18:00', '10:00-17:00'],
    headcount: [3, 15],
    onSite: true,
  },
  {
    code: 'customer-service',
    variants: [
      v('电话客服', '电话客服', '接听用户来电，解答订单和售后问题，记录工单', '打字熟练，会使用电脑'),
      v('电商在线客服', '在线客服', '电商平台在线回复顾客咨询，处理退换货', '打字每分钟40字以上'),
      v('回访话务员', '话务员', '售后热线外呼回访，记录客户意见', '表达清楚，有耐心'),
    ],
    pay: [hourly(22, 28, [7, 30], 'weekly'), monthly(3500, 5000)],
    hours: ['09:00-18:00', '13:00-22:00'],
    headcount: [2, 10],
    onSite: false,
  },
  {
    code: 'clerk',
    variants: [
      v('资料录入员', '录入', '纸质档案信息录入系统并核对', '会使用Excel，打字熟练'),
      v('前台接待', '前台', '来访登记、电话转接和收发快递', '会使用电脑和复印机'),
      v('临时文员', '文员', '整理归档资料、制作表格和会议记录', '会使用Word和Excel'),
    ],
    pay: [daily(150, 200, [3, 20]), monthly(3200, 4500)],
    hours: ['09:00-17:30', '08:30-17:30'],
    headcount: [1, 3],
    onSite: false,
  },
  {
    code: 'event-staff',
    variants: [
      v('展会签到接待', '礼仪', '展会签到引导和嘉宾接待', '有接待经验，会使用签到系统'),
      v('布展工', '布展', '展位搭建、物料搬运和撤展', '会使用电钻等电动工具'),
      v('社区活动执行', '活动执行', '社区活动现场布置、物料分发和秩序引导', '沟通顺畅，应变能力强'),
    ],
    pay: [daily(180, 300, [1, 3]), hourly(25, 35, [1, 3])],
    hours: ['08:00-18:00', '09:00-17:00', '07:00-15:00'],
    headcount: [2, 12],
    onSite: true,
  },
  {
    code: 'car-wash',
    variants: [
      v('洗车工', '洗车工', '汽车外观清洗、内饰吸尘和打蜡', '会使用高压水枪和吸尘器'),
      v('汽车美容学徒', '汽车美容', '协助师傅做内饰清洗、镀晶和贴膜', '肯学，做事细致'),
    ],
    pay: [daily(150, 200, [1, 10]), monthly(3000, 4200, [30, 60])],
    hours: ['08:30-18:30', '09:00-18:00'],
    headcount: [1, 3],
    onSite: false,
  },
];
