// The trades a walk-in seeker picks from on the kiosk, each with an icon,
// because many seekers read little and choose by picture. The list is curated
// for what Chongqing's gig markets actually post; it is not the full national
// occupation classification (职业分类大典). matchOccupation maps the free-text
// job titles found in postings and imports (营业员, 中式面点师, 客户服务管理员…)
// onto one of these codes.

export interface Occupation {
  /** Stable ascii slug; stored in records. */
  readonly code: string;
  readonly label: string;
  readonly labelEn: string;
  /** Named icon; the renderer maps names to SVGs. */
  readonly icon: string;
  /** Words and job titles that mean this trade. The label always counts as one. */
  readonly keywords: readonly string[];
}

export const OCCUPATIONS: readonly Occupation[] = [
  {
    code: 'housekeeping',
    label: '家政服务',
    labelEn: 'Housekeeping',
    icon: 'home',
    keywords: ['家政', '家政服务员', '家政员', '保姆', '钟点工', '住家阿姨', '做饭阿姨'],
  },
  {
    code: 'cleaning',
    label: '保洁',
    labelEn: 'Cleaning',
    icon: 'broom',
    keywords: ['保洁员', '清洁', '清洁工', '保洁工', '打扫', '擦玻璃', '开荒保洁', '环卫'],
  },
  {
    code: 'loading',
    label: '装卸搬运',
    labelEn: 'Loading and carrying',
    icon: 'dolly',
    keywords: ['装卸', '搬运', '装卸工', '搬运工', '卸货', '装车', '力工', '棒棒'],
  },
  {
    code: 'moving',
    label: '搬家',
    labelEn: 'House moving',
    icon: 'truck',
    keywords: ['搬家工', '搬家公司', '拆装家具'],
  },
  {
    code: 'delivery',
    label: '配送送货',
    labelEn: 'Delivery',
    icon: 'scooter',
    keywords: ['配送', '送货', '送货员', '配送员', '外卖', '骑手', '送餐', '送水', '跑腿'],
  },
  {
    code: 'courier',
    label: '快递',
    labelEn: 'Courier',
    icon: 'parcel',
    keywords: ['快递员', '快件', '揽件', '派件', '快递分拣', '分拣员'],
  },
  {
    code: 'mason',
    label: '泥工',
    labelEn: 'Mason and tiler',
    icon: 'trowel',
    keywords: ['泥瓦工', '瓦工', '砌筑工', '砌砖', '抹灰工', '贴砖', '瓷砖', '泥水工'],
  },
  {
    code: 'rebar',
    label: '钢筋工',
    labelEn: 'Rebar worker',
    icon: 'hard-hat',
    keywords: ['钢筋', '扎钢筋', '绑钢筋'],
  },
  {
    code: 'carpenter',
    label: '木工',
    labelEn: 'Carpenter',
    icon: 'saw',
    keywords: ['木匠', '模板工', '支模', '木工师傅', '装修木工'],
  },
  {
    code: 'plumbing-electrical',
    label: '水电工',
    labelEn: 'Plumbing and wiring fitter',
    icon: 'pipe',
    keywords: ['水电安装', '水电', '管道工', '水暖工', '管工'],
  },
  {
    code: 'electrician',
    label: '电工',
    labelEn: 'Electrician',
    icon: 'bolt',
    keywords: ['维修电工', '电气', '电工证', '低压电工', '高压电工', '电力'],
  },
  {
    code: 'welder',
    label: '焊工',
    labelEn: 'Welder',
    icon: 'flame',
    keywords: ['电焊', '电焊工', '气焊', '焊接', '氩弧焊'],
  },
  {
    code: 'painter',
    label: '油漆工',
    labelEn: 'Painter',
    icon: 'paint-roller',
    keywords: ['油漆', '刷漆', '刷墙', '涂料', '腻子', '涂装'],
  },
  {
    code: 'site-labourer',
    label: '建筑小工',
    labelEn: 'Site labourer',
    icon: 'hard-hat',
    keywords: ['小工', '杂工', '建筑工', '工地', '建筑工人', '拆除', '打杂'],
  },
  {
    code: 'waiter',
    label: '餐厅服务员',
    labelEn: 'Waiter',
    icon: 'tray',
    keywords: ['服务员', '餐饮服务', '传菜', '传菜员', '迎宾', '点菜', '酒店服务员', '火锅店'],
  },
  {
    code: 'cook',
    label: '厨师',
    labelEn: 'Cook',
    icon: 'chef-hat',
    keywords: ['中式烹调师', '中式面点师', '面点师', '面点', '炒锅', '厨子', '白案', '红案', '烧烤师傅'],
  },
  {
    code: 'kitchen-helper',
    label: '帮厨',
    labelEn: 'Kitchen helper',
    icon: 'knife',
    keywords: ['厨工', '配菜', '切配', '打荷', '墩子', '厨房'],
  },
  {
    code: 'dishwasher',
    label: '洗碗',
    labelEn: 'Dishwasher',
    icon: 'dish',
    keywords: ['洗碗工', '洗碗阿姨', '洗碗员', '碗工'],
  },
  {
    code: 'security',
    label: '保安',
    labelEn: 'Security guard',
    icon: 'shield',
    keywords: ['保安员', '门卫', '巡逻', '安保', '护卫', '值守'],
  },
  {
    code: 'elderly-care',
    label: '养老护理',
    labelEn: 'Elderly care',
    icon: 'elderly-care',
    keywords: ['养老护理员', '护理员', '护工', '陪护', '医疗护理员', '照护'],
  },
  {
    code: 'childcare',
    label: '育婴月嫂',
    labelEn: 'Nanny and maternity care',
    icon: 'baby',
    keywords: ['育婴', '育婴员', '育婴师', '月嫂', '母婴护理', '保育员', '带小孩'],
  },
  {
    code: 'sales',
    label: '营业员',
    labelEn: 'Shop assistant and promoter',
    icon: 'shop',
    keywords: ['促销', '促销员', '导购', '营销员', '销售', '收银员', '收银', '店员', '试吃'],
  },
  {
    code: 'warehouse',
    label: '仓储理货',
    labelEn: 'Warehouse and stock',
    icon: 'box',
    keywords: ['理货', '理货员', '仓管', '仓库', '库管', '拣货', '打包', '盘点', '上架'],
  },
  {
    code: 'factory',
    label: '普工',
    labelEn: 'Factory worker',
    icon: 'factory',
    keywords: ['操作工', '流水线', '机械加工', '车间', '包装工', '装配工', '质检', '车工', '钳工'],
  },
  {
    code: 'repair',
    label: '维修',
    labelEn: 'Repair',
    icon: 'wrench',
    keywords: ['维修工', '修理', '家电维修', '机修', '汽修', '防水补漏', '疏通'],
  },
  {
    code: 'gardening',
    label: '绿化',
    labelEn: 'Gardening',
    icon: 'leaf',
    keywords: ['绿化工', '园林', '园艺', '花木', '除草', '修剪', '绿化养护'],
  },
  {
    code: 'farm',
    label: '农业帮工',
    labelEn: 'Farm hand',
    icon: 'sprout',
    keywords: ['采摘', '农活', '种植', '摘果', '养殖', '茶叶', '摘茶'],
  },
  {
    code: 'driver',
    label: '司机',
    labelEn: 'Driver',
    icon: 'car',
    keywords: ['驾驶员', '货车司机', '代驾', '开车', '跟车', '叉车'],
  },
  {
    code: 'flyers',
    label: '发传单',
    labelEn: 'Flyer distribution',
    icon: 'flyer',
    keywords: ['传单', '地推', '派单', '派发'],
  },
  {
    code: 'customer-service',
    label: '客服',
    labelEn: 'Customer service',
    icon: 'headset',
    keywords: ['客户服务', '话务员', '接线员', '电话客服', '在线客服', '呼叫中心'],
  },
  {
    code: 'clerk',
    label: '文员',
    labelEn: 'Office clerk',
    icon: 'clipboard',
    keywords: ['出纳', '会计', '录入', '打字员', '前台', '行政', '办公室'],
  },
  {
    code: 'event-staff',
    label: '会展礼仪',
    labelEn: 'Event staff',
    icon: 'flag',
    keywords: ['礼仪', '会展', '布展', '撤展', '活动执行', '展会'],
  },
  {
    code: 'car-wash',
    label: '洗车',
    labelEn: 'Car wash',
    icon: 'car-wash',
    keywords: ['洗车工', '汽车美容', '洗车店'],
  },
];

