import { BarChart, GraphChart, LineChart } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

// Only what the console draws: bars and lines (hazard ledger), the graph (responsibility chain).
// SVG, so that the pictures are elements a test (or a screen reader) can find.
echarts.use([
  BarChart,
  LineChart,
  GraphChart,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TooltipComponent,
  SVGRenderer,
]);

export type ChartOption = echarts.EChartsCoreOption;
export type Chart = echarts.ECharts;

const live = new Set<Chart>();

/** Draws `option` in `container`, which must be on the page (ECharts reads its size). */
export function mountChart(container: HTMLElement, option: ChartOption): Chart {
  if (!container.isConnected) throw new Error('a chart needs its container on the page');
  const chart = echarts.init(container, null, { renderer: 'svg', locale: 'ZH' });
  chart.setOption(option);
  live.add(chart);
  return chart;
}

/** Leaving a page: every chart it drew is disposed of. */
export function disposeCharts(): void {
  for (const chart of live) chart.dispose();
  live.clear();
}

addEventListener('resize', () => live.forEach((chart) => chart.resize()));
