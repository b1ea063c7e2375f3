// The laws and spec articles findings cite, spelled once so every finding
// quotes them the same way.

export const SPEC_7_1 = '《重庆市零工市场建设和服务规范(试行)》第七条(一)';
export const SPEC_12_3 = '《重庆市零工市场建设和服务规范(试行)》第十二条(三)';
export const EMPLOYMENT_PROMOTION_LAW = '《就业促进法》';
export const HR_MARKET_24 = '《人力资源市场暂行条例》第二十四条';
export const EMPLOYMENT_SERVICE_RULES = '《就业服务与就业管理规定》';
export const LABOUR_CONTRACT_LAW_9 = '《劳动合同法》第九条';
export const WOMEN_RIGHTS_43 = '《妇女权益保障法》第四十三条';
