// Where the dossier stands by the rules: its problems (each with its rule), the rules
// overridden with a reason, the coming steps with their windows, and the key dates.
import { Alert, Descriptions, List, Table, Typography } from 'antd';
import { DueTag } from '../../components/DueTag';
import { RuleTag } from '../../components/RuleTag';
import { formatAgeMonths, formatDate } from '../../lib/format';
import type { NextStep, Verdict } from '../../lib/types';

/** Coming steps whose deadline has already passed on `asOf`. */
function overdueSteps(next: NextStep[], asOf: string): NextStep[] {
  return next.filter((step) => step.due !== null && step.due < asOf);
}

export function ProblemsPanel({ verdict, asOf }: { verdict: Verdict; asOf: string }) {
  const late = overdueSteps(verdict.next, asOf);
  const lateAlert = late.length > 0 && (
    <Alert
      type="error"
      showIcon
      style={{ marginBottom: 8 }}
      message="Đã quá hạn"
      description={late.map((step) => (
        <div key={step.step}>
          <RuleTag rule={step.rule} /> {step.step_label}: hạn chót {formatDate(step.due)}
          {step.due_extended && step.due_extended >= asOf ? `; nếu được gia hạn (trường hợp đặc biệt) thì đến ${formatDate(step.due_extended)}` : ''}
        </div>
      ))}
    />
  );
  if (verdict.problems.length === 0 && verdict.overrides.length === 0) {
    return (
      <>
        {lateAlert}
        <Alert type="success" showIcon message="Các bước đã ghi không có vấn đề nào theo quy định." />
      </>
    );
  }
  return (
    <>
      {lateAlert}
      {verdict.problems.length > 0 && (
        <Alert
          type="warning"
          showIcon
          className="dossier-problems"
          message={`Hồ sơ có ${verdict.problems.length} vấn đề cần xử lý`}
          description={
            <List
              size="small"
              dataSource={verdict.problems}
              renderItem={(problem) => (
                <List.Item>
                  <div>
                    <RuleTag rule={problem.rule} />
                    <Typography.Text type="secondary">{problem.step_label}</Typography.Text>
                    {problem.overridable && <Typography.Text type="secondary"> · có thể vượt nếu có lý do</Typography.Text>}
                    <div>{problem.message}</div>
                  </div>
                </List.Item>
              )}
            />
          }
        />
      )}
      {verdict.overrides.length > 0 && (
        <Alert
          type="info"
          showIcon
          style={{ marginTop: 8 }}
          message="Quy định đã được vượt có lý do"
          description={verdict.overrides.map((override) => (
            <div key={`${override.rule}-${override.step}`}>
              <RuleTag rule={override.rule} /> {override.step_label}: {override.message} — Lý do: {override.reason}
            </div>
          ))}
        />
      )}
    </>
  );
}

export function NextStepsTable({ next, asOf, open }: { next: NextStep[]; asOf: string; open: boolean }) {
  const daysLeft = (due: string | null) => (due ? Math.round((Date.parse(due) - Date.parse(asOf)) / 86_400_000) : undefined);
  return (
    <Table<NextStep>
      className="next-steps"
      rowKey={(step) => `${step.step}-${step.rule}`}
      size="small"
      pagination={false}
      dataSource={next}
      scroll={{ x: 560 }}
      locale={{ emptyText: open ? 'Không có bước nào có thời hạn tính được' : 'Hồ sơ đã đóng, không còn bước nào phải làm' }}
      columns={[
        { title: 'Bước tiếp theo', dataIndex: 'step_label' },
        { title: 'Sớm nhất từ', dataIndex: 'earliest', render: formatDate },
        {
          title: 'Hạn chót',
          dataIndex: 'due',
          render: (due: string | null) => {
            const left = daysLeft(due);
            return <DueTag due={due} daysLeft={left} overdue={left !== undefined && left < 0} dueSoon={left !== undefined && left >= 0 && left <= 15} />;
          },
        },
        { title: 'Hạn nếu được gia hạn', dataIndex: 'due_extended', render: formatDate },
        { title: 'Quy định', dataIndex: 'rule', render: (rule: string) => <RuleTag rule={rule} /> },
      ]}
    />
  );
}

export function KeyDates({ verdict }: { verdict: Verdict }) {
  const dates = verdict.dates;
  return (
    <Descriptions size="small" layout="vertical" column={{ xs: 2, sm: 3, md: 5 }}>
      <Descriptions.Item label="Tuổi khi chi bộ xét">{formatAgeMonths(dates.age_months)}</Descriptions.Item>
      <Descriptions.Item label="Giấy chứng nhận lớp nhận thức còn giá trị đến">{formatDate(dates.certificate_valid_until)}</Descriptions.Item>
      <Descriptions.Item label="Hết thời gian dự bị">{formatDate(dates.probation_end)}</Descriptions.Item>
      <Descriptions.Item label="Chính thức từ ngày">{formatDate(dates.official_from)}</Descriptions.Item>
      <Descriptions.Item label="Tuổi đảng tính từ">{formatDate(dates.party_age_from)}</Descriptions.Item>
    </Descriptions>
  );
}
