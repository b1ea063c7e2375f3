// What the screener looks for in a posting (规范第七条(一): no discriminatory
// content; 第十二条(三): the market reviews what it publishes). The rules are
// data so an operator can read them, and extend them when employers find a new
// way to say the same thing; `rulesTableSchema` checks any extended table.
//
// How to read a pattern: it is a JavaScript regular expression (Unicode mode)
// matched against NORMALISED text (domain/text/normalize): simplified
// characters, lower-case, half-width letters, digits and punctuation (，→ ,
// ：→ :), and no spaces or dots left inside Chinese words. So `仅限女性`
// also catches 僅限女性, 仅 限 女 性 and 仅·限·女·性. A match that overlaps
// one of the rule's `allow` phrases does not count: that is how 不限男女,
// 不收押金 and 残疾人优先 stay clean.
//
// The pieces below are named so each rule reads as a sentence; an operator
// writing a new rule in JSON writes the full pattern out.
//
// Bump RULES_VERSION whenever a rule changes: review records keep the version
// that screened them.

import {
  EMPLOYMENT_PROMOTION_LAW,
  EMPLOYMENT_SERVICE_RULES,
  HR_MARKET_24,
  LABOUR_CONTRACT_LAW_9,
  SPEC_12_3,
  SPEC_7_1,
  WOMEN_RIGHTS_43,
} from './basis';
import { DISTRICTS, FORMER_DISTRICTS } from '../reference/districts';
import type { Rule, RulesTable, ScreenedField } from './rule-schema';

export * from './rule-schema';

export const RULES_VERSION = '2026.12.1';

/** Where discriminatory wording can hide: everything an employer writes, except names and the address. */
const WORDING: ScreenedField[] = ['title', 'occupation', 'skills', 'duration', 'content'];
const ALL_TEXT: ScreenedField[] = [...WORDING, 'location.address'];

// ---------------------------------------------------------------------------
// Building blocks.

/** "… not wanted": the endings of an exclusion (女性勿扰, 外地人不要). 不要 counts only at the end of a phrase, so 不要错过 is not one. */
const NOT_WANTED =
  '(?:勿扰|免谈|莫扰|不要(?!\\p{Script=Han})|不要来|不招|不收|不考虑|不予考虑|谢绝|止步|绕道|绕行|除外|不予录用|不录用|不予聘用|不聘用|慎投|慎入|别来|勿投|请勿应聘|请勿投递)';
/** "we refuse …": the openings of an exclusion (不招女性, 拒绝外地人). */
const REFUSE = '(?:不招|不要|不收|不录用|不录取|不聘用|不考虑|不接受|谢绝|拒绝|拒收|不适合|不适宜)';
/** "only …" (仅限, 只招); never after 不, which turns it into 不限. */
const ONLY = '(?<!不)(?:仅限于?|只限于?|限定|限于|仅|只|限)';
/** "must be …" */
const REQUIRE = '(?:要求|必须是?|须为|需为|须|需要|需)';
const HIRE = '(?:招聘|招收|招|录用|录取|要|收|用)';
/** An age written 16 or 十六; never the tail of a longer number (2016). */
const NUM_START = '(?<![\\d.一二三四五六七八九十两百])';
const AGE = '(?:\\d{1,2}|[一二三四五六七八九十两]{1,3})';
const RANGE_DASH = '\\s?(?:-|~|至|到|—|－)\\s?';
/** "two of": 招2名女服务员, 需要一名男护工. */
const COUNT = '(?:[一二两三四五六七八九十几\\d]+\\s?(?:名|个|位))?';
/** An age or age range before the gender word: 限30岁以下女性, 招20-35岁男性. */
const AGED = `(?:${AGE}(?:${RANGE_DASH}${AGE})?\\s?周?岁(?:以下|以上|以内|左右|之间)?的?)`;
/** "… preferred". */
const PREFERRED = '(?:者|的)?(?:优先|为主|为佳|最佳|更佳|限定|专属|专岗)';

const MALE = '男(?:性|士|生|的|工|人|子|孩|同志|员工|青年|同胞)?';
const FEMALE = '女(?:性|士|生|的|工|人|子|孩|同志|员工|青年|同胞)?';
/** Informal words that still name a gender; only counted after 只/限 or before 优先, never after a bare 招 (招保洁阿姨 is fine). */
const MALE_INFORMAL = '(?:小伙子?|帅哥|壮汉|男孩子)';
const FEMALE_INFORMAL = '(?:美女|妹子|姑娘|小姐姐|宝妈|阿姨|大姐|女孩子)';

/** Common surnames: 李女士, 王先生 are how a contact is addressed, not a limit. 于 is left out (限于女士). */
const SURNAME =
  '(?:李|王|张|刘|陈|杨|赵|黄|周|吴|徐|孙|胡|朱|高|林|何|郭|马|罗|梁|宋|郑|谢|韩|唐|冯|董|萧|程|曹|袁|邓|许|傅|沈|曾|彭|吕|苏|卢|蒋|蔡|贾|丁|魏|薛|叶|阎|余|潘|杜|戴|夏|钟|汪|田|任|姜|范|方|石|姚|谭|廖|邹|熊|金|陆|郝|孔|白|崔|康|毛|邱|秦|江|史|顾|侯|邵|孟|龙|万|段|雷|钱|汤|尹|黎|易|常|武|乔|贺|赖|龚|文|欧阳|司马|诸葛)';

