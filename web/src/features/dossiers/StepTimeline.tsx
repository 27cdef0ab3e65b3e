// The steps recorded so far, oldest first, each with what was recorded.
import { Tag, Timeline, Typography } from 'antd';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { DECIDED_BY_LABELS, INTRODUCER_KIND_LABELS } from '../../lib/steps';
import type { Introducer, RecordedStep } from '../../lib/types';

function introducerText(introducer: Introducer): string {
  const parts = [introducer.name, INTRODUCER_KIND_LABELS[introducer.kind ?? 'dang_vien']];
  if (introducer.kind === undefined || introducer.kind === 'dang_vien') {
    if (introducer.official === false) parts.push('dự bị');
    if (introducer.months_together !== undefined) parts.push(`${introducer.months_together} tháng cùng công tác`);
  }
  return parts.filter(Boolean).join(', ');
}

/** The facts of one step in plain words. */
export function stepFacts(step: RecordedStep): string[] {
  const facts: string[] = [];
  if (step.number) facts.push(`Số: ${step.number}`);
  if (step.issuer) facts.push(`Nơi cấp: ${step.issuer}`);
  if (step.score !== undefined) facts.push(`Điểm: ${String(step.score).replace('.', ',')}`);
  if (step.passed !== undefined) facts.push(step.passed ? 'Kết quả: đạt' : 'Kết quả: chưa đạt');
  if (step.yes !== undefined) {
    const of = step.members !== undefined ? ` trên ${formatNumber(step.members)}` : '';
    facts.push(`Tán thành ${formatNumber(step.yes)}${of}${step.no !== undefined ? `, không tán thành ${formatNumber(step.no)}` : ''}`);
  }
  if (step.helpers?.length) facts.push(`Người giúp đỡ: ${step.helpers.join(', ')}`);
  step.introducers?.forEach((introducer) => facts.push(`Người giới thiệu: ${introducerText(introducer)}`));
  if (step.proposal) facts.push(step.proposal === 'xoa_ten' ? 'Đề nghị xóa tên' : 'Đề nghị công nhận chính thức');
  if (step.decided_by) facts.push(`Cấp quyết định: ${DECIDED_BY_LABELS[step.decided_by] ?? step.decided_by}`);
  if (step.received) facts.push(`Chi bộ nhận quyết định: ${formatDate(step.received)}`);
  if (step.extended) facts.push('Được thêm 30 ngày làm việc (trường hợp đặc biệt)');
  if (step.provincial_consent_on) facts.push(`Ban thường vụ tỉnh ủy đồng ý: ${formatDate(step.provincial_consent_on)}`);
  if (step.reason) facts.push(`Lý do: ${step.reason}`);
  if (step.override) facts.push(`Vượt quy định ${step.override.rules.join(', ')}: ${step.override.reason}`);
  return facts;
}

export function StepTimeline({ steps }: { steps: RecordedStep[] }) {
  if (steps.length === 0) return <Typography.Text type="secondary">Chưa ghi bước nào.</Typography.Text>;
  return (
    <Timeline
      className="step-timeline"
      items={steps.map((step) => ({
        color: step.override ? 'orange' : 'green',
        children: (
          <div className="timeline-step" data-step={step.step}>
            <Typography.Text strong>{formatDate(step.date)}</Typography.Text> · {step.step_label}
            {step.batch !== null && <Tag style={{ marginLeft: 8 }}>Ghi theo đợt</Tag>}
            {stepFacts(step).map((fact) => (
              <div key={fact}>{fact}</div>
            ))}
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              Ghi bởi {step.recorded_by} lúc {formatDateTime(step.recorded_at)}
            </Typography.Text>
          </div>
        ),
      }))}
    />
  );
}
