/** The columns of the league table (考核排名) as the CLI prints them. */
export const LEAGUE_COLUMNS = [
  '单位类型',
  '排名',
  '单位',
  '单位编码',
  '得分',
  '等次',
  '一票否决',
  '黄牌警告',
];

/** The columns of a quarter's standings (季度考评): the league's, with the change on the last quarter. */
export const QUARTER_COLUMNS = [
  ...LEAGUE_COLUMNS.slice(0, 5),
  '上季度得分',
  '较上季度变化',
  ...LEAGUE_COLUMNS.slice(5),
];

/** The sheets of the year's workbook: five of the year, then one a quarter. */
export const WORKBOOK_SHEETS = [
  '考核排名',
  '单位得分明细',
  '一票否决',
  '取消提拔资格',
  '隐患台账',
  '第一季度考评',
  '第二季度考评',
  '第三季度考评',
  '第四季度考评',
];