const GENDER_ALLOW = [
  // Both genders named together: 男女不限, 男/女均可, 男士女士.
  '男(?:士|性|生)?(?:和|或|及|与|、|/)?女(?:士|性|生)?',
  '女(?:士|性|生)?(?:和|或|及|与|、|/)?男(?:士|性|生)?',
  '(?:不限|不分|不论|无论|不拘)性别',
  '性别(?:不限|均可|皆可|都可|不拘|无要求|无限制)',
  // Goods and places named for a gender: 男装店, 女鞋, 女性用品, 男科.
  '(?:男|女)(?:性|士|童|生)?(?:装|鞋|包|手表|科|款|式服装|服装|服饰|内衣|用品|饰品|化妆品|发型|宿舍|寝室|厕所|卫生间|浴室|更衣室)',
  '女儿墙',
  `${SURNAME}(?:女士|先生|小姐|阿姨|师傅)`,
];

/**
 * Work that 《女职工劳动保护特别规定》附录 bars women from (mines, fourth-grade
 * physical labour, heavy loads) or limits (cold, heights). A men-only limit
 * next to such work may be lawful, so it goes to a reviewer instead of being
 * refused outright.
 */
const WORK_WOMEN_MAY_BE_BARRED = [
  '矿山|矿井|井下|煤矿|采矿|掘进|爆破',
  '四级体力|第四级体力|重体力|强体力|高强度体力劳动',
  '高处作业|高空作业|登高作业|外墙清洗|蜘蛛人',
  '搬运|装卸|扛(?:包|水泥|沙|货|麻袋|大包)|棒棒|负重|重物',
  '(?:2[0-9]|[3-9]\\d|1\\d\\d)\\s?(?:公斤|kg|千克)',
  '冷水作业|低温作业|冷库',
];

/** Chinese ethnic groups, each with 族: the word 族 alone is too common (上班族, 打工族, 家族). 水族 is also an aquarium. */
const ETHNIC_GROUP =
  '(?:少数民族|汉族|回族|维吾尔族?|维族|藏族|藏民|蒙古族|彝族|苗族|壮族|土家族|哈萨克族|朝鲜族|满族|侗族|瑶族|白族|傣族|黎族|哈尼族|布依族|傈僳族|佤族|畲族|拉祜族|东乡族|纳西族|景颇族|柯尔克孜族|达斡尔族|仫佬族|羌族|布朗族|撒拉族|毛南族|仡佬族|锡伯族|阿昌族|普米族|塔吉克族|怒族|乌孜别克族|俄罗斯族|鄂温克族|德昂族|保安族|裕固族|京族|塔塔尔族|独龙族|鄂伦春族|赫哲族|门巴族|珞巴族|基诺族|高山族|水族(?!馆|箱|店|缸|用品|器材|宠物|鱼)|土族)';

const BELIEVER =
  '(?:有?宗教信仰(?:者|的|人士)?|信教(?:者|的|人士|群众)?|信徒|基督徒|基督教徒|天主教徒|穆斯林|伊斯兰教徒|佛教徒|道教徒|信佛(?:的)?|信主(?:的)?|信基督(?:的)?|信仰伊斯兰教)';

/** Provinces and "from elsewhere": places people are turned away for. */
const ORIGIN_PLACE =
  '(?:北京|天津|河北|山西|内蒙古?|辽宁|吉林|黑龙江|上海|江苏|浙江|安徽|福建|江西|山东|河南|湖北|湖南|广东|广西|海南|四川|贵州|云南|西藏|陕西|甘肃|青海|宁夏|新疆|台湾|香港|澳门|东北|西北|重庆|外地|外省|外市|外区|外县|外来|农村|乡下|山区|非本地|非本市|非重庆)';
/** What a place is attached to: 河南人, 外地户籍, 农村户口. */
const ORIGIN_PERSON = '(?:人|籍|户籍|户口|人员|务工人员|的)';
const LOCAL = '(?:本地|本市|本区|本县|当地|重庆|城镇|城市|非农业?|主城)';
/**
 * Cities and Chongqing's districts a hukou limit names (限成都户籍, 仅招万州区户口). Used only
 * next to a hukou word: 长寿 or 江北 alone is no limit, 长寿户口 is.
 */
