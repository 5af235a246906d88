import type { Industry } from '../domain/units';
import type { Rng } from './prng';

/** Chinese vocabulary of the generated world: names of people, places, enterprises, departments, hazards. */

const SURNAMES = [
  '王',
  '李',
  '张',
  '刘',
  '陈',
  '杨',
  '黄',
  '赵',
  '吴',
  '周',
  '徐',
  '孙',
  '马',
  '朱',
  '胡',
  '郭',
  '何',
  '高',
  '林',
  '罗',
  '郑',
  '梁',
  '谢',
  '宋',
  '唐',
  '许',
  '韩',
  '冯',
  '邓',
  '曹',
  '彭',
  '曾',
  '肖',
  '田',
  '董',
  '袁',
  '潘',
  '于',
  '蒋',
  '蔡',
  '余',
  '杜',
  '叶',
  '程',
  '苏',
  '魏',
  '吕',
  '丁',
  '任',
  '沈',
  '姚',
  '卢',
  '姜',
  '崔',
  '钟',
  '谭',
  '陆',
  '汪',
  '范',
  '金',
];

const GIVEN = [
  '伟',
  '芳',
  '娜',
  '敏',
  '静',
  '丽',
  '强',
  '磊',
  '军',
  '洋',
  '勇',
  '艳',
  '杰',
  '娟',
  '涛',
  '明',
  '超',
  '秀',
  '霞',
  '平',
  '刚',
  '桂',
  '英',
  '华',
  '建',
  '国',
  '志',
  '文',
  '斌',
  '辉',
  '鹏',
  '宇',
  '浩',
  '凯',
  '健',
  '俊',
  '帆',
  '晨',
  '欣',
  '婷',
  '雪',
  '琳',
  '波',
  '林',
  '红',
  '海',
  '峰',
  '亮',
  '成',
  '东',
  '春',
  '玉',
  '兰',
  '萍',
  '鑫',
  '博',
  '昊',
  '然',
  '瑞',
  '清',
];

