// All dossiers of the subtree: by name, stage, open or closed.
import { Input, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { DueTag } from '../../components/DueTag';
import { ErrorState } from '../../components/ErrorState';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { withQuery } from '../../lib/api';
import { formatNumber } from '../../lib/format';
import { STEPS } from '../../lib/steps';
import type { DossierSummary, Page } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { useDebouncedSearch, useListFilters } from '../../lib/useListFilters';

export default function DossiersPage() {
  const { params, update } = useListFilters();
  const q = params.get('q') ?? '';
  const stage = params.get('stage') ?? undefined;
  const open = params.get('open') ?? 'true';
  const org = params.get('org') ? Number(params.get('org')) : undefined;
  const page = Number(params.get('page') ?? 1);

  const [typed, setTyped] = useDebouncedSearch(q, (text) => update({ q: text }));

  const { data, error, loading, reload } = useApi<Page<DossierSummary>>(
    withQuery('/dossiers', { q, stage, org, open: open === 'all' ? undefined : open, page, page_size: 20 }),
  );

  return (
    <>
      <PageTitle title="Hồ sơ phát triển đảng viên" />
      <Space wrap style={{ marginBottom: 16 }}>
        <Input.Search
          aria-label="Tìm theo tên người vào Đảng"
          placeholder="Tên người vào Đảng (gõ không dấu được)"
          allowClear
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onSearch={(value) => update({ q: value.trim() })}
          style={{ width: 300, maxWidth: '100%' }}
        />
        <Select
          aria-label="Lọc theo bước"
          placeholder="Mọi bước"
          allowClear
          value={stage}
          onChange={(value) => update({ stage: value })}
          options={[{ value: 'moi', label: 'Mới lập hồ sơ' }, ...STEPS.map((step) => ({ value: step.code, label: step.label }))]}
          style={{ width: 280, maxWidth: '100%' }}
        />
        <Select
          aria-label="Lọc theo trạng thái hồ sơ"
          value={open}
          onChange={(value) => update({ open: value })}
          options={[
            { value: 'true', label: 'Đang xét' },
            { value: 'false', label: 'Đã đóng' },
            { value: 'all', label: 'Tất cả' },
          ]}
          style={{ width: 140 }}
        />
        <OrgSelect allowClear value={org} onChange={(value) => update({ org: value })} placeholder="Mọi tổ chức" />
      </Space>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <Table<DossierSummary>
          rowKey="id"
          loading={loading}
          dataSource={data?.items}
          scroll={{ x: 720 }}
          pagination={{
            current: page,
            pageSize: 20,
            total: data?.total ?? 0,
            showSizeChanger: false,
            showTotal: (total) => `${formatNumber(total)} hồ sơ`,
            onChange: (next) => update({ page: next }),
          }}
          columns={[
            { title: 'Người vào Đảng', dataIndex: 'person_name', render: (name: string, d) => <Link to={`/ho-so/${d.id}`}>{name}</Link> },
            { title: 'Chi bộ', dataIndex: 'org_name' },
            { title: 'Đang ở bước', dataIndex: 'stage_label' },
            { title: 'Bước tiếp theo', render: (_, d) => d.next?.step_label ?? <Tag>Đã đóng</Tag> },
            { title: 'Hạn', render: (_, d) => (d.open ? <DueTag due={d.next?.due} /> : null) },
          ]}
        />
      )}
    </>
  );
}
