// Chart options built from what the API gives. Pure functions: easy to read and to check.
import type { ChartOption } from '../../components/Chart';
import { FUNNEL_STAGES, stepLabel } from '../../lib/steps';
import type { MonthCount, StageCount } from '../../lib/types';

const RED = '#b71c1c';
/** Dark to light red, one per funnel stage (opacity would fade the labels too). */
const FUNNEL_SHADES = ['#8e0e0e', '#a51616', '#b71c1c', '#c62828', '#d32f2f', '#e05252', '#e57373', '#ef9a9a'];

/**
 * How many dossiers reached each funnel stage: a dossier now at stage S has passed
 * every earlier stage. Dossiers ended early (rút hồ sơ, xóa tên) are left out, since
 * their last stage does not say how far they went.
 */
export function funnelCounts(stages: StageCount[]): { stage: string; label: string; short: string; count: number }[] {
  const order = stages.map((stage) => stage.stage).filter((code) => code !== 'rut_ho_so' && code !== 'xoa_ten_du_bi');
  const countAt = new Map(stages.map((stage) => [stage.stage, stage.count]));
  return FUNNEL_STAGES.map(({ code, short }) => {
    const from = order.indexOf(code);
    const count = order.slice(from).reduce((sum, later) => sum + (countAt.get(later) ?? 0), 0);
    const label = stages.find((s) => s.stage === code)?.label ?? stepLabel(code);
    return { stage: code, label, short, count };
  });
}

export function funnelOption(stages: StageCount[]): ChartOption {
  const data = funnelCounts(stages);
  return {
    tooltip: { trigger: 'item', formatter: (item: { dataIndex: number }) => `${data[item.dataIndex]?.label ?? ''}: ${data[item.dataIndex]?.count ?? 0}` },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '2%',
        width: '48%',
        minSize: '10%',
        label: { show: true, position: 'right', formatter: '{b}: {c}', color: '#333', fontSize: 11 },
        labelLine: { show: true },
        data: data.map((item, index) => ({
          name: item.short,
          value: item.count,
          itemStyle: { color: FUNNEL_SHADES[index] ?? RED },
        })),
      },
    ],
  };
}

/** Members admitted (ceremony) and made official per month. */
export function admissionsOption(months: MonthCount[]): ChartOption {
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0, textStyle: { fontSize: 11 } },
    grid: { left: 32, right: 12, top: 16, bottom: 48 },
    xAxis: { type: 'category', data: months.map((m) => m.label), axisLabel: { fontSize: 10 } },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { type: 'bar', name: 'Kết nạp', data: months.map((m) => m.admitted), itemStyle: { color: RED } },
      { type: 'bar', name: 'Công nhận chính thức', data: months.map((m) => m.official), itemStyle: { color: '#d9a441' } },
    ],
  };
}

export function stagesOption(stages: StageCount[]): ChartOption {
  const shown = stages.filter((stage) => stage.count > 0);
  return {
    tooltip: { trigger: 'axis' },
    grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: shown.map((stage) => stage.label), axisLabel: { width: 180, overflow: 'truncate', fontSize: 11 } },
    series: [{ type: 'bar', name: 'Hồ sơ', data: shown.map((stage) => stage.count), itemStyle: { color: '#d4380d' } }],
  };
}
