/**
 * Concept table for search: people's own words (Chinese or English) = the plans' terms for the same
 * thing. Unlike the glossary (terms of art), these words seldom or never appear in the plans, so
 * the plans' terms stand in for them with full weight. Left of "=": what people type ("|" between
 * variants); right: the plans' terms, each checked against the texts, and each line checked by
 * tests/unit/content/search-concepts.test.ts to reach a passage holding one of them.
 */
export const CONCEPTS = `
堵车|塞车|交通堵塞|交通拥堵|拥堵|太堵|堵得厉害|traffic jam|congestion|gridlock = 拥堵|拥挤|通行效率
老房子|老房|旧房子|旧房|老公房|破旧房屋|危房|old houses|old housing|old lane houses|lane houses = 旧住房|旧区改造|旧改
拆迁|动迁|拆房|拆旧房|棚户区|demolition|relocation = 旧区改造|城市更新|城中村改造|征收
老小区|老旧小区|旧小区|old neighbourhoods = 旧住房|老旧住房|更新改造
城市更新|urban renewal|regeneration = 城市更新|城市有机更新
买房|买房子|房价|房子|购房|房市|楼市|home buying|house prices|property prices = 住房|房地产市场|稳房价
租房|房租|租金|租房子|renting|rent = 租赁住房|住房租赁
公租房|保障房|廉租房|经适房|affordable housing|public housing|social housing = 住房保障|保障性住房|廉租
菜场|买菜|菜市|wet market = 菜市场|菜场
看病|看医生|看病难|去医院|see a doctor = 就医|医疗服务|医院
养老院|敬老院|老人院|nursing home|care home = 养老机构|养老服务
老人|老年人|老龄|elderly|old people|seniors|pensioners = 老年|养老|为老服务|老龄化
带孩子|托儿所|托儿|托班|childcare|daycare = 托育|托育服务
上学|读书|学位|入学|schools|schooling = 学校|教育|义务教育
地铁站|坐地铁|metro station|subway station = 轨道交通|地铁|站点
坐公交|公交车|巴士|bus route|buses = 公交|公共交通
停车位|车位|停车难|parking spaces|car park = 停车|停车难
雾霾|空气污染|空气差|smog|air pollution|haze = 大气|空气质量|细颗粒物
垃圾|扔垃圾|垃圾桶|rubbish|garbage|trash|waste sorting = 生活垃圾|垃圾分类
臭河|脏河|河水脏|黑臭河|黑臭河道|dirty rivers|river pollution = 水环境|河道|水体|污水
绿化|种树|植树|planting trees|tree planting = 绿化|林地|造林|森林覆盖率
网速|上网|网络慢|internet speed|broadband speed = 宽带|网速|接入带宽
找工作|工作机会|就业岗位|jobs|finding a job|unemployment = 就业|失业|稳就业
工资|收入水平|涨工资|wages|salaries|income = 收入|工资|可支配收入
电动车|电动汽车|电车|electric cars|electric vehicles|ev = 新能源汽车|电动汽车
无人驾驶|自动驾驶汽车|driverless|self-driving|autonomous driving|autonomous vehicles = 自动驾驶|智能网联汽车|智能汽车
充电站|充电|charging stations|chargers = 充电桩|充电
氢能源|氢能车|氢燃料|hydrogen|hydrogen fuel cell|fuel cell vehicles = 氢能|燃料电池|加氢站
装电梯|加电梯|elevators in old buildings|lift installation = 加装电梯
早饭|吃早饭|breakfast = 早餐|早餐工程
淹水|内涝|发大水|水淹|urban flooding|waterlogging = 排水|除涝|积水|防汛
疫情|新冠|传染病|epidemic|pandemic|covid = 疫情|公共卫生|传染病
办事|办证|网上办事|跑腿|government services online = 一网通办|政务服务
户口|落户口|上户口|hukou|household registration = 落户|户籍|居住证
外地人|外来人口|新上海人|migrants|migrant workers = 来沪人员|常住人口|来沪
医保卡|看病报销|medical insurance|health insurance = 医保|医疗保险
社保|养老金|退休金|pension|pensions|social insurance = 社保|养老保险|社会保障
生孩子|二胎|三胎|生育率|birth rate|having children = 生育|人口
网购|网上购物|online shopping|e-commerce = 电子商务
共享单车|骑车|自行车|cycling|bike sharing|bicycles = 共享单车|慢行|骑行
江边|河边|滨江大道|riverside|riverfront|waterfront = 滨江|滨水|岸线
散步|跑步|步道|walking paths|jogging = 绿道|慢行|步行
健身房|锻炼|体育锻炼|exercise|sport facilities|gyms = 健身|体育|体育场
景点|旅游景点|tourist attractions|sightseeing = 旅游|景区
冷链物流|冷链|cold chain logistics|cold chain = 物流
快递|送快递|express delivery|parcel delivery = 快递|物流
5g基站|手机信号|mobile signal = 5g|基站|移动通信
芯片|chips|semiconductors = 集成电路|芯片
新药|药企|pharma|drug makers = 生物医药|医药
大数据中心|data centers = 数据中心
碳排放|碳达峰|碳中和|carbon peak|peak carbon|carbon neutrality|net zero = 碳排放达峰|碳排放|低碳
无障碍|轮椅|wheelchair access|accessibility = 无障碍
`;
