import { Skeleton } from 'antd';
import { lazy, Suspense } from 'react';
import type { ChartOption } from './EChart';

const loadEChart = () => import('./EChart');
const EChart = lazy(loadEChart);

/** Starts fetching ECharts now, alongside the data, instead of after the data has come. */
export function preloadCharts(): void {
  void loadEChart();
}

export type { ChartOption };

/** A chart, drawn once ECharts has loaded; a skeleton of the same height meanwhile. */
export function Chart({ option, height = 300, label }: { option: ChartOption; height?: number; label: string }) {
  return (
    <Suspense fallback={<Skeleton.Node active style={{ width: '100%', height }}><span>Đang vẽ biểu đồ…</span></Skeleton.Node>}>
      <EChart option={option} height={height} label={label} />
    </Suspense>
  );
}