const OTHER_CITIES = [
  '重庆',
  '成都',
  '广州',
  '深圳',
  '武汉',
  '西安',
  '杭州',
  '南京',
  '苏州',
  '贵阳',
  '昆明',
  '长沙',
  '郑州',
  '南宁',
  '兰州',
  '合肥',
  '济南',
  '青岛',
  '厦门',
  '福州',
  '沈阳',
  '大连',
  '哈尔滨',
  '长春',
  '石家庄',
  '太原',
  '呼和浩特',
  '乌鲁木齐',
  '拉萨',
  '西宁',
  '银川',
  '海口',
  '南昌',
  '绵阳',
  '南充',
  '达州',
  '广安',
  '遵义',
];
const HUKOU_CITY = `(?:(?:${[
  ...DISTRICTS.map((d) => d.shortName),
  // People still say their hukou is 江北 or 渝北 after the merger into 两江新区.
  ...FORMER_DISTRICTS.map((d) => d.shortName),
  ...OTHER_CITIES,
].join('|')})(?:市|区|县|自治县)?)`;
/** A hukou word, with the kind of hukou it may carry (城镇户口, 非农户籍). */
const HUKOU = '(?:城镇|农村|非农业?|农业)?(?:户籍|户口|籍)(?!本|簿|所在|地址|证明)';
/** 持有/具有 before the hukou: 须持有重庆户口. */
const HOLDING = '(?:持有|具有|具备|拥有|有)?';

const INFECTIOUS = '(?:乙肝|乙型肝炎|肝炎|hiv|艾滋病?|丙肝|小三阳|大三阳|梅毒|(?:病毒|病原)携带)';

const DISABLED = '(?:残疾|残障|残废|肢残|聋哑|盲人|视障|听障|瘸子|瘸腿)';

/** Ages of the people the work is for (照顾80岁以上老人, 3-6岁儿童, 宝宝已满1周岁) are not limits on the worker. */
const CARED_FOR = '(?:儿童|幼儿|孩子|小孩|宝宝|婴儿|婴幼儿|小朋友|老人|老年人|长者|患者|病人|宠物|狗|猫|犬)';
/** After an age, 学生 are usually the ones taught (辅导10岁以上学生); before it, usually the ones hired (学生15岁也可). */
const NOT_ABOUT_OTHERS = `(?![^,;:!?。]{0,4}(?:${CARED_FOR}|学生|学员))`;
/**
 * The same check before the age (宝宝已满1周岁). `first` lists the characters the phrase can start with: testing
 * them first keeps the look-behind from running at every position of every text.
 */
const notAfterOthers = (first: string) => `(?=[${first}])(?<!${CARED_FOR}[^,;:!?。]{0,3})`;
const DIGIT_FIRST = '\\d一二三四五六七八九十两';

/** Statements of the youngest age accepted; each captures it as `min`. */
const MINIMUM_AGE = [
  `${NUM_START}${notAfterOthers(DIGIT_FIRST)}(?<min>${AGE})\\s?周?岁(?:\\(含\\))?(?:及|或)?(?:以上|起)(?!步|(?:者|的|人员)?${NOT_WANTED})${NOT_ABOUT_OTHERS}`,
  `(?:不低于|不小于|不少于|最低|最小|>=|≥)\\s?(?<min>${AGE})\\s?周?岁(?!(?:者|的|人员)?${NOT_WANTED})${NOT_ABOUT_OTHERS}`,
  `(?<![未不])${notAfterOthers('年已满')}(?:年满|已满|满|年龄满)(?<min>${AGE})\\s?周?岁${NOT_ABOUT_OTHERS}`,
  `${NUM_START}${notAfterOthers(DIGIT_FIRST)}(?<min>${AGE})\\s?(?:周?岁)?${RANGE_DASH}${AGE}\\s?周?岁${NOT_ABOUT_OTHERS}`,
  `${notAfterOthers('年')}年龄(?:要求|限制|范围)?:?\\s?(?<min>${AGE})${RANGE_DASH}${AGE}(?!\\d)`,
  `${notAfterOthers('招接可收要')}(?:招|招收|招聘|接受|可招|收|要)(?<min>${AGE})\\s?周?岁${NOT_ABOUT_OTHERS}`,
  `${NUM_START}${notAfterOthers(DIGIT_FIRST)}(?<min>${AGE})\\s?周?岁(?:的|左右的?)?(?:学生|孩子|小孩|少年)?(?:也可|即可|可以|均可|亦可|都可|可)(?!以上)`,
  `${notAfterOthers('未不')}(?:未满|不满)(?<min>${AGE})\\s?周?岁(?:者|的|人员)?${NOT_WANTED}`,
];

/** 16 to 18 is the legal working-age floor restated (劳动法第十五条, 未成年工保护), not a limit to flag. */
const LEGAL_FLOOR = '(?:1[678]|十[六七八])';

const FEE =
  '(?:押金|保证金(?!额)|抵押金|风险金|担保金|报名费|服装费|工服费|工装费|制服费|培训费|学费|体检费|介绍费|中介费|办卡费|建档费|入职费|上岗费|考试费|办证费|押(?:一|半|两|\\d+)?个?(?:月|天)?工资|压(?:一|半|两|\\d+)?个?(?:月|天)?工资)';
const FEE_WORDS = FEE.slice(3, -1);

const DOCUMENT = '(?:身份证件?|证件|毕业证书?|学历证书?|户口本|护照|驾驶证|技能证书?|资格证书?|职业资格证)';
/** A copy or the number is routine paperwork; the original document is what must not be kept. */
const NOT_A_COPY = '(?!复印件|号|号码|照片|正反面|信息|扫描件)';
/** Up to eight characters between a document and its keeping, none a copy, a refusal or the worker's own keeping. */
const DOC_GAP =
  '(?:(?!复印件|扫描件|照片|信息|号码|不|无需|无须|禁|严禁|自行|自己|本人|随身|妥善|归还|退还|核验|核对)[^,;:!?。]){0,8}?';