export function personName(rng: Rng): string {
  const given = rng.chance(0.65) ? rng.pick(GIVEN) + rng.pick(GIVEN) : rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

const PLACE_STEMS = [
  '青山',
  '白沙',
  '东湖',
  '西岭',
  '南浦',
  '北塘',
  '金川',
  '银河',
  '龙泉',
  '凤鸣',
  '松溪',
  '柳港',
  '桃源',
  '梅林',
  '竹园',
  '石桥',
  '清水',
  '长乐',
  '永安',
  '太平',
  '新塘',
  '古城',
  '高桥',
  '双河',
  '三江',
  '五里',
  '七星',
  '九龙',
  '沙湾',
  '黄田',
  '红星',
  '兴隆',
  '丰收',
  '和平',
  '建设',
  '光明',
  '花溪',
  '云台',
  '碧波',
  '明月',
  '秀峰',
  '翠屏',
  '临江',
  '望海',
  '平湖',
  '安澜',
  '宁远',
  '嘉禾',
  '横山',
  '大坝',
  '小河',
  '里仁',
  '樟树',
  '杨柳',
  '莲塘',
  '荷花',
  '石门',
  '铜鼓',
  '铁山',
  '银杏',
];

const CITY_STEMS = ['江州', '云州', '汉阳', '临川', '东陵', '南屏', '北川', '西平', '安阳', '永宁'];

export const cityName = (rng: Rng): string => `${rng.pick(CITY_STEMS)}市`;

/** `count` distinct place stems. */
export const placeStems = (rng: Rng, count: number): string[] => {
  const stems = rng.shuffle(PLACE_STEMS);
  const result: string[] = [];
  for (let i = 0; result.length < count; i++) {
    const stem = stems[i % stems.length];
    result.push(i < stems.length ? stem : `${stem}${Math.floor(i / stems.length) + 1}`);
  }
  return result;
};

const TRADE_FIRST = [
  '宏',
  '华',
  '鑫',
  '盛',
  '恒',
  '泰',
  '昌',
  '隆',
  '兴',
  '达',
  '顺',
  '通',
  '佳',
  '利',
  '永',
  '金',
  '嘉',
  '瑞',
  '祥',
  '和',
  '安',
  '中',
  '东',
  '新',
  '天',
  '海',
  '正',
  '诚',
  '信',
  '德',
  '光',
  '明',
];
const TRADE_SECOND = [
  '远',
  '源',
  '发',
  '业',
  '丰',
  '茂',
  '通',
  '达',
  '顺',
  '盛',
  '鼎',
  '辉',
  '宇',
  '峰',
  '成',
  '华',
  '联',
  '星',
  '城',
  '力',
  '瑞',
  '信',
  '安',
  '泰',
  '益',
  '康',
  '晟',
  '骏',
  '腾',
  '越',
  '邦',
  '禾',
];

/** A trade name (字号) of two characters, unique within `taken`. */
export function tradeName(rng: Rng, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const name = rng.pick(TRADE_FIRST) + rng.pick(TRADE_SECOND);
    const candidate = attempt < 40 ? name : `${name}${attempt}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

const ENTERPRISE_SUFFIXES: Readonly<Record<Industry, readonly string[]>> = {
  coal_mine: ['煤业有限公司', '煤矿'],
  non_coal_mine: ['矿业有限公司', '石料厂', '采石场'],
  hazardous_chemicals: ['化工有限公司', '化学品储运有限公司', '加油站', '燃气有限公司'],
  fireworks: ['烟花爆竹批发有限公司', '烟花爆竹零售店'],
  construction: ['建筑工程有限公司', '建设集团有限公司', '市政工程有限公司', '装饰工程有限公司'],
  industry_trade: [
    '机械制造有限公司',
    '纺织有限公司',
    '食品有限公司',
    '金属制品有限公司',
    '家具有限公司',
    '木业有限公司',
    '印务有限公司',
    '电子科技有限公司',
    '冷链物流有限公司',
    '粉末冶金有限公司',
  ],
  road_traffic: ['运输有限公司', '客运有限公司', '物流有限公司', '公交有限公司'],
  water_traffic: ['航运有限公司', '船务有限公司'],
  railway: ['铁路货运有限公司'],
  aviation: ['通用航空有限公司'],
  agri_machinery: ['农机专业合作社', '农业机械服务有限公司'],
  fishing_vessel: ['渔业有限公司', '水产捕捞合作社'],
  fire: ['商贸城', '宾馆', 'KTV娱乐有限公司'],
  other: ['商业管理有限公司', '物业服务有限公司', '酒店有限公司', '养老服务中心', '游乐园有限公司'],
};

export const enterpriseName = (rng: Rng, trade: string, industry: Industry): string =>
  `${trade}${rng.pick(ENTERPRISE_SUFFIXES[industry])}`;

/** The departments (行业主管部门) of a district or city and the industries each regulates. */
export const DEPARTMENTS: ReadonlyArray<{
  code: string;
  name: string;
  short: string;
  industries: readonly Industry[];
}> = [
  {
    code: 'YJ',
    name: '应急管理局',
    short: '应急',
    industries: [
      'hazardous_chemicals',
      'fireworks',
      'non_coal_mine',
      'coal_mine',
      'industry_trade',
    ],
  },
  { code: 'ZJ', name: '住房和城乡建设局', short: '住建', industries: ['construction'] },
  { code: 'JT', name: '交通运输局', short: '交通', industries: ['road_traffic', 'water_traffic'] },
  { code: 'GA', name: '公安分局交通警察大队', short: '公交', industries: ['road_traffic'] },
  { code: 'XF', name: '消防救援大队', short: '消', industries: ['fire'] },
  { code: 'NY', name: '农业农村局', short: '农', industries: ['agri_machinery', 'fishing_vessel'] },
  { code: 'SJ', name: '市场监督管理局', short: '市监', industries: ['industry_trade'] },
  { code: 'GX', name: '经济和信息化局', short: '经信', industries: ['industry_trade'] },
  { code: 'ZR', name: '自然资源局', short: '自然', industries: ['non_coal_mine'] },
  { code: 'SL', name: '水利局', short: '水', industries: ['construction', 'water_traffic'] },
  { code: 'JY', name: '教育局', short: '教', industries: ['other'] },
  { code: 'WJ', name: '卫生健康委员会', short: '卫', industries: ['other'] },
  { code: 'SW', name: '商务局', short: '商', industries: ['hazardous_chemicals'] },
  { code: 'WL', name: '文化和旅游局', short: '文旅', industries: ['other'] },
  { code: 'CG', name: '城市管理局', short: '城管', industries: ['other'] },
  { code: 'HB', name: '生态环境分局', short: '环', industries: ['hazardous_chemicals'] },
  { code: 'MZ', name: '民政局', short: '民', industries: ['other'] },
  { code: 'FG', name: '发展和改革局', short: '发改', industries: ['other'] },
  { code: 'GZ', name: '国有资产监督管理办公室', short: '国资', industries: ['other'] },
  { code: 'TY', name: '体育局', short: '体', industries: ['other'] },
  { code: 'LY', name: '林业局', short: '林', industries: ['fire'] },
  { code: 'YZ', name: '邮政管理局', short: '邮', industries: ['road_traffic'] },
  { code: 'TL', name: '铁路护路联防办公室', short: '铁', industries: ['railway'] },
  { code: 'HS', name: '海事处', short: '海', industries: ['water_traffic'] },
  { code: 'MH', name: '通用机场管理办公室', short: '航', industries: ['aviation'] },
  { code: 'GS', name: '供销合作社联合社', short: '供销', industries: ['fireworks'] },
  { code: 'LS', name: '粮食和物资储备局', short: '粮', industries: ['other'] },
  { code: 'RS', name: '人力资源和社会保障局', short: '人社', industries: ['other'] },
  { code: 'QX', name: '气象局', short: '气', industries: ['other'] },
  { code: 'DL', name: '电力管理办公室', short: '电', industries: ['other'] },
];

export const INDUSTRY_WEIGHTS: ReadonlyArray<readonly [Industry, number]> = [
  ['industry_trade', 34],
  ['construction', 19],
  ['road_traffic', 10],
  ['other', 11],
  ['hazardous_chemicals', 8],
  ['fire', 5],
  ['non_coal_mine', 3],
  ['fireworks', 2],
  ['water_traffic', 2],
  ['agri_machinery', 2],
  ['fishing_vessel', 1.5],
  ['coal_mine', 1],
  ['railway', 0.3],
  ['aviation', 0.2],
];

/** Industries whose enterprises always sign an agreement (高危行业). */
export const HIGH_RISK: readonly Industry[] = [
  'coal_mine',
  'non_coal_mine',
  'hazardous_chemicals',
  'fireworks',
];

const HAZARDS: Readonly<Partial<Record<Industry, readonly string[]>>> = {
  construction: [
    '脚手架连墙件设置不足',
    '临边洞口防护缺失',
    '塔吊限位装置失效',
    '深基坑未按方案支护',
    '施工用电未做到一机一闸一漏保',
    '高处作业人员未系安全带',
    '模板支撑体系未验收即使用',
  ],
  hazardous_chemicals: [
    '储罐区可燃气体报警器失效',
    '重大危险源监控数据未接入',
    '动火作业未办理审批手续',
    '防雷防静电检测过期',
    '危险化学品混存',
    '安全阀未按期校验',
    '紧急切断装置失效',
  ],
  industry_trade: [
    '冲压设备光电保护装置失效',
    '粉尘涉爆场所未安装泄爆装置',
    '有限空间作业未检测气体',
    '叉车司机无证上岗',
    '配电箱前堆放杂物',
    '砂轮机防护罩缺失',
    '液氨制冷车间未设报警装置',
  ],
  road_traffic: [
    '客运车辆动态监控离线',
    '驾驶员超时驾驶',
    '车辆未按期年检',
    '危货车辆未按规定路线行驶',
  ],
  fire: ['疏散通道堵塞', '消防设施未保持完好有效', '电动自行车室内充电', '安全出口上锁'],
  non_coal_mine: ['边坡台阶高度超过设计', '排土场未设置截排水设施', '采场作业人员未佩戴安全帽'],
  fireworks: ['库房超量储存', '防爆电器不符合要求', '零售点与居民住宅未有效隔离'],
  coal_mine: ['瓦斯监测传感器位置不当', '局部通风机未实现双电源', '采掘工作面支护不到位'],
  water_traffic: ['船舶救生设备配备不足', '渡口未设置安全警示标志', '船员未持证上岗'],
  other: ['游乐设施未定期检验', '电梯维保记录缺失', '厨房燃气管道老化', '应急照明不亮'],
  agri_machinery: ['拖拉机未挂牌上路', '收割机安全防护装置缺失'],
  fishing_vessel: ['渔船未配备AIS终端', '救生筏过期未检'],
};

const GENERIC_HAZARDS = [
  '安全生产责任制未落实到岗位',
  '特种作业人员证件过期',
  '应急预案未按期演练',
  '安全警示标志缺失',
  '隐患排查台账记录不全',
  '员工安全培训记录缺失',
  '灭火器过期未更换',
];

export const hazardDescription = (rng: Rng, industry: Industry | undefined): string => {
  const specific = industry ? HAZARDS[industry] : undefined;
  return specific && rng.chance(0.7) ? rng.pick(specific) : rng.pick(GENERIC_HAZARDS);
};

export const MAJOR_MEASURES = [
  '停止相关区域作业，制定专项整改方案，聘请专业机构评估',
  '更换失效设施设备，落实专人监护，整改完成后组织专家验收',
  '委托设计单位出具加固方案，分阶段实施整改',
];

export const REPORT_CONTENTS = [
  '反映该企业夜间违规动火作业',
  '举报该单位安排无证人员操作特种设备',
  '反映该工地高处作业未采取防护措施',
  '举报该企业擅自储存危险化学品',
  '反映该场所疏散通道被占用、安全出口锁闭',
  '举报该企业超员超载运输',
];

export const INCIDENT_KINDS: Readonly<Partial<Record<Industry, readonly string[]>>> = {
  construction: ['高处坠落', '物体打击', '坍塌', '起重伤害', '触电'],
  industry_trade: ['机械伤害', '有限空间中毒窒息', '起重伤害', '粉尘爆炸', '灼烫'],
  hazardous_chemicals: ['火灾爆炸', '中毒窒息', '泄漏'],
  road_traffic: ['两车相撞', '车辆侧翻', '追尾碰撞', '撞击行人'],
  fire: ['电气火灾', '厂房火灾', '居民楼火灾'],
  non_coal_mine: ['边坡坍塌', '车辆伤害'],
  fireworks: ['爆炸'],
  coal_mine: ['顶板事故', '瓦斯爆炸', '运输事故'],
  water_traffic: ['船舶碰撞', '渡船翻沉'],
  other: ['电梯故障致人伤亡', '游乐设施故障'],
  agri_machinery: ['拖拉机侧翻'],
  fishing_vessel: ['渔船沉没'],
};

/** What kind of accident happened, by the industry where it did. */
export const incidentKind = (rng: Rng, industry: Industry): string =>
  rng.pick(INCIDENT_KINDS[industry] ?? ['生产安全']);

export const CAUSES = [
  '企业未落实安全生产主体责任，现场安全管理缺失，作业人员违章操作',
  '安全防护设施缺失，隐患排查治理不到位，员工安全培训流于形式',
  '违规组织作业，未执行作业审批制度，属地和行业监管存在漏洞',
];

export const ROAD_CAUSES = [
  '驾驶人操作不当、车辆安全技术状况不良，运输企业动态监控不到位',
  '驾驶人超速行驶、疲劳驾驶，道路交通安全隐患排查整治不到位',
];

export const causeOf = (rng: Rng, industry: Industry): string =>
  rng.pick(industry === 'road_traffic' ? ROAD_CAUSES : CAUSES);

export const MEASURES = [
  '开展为期三个月的同类隐患专项排查整治',
  '全员重新开展安全生产教育培训并考核',
  '完善作业审批和现场监护制度',
  '对相关设备设施进行全面检测检验',
  '在全区通报事故情况，举一反三',
];

export const EVIDENCE = [
  '查阅会议纪要、文件和工作台账',
  '现场抽查及资料核查',
  '听取汇报并实地检查',
  '年度工作总结及佐证材料',
];

export const PENALTY_BASIS = [
  '《中华人民共和国安全生产法》第九十九条',
  '《中华人民共和国安全生产法》第一百零一条',
  '《中华人民共和国安全生产法》第一百零二条',
  '《危险化学品安全管理条例》第八十条',
  '《建设工程安全生产管理条例》第六十二条',
  '《中华人民共和国消防法》第六十条',
];
