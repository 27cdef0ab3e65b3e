// People of the user's subtree: type a name without accents (or CCCD digits), filter
// by status and organization, page through them in Vietnamese order (the API sorts).
import { PlusOutlined } from '@ant-design/icons';
import { Button, Input, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { ErrorState } from '../../components/ErrorState';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { withQuery } from '../../lib/api';
import { canWrite, useUser } from '../../lib/auth';
import { formatDate, formatNumber } from '../../lib/format';
import type { Page, Person } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { useDebouncedSearch, useListFilters } from '../../lib/useListFilters';
import { GENDER_LABELS, STATUS_OPTIONS } from './labels';

const STATUS_COLORS: Record<string, string> = { quan_chung: 'default', du_bi: 'gold', chinh_thuc: 'red' };

export default function PeoplePage() {
  const user = useUser();
  const { params, update } = useListFilters();
  const q = params.get('q') ?? '';
  const status = params.get('status') ?? undefined;
  const org = params.get('org') ? Number(params.get('org')) : undefined;
  const page = Number(params.get('page') ?? 1);
  const pageSize = Number(params.get('page_size') ?? 20);

  const [typed, setTyped] = useDebouncedSearch(q, (text) => update({ q: text }));

  const { data, error, loading, reload } = useApi<Page<Person>>(withQuery('/people', { q, status, org, page, page_size: pageSize }));

  return (
    <>
      <PageTitle
        title="Nhân sự"
        extra={
          canWrite(user) && (
            <Link to="/nhan-su/moi">
              <Button type="primary" icon={<PlusOutlined />}>
                Thêm người
              </Button>
            </Link>
          )
        }
      />
      <Space wrap style={{ marginBottom: 16 }} className="filters">
        <Input.Search
          aria-label="Tìm theo tên hoặc số CCCD"
          placeholder="Tìm theo tên (gõ không dấu được) hoặc CCCD"
          allowClear
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          onSearch={(value) => update({ q: value.trim() })}
          style={{ width: 320, maxWidth: '100%' }}
        />
        <Select
          aria-label="Lọc theo tình trạng"
          placeholder="Mọi tình trạng"
          allowClear
          value={status}
          options={STATUS_OPTIONS}
          onChange={(value) => update({ status: value })}
          style={{ width: 200 }}
        />
        <OrgSelect allowClear value={org} onChange={(value) => update({ org: value })} placeholder="Mọi tổ chức" />
      </Space>
      {error ? (
        <ErrorState error={error} onRetry={reload} />
      ) : (
        <Table<Person>
          rowKey="id"
          loading={loading}
          dataSource={data?.items}
          scroll={{ x: 720 }}
          size="middle"
          locale={{ emptyText: q ? `Không có ai khớp với “${q}”` : 'Chưa có dữ liệu' }}
          pagination={{
            current: page,
            pageSize,
            total: data?.total ?? 0,
            showSizeChanger: true,
            pageSizeOptions: [20, 50, 100],
            showTotal: (total) => `${formatNumber(total)} người`,
            onChange: (nextPage, nextSize) => update({ page: nextPage, page_size: nextSize }),
          }}
          columns={[
            {
              title: 'Họ và tên',
              dataIndex: 'full_name',
              render: (name: string, person) => <Link to={`/nhan-su/${person.id}`}>{name}</Link>,
            },
            { title: 'Ngày sinh', dataIndex: 'birth_date', render: formatDate, width: 120 },
            { title: 'Giới tính', dataIndex: 'gender', render: (gender: string) => GENDER_LABELS[gender] ?? gender, width: 90 },
            {
              title: 'Tình trạng',
              dataIndex: 'status_label',
              render: (label: string, person) => <Tag color={STATUS_COLORS[person.status]}>{label}</Tag>,
            },
            { title: 'Tổ chức', dataIndex: 'org_name' },
          ]}
        />
      )}
    </>
  );
}
