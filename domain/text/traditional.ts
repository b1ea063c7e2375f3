// Traditional → simplified, one character to one character. Postings reach the
// kiosk from Hong Kong and Taiwan employers, from phones set to traditional
// input, and now and then from someone who writes 僅限女性 to slip past a
// filter that only knows 仅限. The screener reads simplified text, so every
// wording it knows must fold to one spelling.
//
// Only characters whose traditional form is not also an ordinary simplified
// character are listed: folding 著, 乾 or 瞭 would corrupt correct simplified
// text. Each token is a traditional character followed by its simplified form.
// Simplified forms are never themselves keys, so folding twice changes nothing.

const GROUPS: readonly string[] = [
  // Limits, preference, gender, family, body.
  '僅仅 體体 檢检 婦妇 懷怀 嬰婴 親亲 歲岁 齡龄 週周 滿满 優优 於于 條条 從从 淨净 與与 為为 麼么',
  // Origin, hukou, places.
  '戶户 戸户 區区 縣县 鄉乡 農农 當当 廣广 東东 貴贵 雲云 龍龙 遼辽 陝陕 寧宁 灣湾 門门 臺台 蘇苏 華华 漢汉',
  // Ethnic groups and religion.
  '維维 爾尔 壯壮 數数 羅罗 鮮鲜 納纳 頗颇 達达 錫锡 烏乌 別别 溫温 倫伦 獨独 諾诺 瑤瑶 薩萨 蘭兰 無无 論论 義义 禮礼 廟庙',
  // Health, disability.
  '攜携 帶带 測测 愛爱 傳传 陽阳 陰阴 項项 對对 兩两 結结 療疗 醫医 殘残 聾聋 啞哑 視视 聽听 藥药 瘋疯 腦脑 腳脚 臟脏',
  // Money, fees, pay.
  '費费 資资 賺赚 錢钱 報报 裝装 訓训 證证 紹绍 辦办 檔档 試试 險险 擔担 償偿 貸贷 價价 額额 萬万 過过 輕轻 鬆松',
  '穩稳 財财 務务 夢梦 賣卖 買买 單单 墊垫 傭佣 錄录 轉转 職职 員员 課课 學学 貨货 販贩 貧贫 責责 貼贴 貿贸 賞赏 賠赔',
  '賬账 賭赌 購购 贈赠 贏赢 賃赁 質质 賴赖 賀贺 賓宾 賊贼 贊赞 讚赞 貢贡 貫贯 貪贪 貯贮 貶贬 幣币 稅税 餘余 結结',
  // Contact, platforms.
  '聯联 繫系 係系 號号 碼码 掃扫 釘钉 詳详 談谈 約约 電电 話话 網网 絡络 訊讯 線线 請请 問问',
  // Documents, ID.
  '護护 駕驾 駛驶 書书 歷历 曆历 畢毕 簽签 籤签 紙纸 憑凭 據据 託托 註注 冊册',
  // Heavy and dangerous work (女职工禁忌劳动范围).
  '礦矿 採采 級级 強强 處处 業业 運运 負负 噸吨 層层 樓楼 牆墙 庫库 廠厂 機机 車车 輛辆 鋼钢 鐵铁 銲焊 銀银',
  // Work, time, place.
  '時时 間间 長长 開开 關关 點点 門门 場场 園园 團团 圖图 國国 塊块 壞坏 壓压 夠够 頭头 題题 實实 寶宝 審审 寬宽',
  '導导 將将 專专 尋寻 屬属 島岛 嶺岭 帥帅 師师 帳帐 幫帮 廢废 張张 歸归 復复 複复 徵征 徹彻 應应 態态 總总 戰战 戲戏',
  '執执 擁拥 擇择 擊击 擴扩 擬拟 斷断 晝昼 暫暂 會会 極极 構构 標标 樣样 橋桥 歡欢 氣气 湯汤 溝沟 濟济 滅灭 燈灯 爐炉',
  '燒烧 熱热 爺爷 牽牵 獎奖 現现 環环 產产 畫画 盡尽 監监 盤盘 礎础 稱称 窮穷 競竞 筆笔 節节 範范 築筑 簡简 類类 糧粮',
  '緊紧 紅红 紀纪 純纯 細细 組组 終终 經经 絕绝 給给 統统 綠绿 練练 編编 緣缘 績绩 續续 繼继 罰罚 習习 聲声 肅肃 脫脱',
  '臉脸 舊旧 藝艺 術术 衛卫 補补 製制 襯衬 見见 規规 覺觉 觀观 計计 訂订 記记 設设 許许 訴诉 診诊 評评 詞词 詩诗 該该',
  '誠诚 誰谁 調调 諸诸 講讲 謝谢 識识 譯译 議议 讀读 變变 讓让 貝贝 趕赶 趨趋 跡迹 蹤踪 躍跃 軟软 載载 較较 輔辅 輪轮',
  '輸输 邊边 遠远 連连 進进 違违 遞递 適适 選选 遺遗 還还 邏逻 郵邮 釋释 針针 釣钓 鈴铃 銷销 鋪铺 鍋锅 鍵键 鎮镇 鏈链',
  '錯错 鐘钟 鍾钟 閃闪 閉闭 閒闲 閑闲 閱阅 闆板 陣阵 陳陈 陸陆 隊队 際际 隨随 隱隐 隻只 雖虽 雙双 雜杂 雞鸡 離离 難难',
  '靜静 頁页 頂顶 順顺 須须 預预 領领 頻频 顏颜 顧顾 顯显 風风 飛飞 飯饭 飲饮 飽饱 餅饼 館馆 饅馒 馬马 駐驻 騎骑 驗验',
  '髮发 鬥斗 魚鱼 鳥鸟 麥麦 麵面 黃黄 齊齐 齒齿 龜龟 獲获 擠挤 擺摆 攤摊 櫃柜 權权 歐欧 殺杀 殼壳 濕湿 瀏浏 燦灿 爭争',
  '犧牺 獵猎 瑪玛 瓊琼 異异 癢痒 盜盗 眾众 矯矫 碩硕 確确 礙碍 祿禄 禍祸 禪禅 穀谷 窩窝 竄窜 竊窃 筍笋 籃篮 籠笼 粵粤',
  '糾纠 紐纽 紡纺 紮扎 絆绊 綁绑 綜综 綢绸 緒绪 緩缓 緻致 縫缝 縮缩 繩绳 繪绘 繳缴 纜缆 罷罢 聖圣 聞闻 聰聪 膚肤 膠胶',
  '興兴 舉举 艙舱 艦舰 莊庄 葉叶 蓋盖 蔣蒋 蔥葱 薦荐 藍蓝 蘋苹 蝦虾 蟲虫 蠟蜡 衝冲 裏里 裡里 褲裤 襪袜 覽览 觸触 訟讼',
  '詐诈 詢询 誤误 誘诱 誌志 說说 誼谊 諮咨 謀谋 謊谎 謎谜 豬猪 貓猫 賦赋 趙赵 踐践 轄辖 辭辞 迴回 遲迟 鄰邻 鄭郑 醬酱',
  '釀酿 鈔钞 鉛铅 銅铜 銳锐 錶表 鍛锻 鎖锁 鏡镜 鑰钥 閘闸 闖闯 僱雇 霧雾 靈灵 韓韩 頓顿 頸颈 顆颗 颱台 飄飘 養养 餵喂',
  '饑饥 飢饥 驅驱 驚惊 驟骤 骯肮 髒脏 鬧闹 魯鲁 鳴鸣 鴨鸭 鵝鹅 鹽盐 嚴严 勵励 傢家 傑杰 傷伤 億亿 兇凶 劃划 劇剧 劑剂',
  '勁劲 勢势 勻匀 協协 厲厉 厭厌 參参 叢丛 吳吴 呂吕 啟启 喚唤 喪丧 嗎吗 嘆叹 嘗尝 噴喷 嚮向 圍围 執执 堅坚 塗涂 塵尘',
  '墜坠 墳坟 壇坛 壩坝 壽寿 夾夹 奪夺 奮奋 娛娱 婁娄 嬌娇 嬸婶 孫孙 寢寝 寫写 屆届 屍尸 屢屡 岡冈 峽峡 崗岗 嶄崭 巖岩',
  '幹干 廁厕 廂厢 廈厦 廚厨 廬庐 彈弹 彎弯 彙汇 匯汇 徑径 恆恒 恥耻 悅悦 惡恶 惱恼 慘惨 慣惯 慮虑 慶庆 憂忧 憐怜 憤愤',
  '懇恳 懲惩 懶懒 懸悬 懼惧 戀恋 拋抛 挾挟 捨舍 掙挣 掛挂 揀拣 換换 揮挥 損损 搖摇 搶抢 摟搂 摯挚 撐撑 撥拨 撫抚 撲扑',
  '擋挡 擲掷 擾扰 攔拦 攝摄 攪搅 敗败 敵敌 斂敛 斃毙 斬斩 晉晋 暈晕 暉晖 暢畅 曉晓 曠旷 朧胧 來来 楊杨 榮荣 槍枪 樁桩',
  '樂乐 樞枢 樹树 橫横 櫥橱 歲岁 毀毁 氫氢 滬沪 漲涨 漁渔 潔洁 潛潜 澀涩 濃浓 瀉泻 灑洒 灘滩 災灾 煉炼 煙烟 煩烦 爛烂',
  '狀状 猶犹 獄狱 獅狮 獻献 瑣琐 甦苏 畝亩 疊叠 癡痴 發发 盞盏 睜睁 瞞瞒 磚砖 禦御 禱祷 種种 窯窑 竅窍 箋笺 篩筛 糞粪',
  '紋纹 紗纱 紛纷 紳绅 絞绞 絲丝 綱纲 綿绵 緝缉 締缔 縱纵 織织 繞绕 繡绣 繭茧 纏缠 缽钵 罈坛 罵骂 羨羡 聳耸 脅胁 脈脉',
  '腎肾 腫肿 腸肠 膽胆 臘腊 臨临 艱艰 艷艳 莖茎 萊莱 蒼苍 蓮莲 蔔卜 蕭萧 薑姜 蘆芦 虛虚 虜虏 蛻蜕 蝕蚀 蠅蝇 蠶蚕 蠻蛮',
  '襖袄 覓觅 討讨 訣诀 訝讶 訪访 誇夸 認认 誕诞 語语 誡诫 諒谅 謂谓 謙谦 譜谱 譽誉 豈岂 豎竖 豐丰 貞贞 賢贤 賤贱 贓赃',
  '軀躯 軌轨 軒轩 軸轴 輝辉 輩辈 輯辑 轎轿 轟轰 辯辩 遙遥 遜逊 遷迁 邁迈 醜丑 鈍钝 鈕钮 鉗钳 銘铭 鋒锋 錦锦 錨锚 鍊炼',
  '鎊镑 鏟铲 鑄铸 鑑鉴 鑒鉴 鑼锣 鑽钻 閣阁 闊阔 闡阐 闢辟 階阶 隸隶 韋韦 韌韧 響响 頌颂 頑顽 願愿 顛颠 颳刮 飼饲',
  '飾饰 餃饺 餓饿 饒饶 騙骗 騰腾 騷骚 驕骄 驢驴 鬍胡 鬚须 鮑鲍 鯉鲤 鯨鲸 鳳凤 鴻鸿 鵬鹏 鶴鹤 鷹鹰 鹵卤 鹹咸 鹼碱 麗丽',
  '點点 黨党 龐庞 佔占 纔才 祕秘 準准 減减 凍冻 況况 涼凉 湊凑 決决 幾几 凱凯 劉刘 則则 剛刚 創创 刪删 劍剑 勸劝 動动',
  '勞劳 勳勋 匱匮 卻却 廳厅 厲厉 雙双 變变 敘叙 後后 嚇吓 噸吨 員员 嗚呜 詠咏 嚨咙 響响 嘩哗 嘯啸 嗇啬 個个 們们 傘伞',
  '偉伟 倉仓 儀仪 價价 傳传 偽伪 俠侠 侶侣 偵侦 側侧 僑侨 儉俭 債债 傾倾 儲储 兒儿 兌兑 蘭兰 內内 軍军 馮冯 擊击 鳳凤',
  '沒没 並并 媽妈 妳你 牠它 衹只 這这 樣样 亂乱 爭争 虧亏 亞亚 產产 習习 書书 鄉乡 麗丽 舉举 義义 樂乐 喬乔 臨临 喪丧 豐丰 嚴严 東东 絲丝 專专 業业',
];

function buildTable(): ReadonlyMap<string, string> {
  const table = new Map<string, string>();
  for (const group of GROUPS) {
    for (const token of group.split(/\s+/)) {
      const [traditional, simplified] = Array.from(token);
      // A token whose two halves are the same documents a shared character; it folds nothing.
      if (traditional === undefined || simplified === undefined || traditional === simplified) continue;
      table.set(traditional, simplified);
    }
  }
  return table;
}

/** Traditional character → simplified character. */
export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<string, string> = buildTable();

/** The simplified form of one character, or the character itself when it has none in the table. */
export function simplifyChar(ch: string): string {
  return TRADITIONAL_TO_SIMPLIFIED.get(ch) ?? ch;
}

/** Every character of `text` folded to its simplified form. */
export function toSimplified(text: string): string {
  let out = '';
  for (const ch of text) out += simplifyChar(ch);
  return out;
}

/** The raw tokens, for tests that check the table is well formed. */
export const TRADITIONAL_TOKENS: readonly string[] = GROUPS.flatMap((g) => g.split(/\s+/));
