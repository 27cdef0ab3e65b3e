// What is overdue and what is due soon, most urgent first (GET /worklist).
import { Badge, Grid, Radio, Select, Space, Table, Typography, type Breakpoint } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { DueTag } from '../../components/DueTag';
import { ErrorState } from '../../components/ErrorState';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { RuleTag } from '../../components/RuleTag';
import { withQuery } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import type { WorkItem } from '../../lib/types';
import { useApi } from '../../lib/useApi';

type Urgency = 'all' | 'overdue' | 'due_soon' | 'later';

const matches = (item: WorkItem, urgency: Urgency) =>
  urgency === 'all' ||
  (urgency === 'overdue' && item.overdue) ||
  (urgency === 'due_soon' && item.due_soon && !item.overdue) ||
  (urgency === 'later' && !item.overdue && !item.due_soon);

const dueOf = (item: WorkItem) => <DueTag due={item.next.due} daysLeft={item.days_left} overdue={item.overdue} dueSoon={item.due_soon} />;

/** On a phone the whole item in one cell: who, what, by when, where. */
function CompactItem({ item }: { item: WorkItem }) {
  return (
    <Space direction="vertical" size={2}>
      <Link to={`/ho-so/${item.dossier.id}`}>{item.dossier.person_name}</Link>
      <span>{item.next.step_label}</span>
      {dueOf(item)}
      <Typography.Text type="secondary">{item.dossier.org_name}</Typography.Text>
    </Space>
  );
}

/** Columns of the wide table; a phone shows the compact one instead. */
const WIDE: Breakpoint[] = ['sm'];

export default function WorklistPage() {
  const phone = !Grid.useBreakpoint().sm;
  const [params, setParams] = useSearchParams();
  const org = params.get('org') ? Number(params.get('org')) : undefined;
  const urgency = (params.get('muc') as Urgency | null) ?? 'all';
  const step = params.get('step') ?? undefined;
  const set = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined || value === '' || value === 'all') next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
  };

  const { data, error, loading, reload } = useApi<{ items: WorkItem[] }>(withQuery('/worklist', { org }));
  const items = data?.items ?? [];
  const overdue = items.filter((item) => item.overdue).length;
  const dueSoon = items.filter((item) => item.due_soon && !item.overdue).length;
  const stepOptions = [...new Map(items.map((item) => [item.next.step, item.next.step_label])).entries()].map(([value, label]) => ({ value, label }));
  const shown = items.filter((item) => matches(item, urgency) && (!step || item.next.step === step));

  return (
    <>
      <PageTitle title="Việc cần làm" />
      <Space wrap style={{ marginBottom: 16 }}>
        <Radio.Group value={urgency} onChange={(event) => set('muc', event.target.value)} optionType="button" aria-label="Mức khẩn">
          <Radio.Button value="all">Tất cả ({formatNumber(items.length)})</Radio.Button>
          <Radio.Button value="overdue">
            <Badge color="red" /> Quá hạn ({formatNumber(overdue)})
          </Radio.Button>
          <Radio.Button value="due_soon">
            <Badge color="orange" /> Sắp đến hạn ({formatNumber(dueSoon)})
          </Radio.Button>
          <Radio.Button value="later">Còn thời gian</Radio.Button>
        </Radio.Group>
        <Select aria-label="Lọc theo việc" placeholder="Mọi việc" allowClear value={step} options={stepOptions} onChange={(v) => set('step', v)} style={{ width: 280, maxWidth: '100%' }} />
        <OrgSelect allowClear value={org} onChange={(value) => set('org', value)} placeholder="Toàn bộ phạm vi của tôi" />
      </Space>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <Table<WorkItem>
          className="worklist"
          rowKey={(item) => item.dossier.id}
          loading={loading}
          dataSource={shown}
          scroll={phone ? undefined : { x: 760 }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          rowClassName={(item) => (item.overdue ? 'row-overdue' : item.due_soon ? 'row-due-soon' : '')}
          locale={{ emptyText: 'Không có việc nào' }}
          columns={[
            { title: 'Việc cần làm', key: 'compact', responsive: ['xs'], render: (_, item) => <CompactItem item={item} /> },
            { title: 'Người vào Đảng', responsive: WIDE, render: (_, item) => <Link to={`/ho-so/${item.dossier.id}`}>{item.dossier.person_name}</Link> },
            { title: 'Chi bộ', responsive: WIDE, render: (_, item) => item.dossier.org_name },
            { title: 'Việc cần làm', responsive: WIDE, render: (_, item) => item.next.step_label },
            { title: 'Từ ngày', responsive: WIDE, render: (_, item) => formatDate(item.next.earliest) },
            { title: 'Hạn chót', responsive: WIDE, render: (_, item) => dueOf(item) },
            { title: 'Quy định', responsive: WIDE, render: (_, item) => <RuleTag rule={item.next.rule} /> },
          ]}
        />
      )}
    </>
  );
}
