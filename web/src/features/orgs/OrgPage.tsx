// One organization: where it sits, its figures, its children, its people and dossiers.
import { Breadcrumb, Button, Card, Col, Descriptions, Row, Statistic, Table, Tabs, Tag } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { DueTag } from '../../components/DueTag';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { withQuery } from '../../lib/api';
import { formatDate, formatNumber } from '../../lib/format';
import type { DossierSummary, Org, OrgCounts, Page, Person } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { OrgProfilePanel } from './OrgProfilePanel';

function Counts({ counts }: { counts: OrgCounts }) {
  const figures: [string, number | null][] = [
    ['Đảng viên', counts.members],
    ['Chính thức', counts.official],
    ['Dự bị', counts.probationary],
    ['Sinh hoạt tạm thời', counts.temporarily_away],
    ['Chi bộ', counts.chi_bo],
    ['Tổ chức trực thuộc', counts.children],
    ['Người trong danh sách', counts.people],
  ];
  return (
    <Row gutter={[16, 16]}>
      {figures.map(([title, value]) => (
        <Col xs={12} sm={8} md={6} lg={3} key={title}>
          <Statistic title={title} value={value ?? 0} formatter={(v) => formatNumber(Number(v))} />
        </Col>
      ))}
    </Row>
  );
}

function Children({ org }: { org: Org }) {
  const { data, loading } = useApi<{ items: Org[] }>(`/orgs/${org.id}/children`);
  return (
    <Table<Org>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items}
      pagination={false}
      locale={{ emptyText: 'Không có tổ chức trực thuộc' }}
      columns={[
        { title: 'Tên', dataIndex: 'name', render: (name: string, child) => <Link to={`/to-chuc/${child.id}`}>{name}</Link> },
        { title: 'Loại', dataIndex: 'type_label' },
      ]}
    />
  );
}

function Members({ org }: { org: Org }) {
  const { data, loading } = useApi<Page<Person>>(withQuery('/people', { org: org.id, page_size: 100 }));
  return (
    <Table<Person>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 520 }}
      pagination={{ pageSize: 20, showTotal: () => `${formatNumber(data?.total ?? 0)} người` }}
      locale={{ emptyText: 'Chưa có ai' }}
      columns={[
        { title: 'Họ và tên', dataIndex: 'full_name', render: (name: string, person) => <Link to={`/nhan-su/${person.id}`}>{name}</Link> },
        { title: 'Ngày sinh', dataIndex: 'birth_date', render: formatDate },
        { title: 'Tình trạng', dataIndex: 'status_label' },
        { title: 'Tổ chức', dataIndex: 'org_name' },
      ]}
    />
  );
}

function Dossiers({ org }: { org: Org }) {
  const { data, loading } = useApi<Page<DossierSummary>>(withQuery('/dossiers', { org: org.id, page_size: 200 }));
  return (
    <Table<DossierSummary>
      rowKey="id"
      size="small"
      loading={loading}
      dataSource={data?.items}
      scroll={{ x: 560 }}
      pagination={{ pageSize: 20 }}
      locale={{ emptyText: 'Chưa có hồ sơ phát triển đảng viên' }}
      columns={[
        { title: 'Người vào Đảng', dataIndex: 'person_name', render: (name: string, d) => <Link to={`/ho-so/${d.id}`}>{name}</Link> },
        { title: 'Đang ở bước', dataIndex: 'stage_label' },
        { title: 'Bước tiếp theo', render: (_, d) => d.next?.step_label ?? <Tag>Đã đóng</Tag> },
        { title: 'Hạn', render: (_, d) => (d.open ? <DueTag due={d.next?.due} /> : null) },
      ]}
    />
  );
}

export default function OrgPage() {
  const { id } = useParams();
  const { data: org, error, loading, reload } = useApi<Org>(`/orgs/${id}`);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (loading || !org) return <Loading />;
  return (
    <>
      <Breadcrumb
        style={{ marginBottom: 8 }}
        items={[...org.ancestors.map((a) => ({ title: <Link to={`/to-chuc/${a.id}`}>{a.name}</Link> })), { title: org.name }]}
      />
      <PageTitle
        title={org.name}
        extra={
          <Link to={`/tien-do?org=${org.id}`}>
            <Button>Xem tiến độ phát triển đảng viên</Button>
          </Link>
        }
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, md: 4 }}>
          <Descriptions.Item label="Loại">{org.type_label}</Descriptions.Item>
          <Descriptions.Item label="Loại hình">{org.category_label ?? '—'}</Descriptions.Item>
          <Descriptions.Item label="Số cán bộ, nhân viên">{formatNumber(org.staff_count)}</Descriptions.Item>
          <Descriptions.Item label="Thành lập">{formatDate(org.established_on)}</Descriptions.Item>
        </Descriptions>
        {org.counts && <Counts counts={org.counts} />}
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'children', label: 'Tổ chức trực thuộc', children: <Children org={org} /> },
            { key: 'people', label: 'Nhân sự', children: <Members org={org} /> },
            { key: 'dossiers', label: 'Hồ sơ phát triển', children: <Dossiers org={org} /> },
            { key: 'profile', label: 'Thông tin dùng để xét', children: <OrgProfilePanel org={org} /> },
          ]}
        />
      </Card>
    </>
  );
}