const BY_CODE: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.code, o]));

export function occupationByCode(code: string): Occupation | null {
  return BY_CODE.get(code) ?? null;
}

function normalizeTitle(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/** An exact title beats any substring hit, however long. */
const EXACT_BONUS = 1000;

function score(title: string, occupation: Occupation): number {
  if (title === occupation.code) return EXACT_BONUS;
  let best = 0;
  for (const term of [occupation.label, ...occupation.keywords]) {
    if (title === term) return EXACT_BONUS + term.length;
    // A longer keyword is more specific: 维修电工 is an electrician, not 维修.
    if (title.includes(term) && term.length > best) best = term.length;
  }
  return best;
}

/**
 * The trade a free-text job title names: an exact label, keyword or code
 * first, otherwise the occupation with the longest keyword found in the text
 * (earlier in OCCUPATIONS on a tie). Null when no keyword occurs.
 */
export function matchOccupation(text: string): { code: string; label: string } | null {
  const title = normalizeTitle(text);
  if (title.length === 0) return null;
  let best: Occupation | null = null;
  let bestScore = 0;
  for (const occupation of OCCUPATIONS) {
    const s = score(title, occupation);
    if (s > bestScore) {
      best = occupation;
      bestScore = s;
    }
  }
  return best === null ? null : { code: best.code, label: best.label };
}
