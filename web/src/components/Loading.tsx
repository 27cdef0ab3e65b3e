import { Spin } from 'antd';

/** A centred spinner with its reason spelled out for screen readers. */
export function Loading({ label = 'Đang tải…' }: { label?: string }) {
  return (
    <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
      <Spin tip={label}>
        <div style={{ minHeight: 40 }} />
      </Spin>
    </div>
  );
}