// ---------------------------------------------------------------------------
// The rules.

const EEPL = EMPLOYMENT_PROMOTION_LAW;
const HR_MARKET = HR_MARKET_24;
const AD_RULE = `${EMPLOYMENT_SERVICE_RULES}第二十条`;
const NO_FEES = `${LABOUR_CONTRACT_LAW_9}；${EMPLOYMENT_SERVICE_RULES}第十四条`;
const SPEC_7 = SPEC_7_1;
const SPEC_12 = SPEC_12_3;

export const RULES: readonly Rule[] = [
  {
    code: 'gender.men-only',
    verdict: 'block',
    category: 'gender',
    fields: WORDING,
    patterns: [
      `${ONLY}${HIRE}?${COUNT}(?:${MALE}|${MALE_INFORMAL})`,
      `${REQUIRE}:?\\s?${HIRE}?${COUNT}${MALE}`,
      `(?<!不)(?:招聘|招收|招|录用)${COUNT}${MALE}`,
      `(?:${ONLY}|${REQUIRE}|(?<!不)(?:招聘|招收|招))${COUNT}${AGED}${MALE}`,
      `性别(?:要求|限制)?:?\\s?${MALE}`,
      `(?:${MALE}|${MALE_INFORMAL})${PREFERRED}`,
      `(?:${FEMALE}|${FEMALE_INFORMAL})(?:者|的)?${NOT_WANTED}`,
      `${REFUSE}(?:收|聘|录用)?(?:${FEMALE}|${FEMALE_INFORMAL})`,
      '\\b(?:males? only|men only|only (?:males?|men))\\b',
    ],
    allow: GENDER_ALLOW,
    downgrade: {
      when: WORK_WOMEN_MAY_BE_BARRED,
      verdict: 'warn',
      message: {
        zh: '性别限制：限男性，但工作可能属于女职工禁忌劳动范围，请审核员判断',
        en: 'gender restriction to men, but the work may be barred to women by law; for the reviewer to judge',
      },
      basis: `《女职工劳动保护特别规定》第四条及附录；${EEPL}第二十七条`,
    },
    message: { zh: '性别限制：限定或优先招用男性', en: 'gender restriction: limited to, or preferring, men' },
    basis: `${EEPL}第二十七条；${WOMEN_RIGHTS_43}；${SPEC_7}`,
  },
  {
    code: 'gender.women-only',
    verdict: 'block',
    category: 'gender',
    fields: WORDING,
    patterns: [
      `${ONLY}${HIRE}?${COUNT}(?:${FEMALE}|${FEMALE_INFORMAL})`,
      `${REQUIRE}:?\\s?${HIRE}?${COUNT}${FEMALE}`,
      `(?<!不)(?:招聘|招收|招|录用)${COUNT}${FEMALE}`,
      `(?:${ONLY}|${REQUIRE}|(?<!不)(?:招聘|招收|招))${COUNT}${AGED}${FEMALE}`,
      `性别(?:要求|限制)?:?\\s?${FEMALE}`,
      `(?:${FEMALE}|${FEMALE_INFORMAL})${PREFERRED}`,
      `(?:${MALE}|${MALE_INFORMAL})(?:者|的)?${NOT_WANTED}`,
      `${REFUSE}(?:收|聘|录用)?(?:${MALE}|${MALE_INFORMAL})`,
      '\\b(?:females? only|women only|only (?:females?|women))\\b',
    ],
    allow: GENDER_ALLOW,
    message: { zh: '性别限制：限定或优先招用女性', en: 'gender restriction: limited to, or preferring, women' },
    basis: `${EEPL}第三条、第二十六条；${HR_MARKET}；${SPEC_7}`,
  },
  {
    code: 'marital.status',
    verdict: 'block',
    category: 'marital',
    fields: WORDING,
    patterns: [
      '已婚|未婚|已育|未育|婚育|已生育|未生育|已生子|已生孩子|婚否|有无子女|有无小孩',
      '是否(?:已婚|结婚|婚育|生育|有孩子|有小孩|有子女)',
      '(?:婚姻|生育|婚恋)(?:状况|情况|状态)',
      `${ONLY}(?:单身|离异|丧偶)`,
      '(?:单身|离异)(?:者|人士)?(?:优先|为佳|即可|勿扰|免谈)',
      '(?:\\d|[一二三两几])年内(?:不|无|暂不|不得|不能)(?:结婚|生育|生孩子|生小孩|要孩子|要小孩|怀孕|生二胎)',
      '(?:无|没有|暂无)(?:生育|结婚|婚育|怀孕)(?:计划|打算)',
      '(?:不打算|暂不|近期不|承诺不)(?:结婚|生育|要孩子|生孩子|怀孕)',
    ],
    allow: [
      '(?:不限|不问|不论|无论|不考虑|不看|不限制|不拘|不询问|不了解)(?:是否)?(?:婚姻|婚育|婚否|生育|已婚|结婚)(?:状况|情况|状态)?',
      '(?:婚姻|婚育|婚否|生育)(?:状况|情况|状态)?(?:不限|均可|不论|不拘|无要求|无限制)',
      '(?:已婚|未婚)(?:、|/|或|和)?(?:已婚|未婚)(?:均可|皆可|不限|都可|都行)',
      '婚育(?:假|补贴|福利)',
    ],
    message: {
      zh: '婚育限制：以婚姻、生育状况作为条件',
      en: 'marital or childbearing status used as a condition',
    },
    basis: `${WOMEN_RIGHTS_43}；${EEPL}第二十七条；${SPEC_7}`,
  },
  {
    code: 'marital.pregnancy',
    verdict: 'block',
    category: 'marital',
    fields: WORDING,
    patterns: [
      '孕检|妊娠(?:检查|测试|试验|检测)|验孕|(?:怀孕|早孕|hcg)(?:检查|检测|测试|试纸)',
      `(?:怀孕|孕期|孕妇|备孕|哺乳期)(?:者|的|中|期间|人员)?${NOT_WANTED}`,
      `${REFUSE}(?:怀孕|孕期|孕妇|备孕|哺乳期)`,
    ],
    allow: ['陪(?:同|伴)?[^,;:!?。]{0,6}孕检', '孕检陪(?:同|护)'],
    message: { zh: '孕期限制或妊娠检查', en: 'pregnancy excluded, or a pregnancy test required' },
    basis: `${WOMEN_RIGHTS_43}；《女职工劳动保护特别规定》第五条；${SPEC_7}`,
  },
  {
    code: 'ethnicity.exclusion',
    verdict: 'block',
    category: 'ethnicity',
    fields: WORDING,
    patterns: [
      `${ETHNIC_GROUP}(?:人|同胞|人员|者)?${NOT_WANTED}`,
      `${REFUSE}(?:收|聘|录用)?${ETHNIC_GROUP}`,
      `(?:${ONLY}|${REQUIRE})(?:招|要|收)?${ETHNIC_GROUP}`,
      '汉族(?:人)?(?:优先|为主|即可|者优先|为佳)',
      '民族(?:要求|限定|限制)?:?汉族?(?!\\p{Script=Han})',
    ],
    allow: [
      // Favouring minority workers is what the law asks for (就业促进法第二十八条第二款).
      '少数民族(?:同胞|人士|者|人员|劳动者)?(?:优先|欢迎|可|亦可|均可|照顾)',
      '(?:欢迎|照顾)少数民族',
      '民族不限|不限民族|各民族',
    ],
    message: { zh: '民族限制', en: 'ethnic restriction' },
    basis: `${EEPL}第三条、第二十八条；${HR_MARKET}；${SPEC_7}`,
  },
  {
    code: 'religion.exclusion',
    verdict: 'block',
    category: 'religion',
    fields: WORDING,
    patterns: [
      `${BELIEVER}(?:人员|者)?${NOT_WANTED}`,
      `${REFUSE}${BELIEVER}`,
      `(?:${ONLY}|${REQUIRE})(?:无宗教信仰|不信教|无神论者?|${BELIEVER})`,
      '无宗教信仰|不信(?:仰)?宗教|不信教|无神论者',
    ],
    allow: ['宗教信仰(?:不限|自由)', '不限宗教', '尊重(?:宗教|民族|各民族)', '无宗教信仰(?:要求|限制)'],
    message: { zh: '宗教信仰限制', en: 'religious restriction' },
    basis: `${EEPL}第三条；${HR_MARKET}；${SPEC_7}`,
  },
  {
    code: 'origin.exclusion',
    verdict: 'block',
    category: 'origin',
    fields: WORDING,
    patterns: [
      `${ORIGIN_PLACE}${ORIGIN_PERSON}?${NOT_WANTED}`,
      `${REFUSE}(?:收|聘|录用)?${ORIGIN_PLACE}(?:人|籍|户籍|户口|人员|务工)`,
      `(?:${ONLY}|${REQUIRE})(?:${LOCAL}|${ORIGIN_PLACE})(?:户籍|户口|人|籍|常住人口)(?!本|簿|所在)`,
      `(?:${LOCAL}|${ORIGIN_PLACE})(?:户籍|户口|人|籍)(?:者|的)?(?:优先|为主|为佳|限定)`,
      `(?:户籍|户口|籍贯)(?:要求)?(?::|为|限|必须|须|需)(?:${LOCAL}|${ORIGIN_PLACE})`,
      // A named city's or district's hukou, in either word order.
      `(?:${ONLY}|${REQUIRE})(?:${HIRE})?${HOLDING}(?:${LOCAL}|${ORIGIN_PLACE}|${HUKOU_CITY})${HUKOU}`,
      `${HUKOU_CITY}${HUKOU}(?:人员|者|的)?(?:优先|为主|为佳|限定)`,
      `${HUKOU_CITY}${HUKOU}(?:者|的|人员)?${NOT_WANTED}`,
      `(?:户籍|户口|籍贯)(?:要求)?(?::|为|限|必须|须|需|须为|需为|必须为|仅限|只限)${HUKOU_CITY}`,
    ],
    allow: [
      '(?:不限|不论|不问|无论|不拘|不限制|不分)(?:户籍|户口|地域|籍贯|省份|地区|区域|本地外地|本地和外地)',
      '(?:户籍|户口|地域|籍贯)(?:不限|均可|皆可|不拘|无要求|无限制)',
      '(?:欢迎|接受)(?:外地|外省|外来|农村)',
      '(?:本地|外地)(?:人|户籍)?(?:和|与|、|或|及|/)?(?:外地|本地)(?:人|户籍)?(?:均可|皆可|不限|都可|都行|一视同仁)',
    ],
    message: { zh: '户籍或地域限制', en: 'hukou or region-of-origin restriction' },
    basis: `${EEPL}第三十一条；《网络招聘服务管理规定》第十五条；${AD_RULE}；${SPEC_7}`,
  },
  {
    code: 'health.infectious-carrier',
    verdict: 'block',
    category: 'health',
    fields: WORDING,
    patterns: [
      '乙肝五项|乙肝两对半|两对半|乙肝表面抗原|hbsag|乙肝(?:检查|检测|筛查|化验)|(?:检查|检测|筛查|化验|查)乙肝',
      `${INFECTIOUS}(?:病毒|病原)?(?:携带者?|感染者|患者|阳性)?(?:者|的|人员)?${NOT_WANTED}`,
      `${REFUSE}(?:${INFECTIOUS}|(?:病毒|病原)?携带者)`,
      `(?:无|没有|非|排除)${INFECTIOUS}`,
      '(?:乙肝|肝炎)(?:需|须|必须)?阴性',
    ],
    allow: [
      '(?:不查|不检查|不检测|不做|不要求)(?:乙肝|两对半)',
      '乙肝(?:病毒)?(?:携带者?)?(?:可|亦可|也可|均可|不影响|欢迎)',
    ],
    message: {
      zh: '以传染病病原携带（如乙肝）为由拒绝录用或要求相关检查',
      en: 'carriers of an infectious disease (e.g. hepatitis B) excluded or tested for',
    },
    basis: `${EEPL}第三十条；${SPEC_7}`,
  },
  {
    code: 'health.no-infectious-disease',
    verdict: 'warn',
    category: 'health',
    fields: WORDING,
    patterns: ['(?:无|没有|非)(?:任何)?(?:传染性?疾?病|传染病史)', `传染病(?:患者|病人|者)?${NOT_WANTED}`],
    allow: [],
    message: {
      zh: '要求无传染病：仅食品等法定行业可以要求，请审核员判断',
      en: 'requires no infectious disease: lawful only for food handling and similar work; for the reviewer to judge',
    },
    basis: `${EEPL}第三十条；《食品安全法》第四十五条；${SPEC_12}`,
  },
  {
    code: 'disability.exclusion',
    verdict: 'block',
    category: 'disability',
    fields: WORDING,
    patterns: [
      `${DISABLED}(?:人|人士|者|人员)?${NOT_WANTED}`,
      `${REFUSE}${DISABLED}`,
      `(?:无|没有|不能有|不得有|非)(?:任何)?(?:${DISABLED}|肢体缺陷|身体缺陷|生理缺陷)`,
      '(?:四肢|肢体|身体|五官)(?:健全|无缺陷)',
    ],
    allow: [
      // Inclusion is not discrimination.
      `(?:欢迎|接受|可招|招收|适合|吸纳|安置|帮扶|优先招用?)${DISABLED}(?:人|人士|朋友|者)?`,
      `${DISABLED}(?:人|人士|朋友|者)?(?:优先|欢迎|可|亦可|也可|均可|友好)`,
    ],
    message: { zh: '歧视残疾人', en: 'people with disabilities excluded' },
    basis: `${EEPL}第二十九条；《残疾人保障法》第三十八条；${SPEC_7}`,
  },
  {
    code: 'child-labour.explicit',
    verdict: 'block',
    category: 'child-labour',
    fields: WORDING,
    patterns: [
      '童工',
      // 初中生 and 小学生 as the workers; 辅导初中生 (tutoring them) is a job, not child labour.
      '(?:招|招收|招聘|接受|欢迎|限|要|收|适合)(?:初中生|小学生)|(?:初中生|小学生)(?:也可|即可|可以|均可|亦可|都可|可|优先)',
      '(?:未满|不满)(?:16|十六)\\s?周?岁',
    ],
    allow: [
      `(?:童工|初中生|小学生|(?:未满|不满)(?:16|十六)\\s?周?岁)(?:者|的|人员)?${NOT_WANTED}`,
      '(?:不|禁止|严禁|杜绝|拒绝|不得|不准|不会|绝不)(?:招|招用|招收|使用|雇佣|雇用|用|聘用)?(?:童工|初中生|小学生|(?:未满|不满)(?:16|十六)\\s?周?岁)',
      '童工(?:违法|是违法的)',
    ],
    message: { zh: '招用未满十六周岁的未成年人（童工）', en: 'hiring children under 16 (child labour)' },
    basis: '《劳动法》第十五条；《禁止使用童工规定》第二条',
  },
  {
    code: 'child-labour.minimum-age',
    verdict: 'block',
    category: 'child-labour',
    fields: WORDING,
    patterns: MINIMUM_AGE,
    allow: [],
    numeric: { group: 'min', lt: 16 },
    message: { zh: '最低年龄低于十六周岁', en: 'minimum age below 16' },
    basis: '《劳动法》第十五条；《禁止使用童工规定》第二条',
  },
  {
    code: 'age.minimum',
    verdict: 'warn',
    category: 'age',
    fields: WORDING,
    patterns: MINIMUM_AGE,
    allow: [],
    numeric: { group: 'min', gt: 18 },
    message: {
      zh: '年龄限制（最低年龄高于十八周岁），请审核员判断',
      en: 'age limit (minimum above 18); for the reviewer to judge',
    },
    basis: `${EEPL}第三条；${SPEC_12}`,
  },
  {
    code: 'age.maximum',
    verdict: 'warn',
    category: 'age',
    fields: WORDING,
    patterns: [
      `${NUM_START}${notAfterOthers(DIGIT_FIRST)}${AGE}\\s?周?岁(?:及|或)?(?:以下|以内|之内|内)${NOT_ABOUT_OTHERS}`,
      `${notAfterOthers('不低小限年')}(?:不超过|不大于|不高于|(?<!不)低于|(?<!不)小于|不超|限于?|年龄限)${AGE}\\s?周?岁(?!\\s?(?:及|或)?以上)${NOT_ABOUT_OTHERS}`,
      `${NUM_START}${notAfterOthers(DIGIT_FIRST)}${AGE}\\s?(?:周?岁)?${RANGE_DASH}${AGE}\\s?周?岁${NOT_ABOUT_OTHERS}`,
      `${notAfterOthers('年')}年龄(?:要求|限制|范围)?:?\\s?${AGE}${RANGE_DASH}${AGE}(?!\\d)`,
      `${NUM_START}${notAfterOthers(DIGIT_FIRST)}${AGE}\\s?周?岁(?:及|或)?以上(?:者|的|人员)?${NOT_WANTED}`,
      `${notAfterOthers('超大高')}(?:超过|大于|高于)${AGE}\\s?周?岁(?:者|的|人员)?${NOT_WANTED}`,
    ],
    allow: [
      // Turning away people under the legal working age is a floor, not an age cap.
      `${NUM_START}${LEGAL_FLOOR}\\s?周?岁(?:及|或)?(?:以下|以内)(?:者|的|人员)?${NOT_WANTED}`,
      `(?:禁止|严禁|不得|不招|不收|不准)(?:招用|招收|使用|雇佣|录用)?${LEGAL_FLOOR}\\s?周?岁(?:以下|以内)`,
    ],
    message: { zh: '年龄上限，请审核员判断', en: 'upper age limit; for the reviewer to judge' },
    basis: `${EEPL}第三条；${SPEC_12}`,
  },
  {
    code: 'fees.charged-to-worker',
    verdict: 'block',
    category: 'fees',
    fields: WORDING,
    patterns: [
      FEE,
      '(?:先|需|要|须|得|需要|必须)(?:交(?!通|接|代|流|往|付)|缴纳?|付|支付|上交)[^,;:!?。]{0,6}(?:费|钱|元|块)',
    ],
    allow: [
      `(?:不收|不收取|免收|免除|无需|无须|不需|不需要|不用|免费?|无|没有|零|0元?|不交|不缴|不要|不会收取?|拒绝|严禁|不得|禁止|谨防|警惕|绝不|从不|不)(?:任何|一切|交纳?|缴纳?|收取?|支付|的){0,3}(?:${FEE_WORDS})`,
      `(?:${FEE_WORDS})用?(?:由)?(?:公司|单位|用人单位|老板|企业|我方|店里|厂里)?(?:承担|出|支付|报销|负责|全免|免收|全包|包)`,
      '(?:交|缴纳?)(?:社保|社会保险|医保|养老保险|五险|公积金|个税|税)',
    ],
    message: {
      zh: '向劳动者收取押金、保证金或各类费用',
      en: 'deposit, guarantee money or fees charged to the worker',
    },
    basis: NO_FEES,
  },
  {
    code: 'documents.withheld',
    verdict: 'block',
    category: 'documents',
    fields: WORDING,
    patterns: [
      `(?:代为保管|统一保管|统一管理|保管|扣押|扣留|抵押|暂扣|扣|押|收走|收缴|上交|留存|押下|代管)(?:员工|工人|你的|个人|求职者|本人)?的?${DOCUMENT}(?:原件)?${NOT_A_COPY}`,
      `${DOCUMENT}(?:原件)?(?:需|须|要|必须)?(?:押|抵押|扣押|暂扣|上交|交给?公司|交由公司|由公司保管|公司保管|交公司保管|留在公司|放在公司|统一保管|押在公司)(?![^,;:!?。]{0,3}(?:复印件|扫描件))`,
      '押证(?!书|明)',
      // The document named first and the keeping after it, however it is worded ("kept for the
      // employee" is still kept): 身份证原件由公司统一保管, 身份证帮员工保管, 身份证入职后上交.
      `${DOCUMENT}(?:原件)?${NOT_A_COPY}${DOC_GAP}(?:代为保管|统一保管|保管|保存|收存|代管|暂存|存放|扣押|扣留|暂扣|扣下|上交|押在|留在|放在)`,
    ],
    allow: [
      `(?:不|绝不|不会|严禁|禁止|不得)(?:扣押|扣留|保管|押|收取?|扣|收走)(?:员工|你的|个人)?的?${DOCUMENT}`,
      `(?:自行|自己|本人|个人|妥善|随身)(?:保管|保存|携带)(?:好|好您的|好你的|您的|你的)?${DOCUMENT}?`,
    ],
    message: { zh: '扣押劳动者身份证或其他证件', en: "keeping the worker's ID card or other documents" },
    basis: NO_FEES,
  },
  {
    code: 'off-platform.contact',
    verdict: 'warn',
    category: 'off-platform',
    fields: ALL_TEXT,
    patterns: [
      // Not 威信: that is "standing" (在员工中有威信), not a misspelt WeChat.
      '微信|weixin|wechat|薇信|(?<![a-z])v(?:x|信|芯)(?![a-z])|加\\s?(?:v|q)(?![a-z])|加微(?:信|我)?(?!\\p{Script=Han})|加薇',
      '(?<![a-z])(?:wx|qq|tg)(?![a-z])|扣扣|企鹅号|q群|telegram|whatsapp|私聊|私信',
    ],
    allow: ['微信(?:支付|转账|结算|付款|结账|发放|到账)', '(?:支付宝|银行卡)(?:或|/|、)?微信'],
    message: {
      zh: '引导到平台外联系（微信、QQ 等），请审核员核实',
      en: 'sends seekers off the platform (WeChat, QQ…); for the reviewer to check',
    },
    basis: SPEC_12,
  },
  {
    code: 'hype.get-rich',
    verdict: 'warn',
    category: 'hype',
    fields: WORDING,
    patterns: [
      '月入(?:过|上|破)?(?:万|\\d{1,2}万|[1-9]\\d{4,})|月薪(?:过|上|破)万|年入(?:百万|千万|\\d+万)',
      '日(?:赚|入|挣)(?:过|上)?(?:千|百|\\d{3,})|日赚|日入斗金',
      '轻松(?:赚钱|挣钱|月入|日入|过万|赚|挣)|躺赚|躺着(?:赚|挣)|躺挣|一夜暴富|暴富|暴利|快速致富|财务自由|高额回报|稳赚|零风险|睡后收入',
      '在家(?:就能|即可|轻松)?(?:赚钱|挣钱|月入|日入)|动动手指|手机(?:就能|即可)(?:赚钱|挣钱)',
    ],
    allow: [],
    message: { zh: '夸大收入的宣传用语，请审核员核实', en: 'get-rich wording; for the reviewer to check' },
    basis: `${HR_MARKET}（招聘信息应当真实）；${SPEC_12}`,
  },
  {
    code: 'fraud.task-scam',
    verdict: 'warn',
    category: 'fraud',
    fields: WORDING,
    patterns: [
      '刷单|刷信誉|刷好评|刷销量|刷流量|刷钻|刷粉|点赞(?:赚钱|员|兼职)|垫付|先垫|返佣|做任务(?:赚|返)|拼多多(?:助力|砍价)',
    ],
    allow: ['(?:不|无需|无须|不用|不需要)垫付', '(?:公司|单位|老板|我们|店里|厂里)(?:先)?垫付'],
    message: {
      zh: '疑似刷单等网络诈骗用语，请审核员核实',
      en: 'looks like an order-brushing or task scam; for the reviewer to check',
    },
    basis: SPEC_12,
  },
  {
    code: 'fraud.training-scheme',
    verdict: 'warn',
    category: 'fraud',
    fields: WORDING,
    patterns: [
      '招转培|保录|包录用?|保证(?:录用|上岗|入职|就业)|包分配|包就业',
      '(?:培训|学习)(?:贷|贷款|分期)|贷款(?:培训|学习)|分期(?:付款|付费)?(?:培训|学习)',
      '先(?:交|付)(?:钱|费|学费)(?:后|再)?(?:培训|上岗)',
    ],
    allow: [],
    message: {
      zh: '疑似以招聘为名招收培训学员（招转培、保录），请审核员核实',
      en: 'looks like recruiting trainees under cover of a job (招转培, guaranteed placement); for the reviewer to check',
    },
    basis: `${EMPLOYMENT_SERVICE_RULES}第十四条；${SPEC_12}`,
  },
  {
    code: 'fraud.paid-training-first',
    verdict: 'warn',
    category: 'fraud',
    fields: WORDING,
    patterns: ['先培训后上岗|培训(?:合格)?后(?:才能)?上岗|岗前培训'],
    allow: ['免费(?:岗前)?培训', '带薪培训', '培训(?:期间)?(?:免费|带薪|有工资|计工资)'],
    requires: ['培训费|学费|资料费|收费|交钱|收钱|贷款|分期|先交|先付|需交|需缴'],
    message: {
      zh: '上岗前培训并涉及费用，请审核员核实',
      en: 'training before starting work, with money mentioned; for the reviewer to check',
    },
    basis: `${EMPLOYMENT_SERVICE_RULES}第十四条；${SPEC_12}`,
  },
];

export const RULES_TABLE: RulesTable = { version: RULES_VERSION, rules: [...RULES] };
