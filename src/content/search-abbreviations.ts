/**
 * The plans' own abbreviations and numbered slogans, expanded from their definitions in the texts
 * (mostly the 14th plan's glossary annex, 名词解释): abbreviation = the terms its definition names
 * @ where the definition is (a paragraph, a section with its subsections, or a whole plan).
 * tests/unit/content/search-abbreviations.test.ts checks every term against that source.
 */
export const ABBREVIATIONS = `
一江一河 = 黄浦江|苏州河 @ p14/annex.2.19
中心辐射 = 主城区|服务能级|辐射功能 @ p14/annex.2.23
两翼齐飞 = 临港新片区|长三角一体化示范区|虹桥商务区|张江科学城 @ p14/annex.2.23
新城发力 = 嘉定|松江|青浦|奉贤|南汇|新城 @ p14/annex.2.23
南北转型 = 金山|宝山|转型 @ p14/annex.2.23
五个新城|五大新城 = 嘉定|松江|青浦|奉贤|南汇|新城 @ p14/annex.2.23
四大品牌 = 上海服务|上海制造|上海购物|上海文化 @ p14/annex.2.1
三高两区 = 高速公路|高铁|高压线|生态敏感区|环境综合整治区 @ p14/annex.2.26
四好农村路 = 农村公路 @ p14/annex.2.27
点站场 = 回收服务点|转运站|集散场 @ p14/annex.2.29
五基 = 基础零部件|基础工业软件|基础材料|基础制造工艺 @ p14/annex.2.17
云数网端安 = 电子政务云|城运主体数据库|电子政务外网|网络安全 @ p14/annex.2.22
两个集中 = 社区事务受理服务中心|行政服务中心 @ p14/annex.2.20
三项制度 = 行政执法公示制度|全过程记录|法制审核 @ p14/annex.2.38
民心工程 = 旧区改造|早餐工程|停车难|加装电梯 @ p14/annex.2.37
两港 = 洋山港|外高桥 @ p14/3.3.4
三医联动 = 医疗|医保|医药 @ p14/14.2.5
四个中心 = 国际经济|金融|贸易|航运 @ p12-proposal/front
五个中心 = 国际经济中心|国际金融中心|国际贸易中心|国际航运中心|科创中心 @ p14
三大产业 = 集成电路|生物医药|人工智能 @ p14/5.1
六大重点产业|六大产业 = 电子信息|生命健康|汽车|高端装备|新材料|消费品 @ p14/5.2
五型经济 = 创新型|服务型|开放型|总部型|流量型 @ p14/3.1.2
四大功能 = 全球资源配置|科技创新策源|高端产业引领|开放枢纽门户 @ p14
三网融合 = 电信网|广播电视网|互联网 @ p12-outline/ch7.s1
两化融合 = 信息化|工业化 @ p12-info/1.1.2
双千兆 = 千兆|宽带|5g @ p14/8.4.1
东西联动 = 东部|西部|国家战略承载区 @ p14/10.3
`;
