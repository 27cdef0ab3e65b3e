import { EditOutlined, FileAddOutlined } from '@ant-design/icons';
import { App, Button, Card, Descriptions, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { DueTag } from '../../components/DueTag';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { api, errorMessage, withQuery } from '../../lib/api';
import { canWrite, useUser } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import type { Dossier, DossierSummary, Page, Person } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { GENDER_LABELS } from './labels';

const yesNo = (value: boolean | null | undefined) => (value === true ? 'Có' : value === false ? 'Không' : '—');

function PersonDetails({ person }: { person: Person }) {
  return (
    <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2, lg: 2 }}>
      <Descriptions.Item label="Họ và tên">{person.full_name}</Descriptions.Item>
      <Descriptions.Item label="Tên gọi khác">{person.other_names || '—'}</Descriptions.Item>
      <Descriptions.Item label="Giới tính">{GENDER_LABELS[person.gender]}</Descriptions.Item>
      <Descriptions.Item label="Ngày sinh">{formatDate(person.birth_date)}</Descriptions.Item>
      <Descriptions.Item label="Số CCCD">{person.cccd}</Descriptions.Item>
      <Descriptions.Item label="Điện thoại">{person.phone || '—'}</Descriptions.Item>
      <Descriptions.Item label="Nơi sinh">{person.birthplace || '—'}</Descriptions.Item>
      <Descriptions.Item label="Quê quán">{person.hometown || '—'}</Descriptions.Item>
      <Descriptions.Item label="Nơi cư trú">{person.residence || '—'}</Descriptions.Item>
      <Descriptions.Item label="Dân tộc">{person.ethnicity || '—'}</Descriptions.Item>
      <Descriptions.Item label="Tôn giáo">{person.religion || 'Không'}</Descriptions.Item>
      <Descriptions.Item label="Nghề nghiệp">{person.occupation || '—'}</Descriptions.Item>
      <Descriptions.Item label="Giáo dục phổ thông">{person.education_general || '—'}</Descriptions.Item>
      <Descriptions.Item label="Chuyên môn">{person.education_professional || '—'}</Descriptions.Item>
      <Descriptions.Item label="Lý luận chính trị">{person.political_theory || '—'}</Descriptions.Item>
      <Descriptions.Item label="Đoàn viên / Công đoàn viên">
        {yesNo(person.youth_union)} / {yesNo(person.trade_union)}
      </Descriptions.Item>
      <Descriptions.Item label="Tổ chức">
        <Link to={`/to-chuc/${person.org_id}`}>{person.org_name}</Link>
      </Descriptions.Item>
    </Descriptions>
  );
}

function MembershipCard({ person }: { person: Person }) {
  const membership = person.membership;
  return (
    <Card title="Đảng tịch" size="small">
      <Tag color={person.status === 'quan_chung' ? 'default' : 'red'}>{person.status_label}</Tag>
      {membership && (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label="Ngày quyết định kết nạp">{formatDate(membership.decision_on)}</Descriptions.Item>
          <Descriptions.Item label="Ngày lễ kết nạp">{formatDate(membership.ceremony_on)}</Descriptions.Item>
          <Descriptions.Item label="Hết thời gian dự bị">{formatDate(membership.probation_end)}</Descriptions.Item>
          <Descriptions.Item label="Chính thức từ">{formatDate(membership.official_on)}</Descriptions.Item>
          {membership.left_on && <Descriptions.Item label="Ra khỏi Đảng">{`${formatDate(membership.left_on)} – ${membership.left_reason}`}</Descriptions.Item>}
        </Descriptions>
      )}
    </Card>
  );
}

/** The person's dossiers, open and closed. */
function PersonDossiers({ person }: { person: Person }) {
  const user = useUser();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [opening, setOpening] = useState(false);
  const { data, loading } = useApi<Page<DossierSummary>>(withQuery('/dossiers', { person: person.id, page_size: 100 }));
  const dossiers = data?.items ?? [];
  const hasOpen = dossiers.some((dossier) => dossier.open);

  const open = async () => {
    setOpening(true);
    try {
      const dossier = await api.post<Dossier>('/dossiers', { person_id: person.id, org_id: person.org_id });
      message.success('Đã lập hồ sơ phát triển đảng viên');
      navigate(`/ho-so/${dossier.id}`);
    } catch (failure) {
      message.error(errorMessage(failure));
      setOpening(false);
    }
  };

  return (
    <Card
      title="Hồ sơ phát triển đảng viên"
      size="small"
      extra={
        canWrite(user) &&
        person.status === 'quan_chung' &&
        !hasOpen &&
        !loading && (
          <Button icon={<FileAddOutlined />} loading={opening} onClick={open}>
            Lập hồ sơ
          </Button>
        )
      }
    >
      <Table<DossierSummary>
        rowKey="id"
        size="small"
        loading={loading}
        dataSource={dossiers}
        pagination={false}
        locale={{ emptyText: 'Chưa có hồ sơ' }}
        scroll={{ x: 480 }}
        columns={[
          { title: 'Hồ sơ', dataIndex: 'id', render: (id: number) => <Link to={`/ho-so/${id}`}>Mở hồ sơ số {id}</Link> },
          { title: 'Đang ở bước', dataIndex: 'stage_label' },
          { title: 'Hạn bước tiếp', render: (_, dossier) => (dossier.open ? <DueTag due={dossier.next?.due} /> : <Tag>Đã đóng</Tag>) },
        ]}
      />
    </Card>
  );
}

export default function PersonPage() {
  const { id } = useParams();
  const user = useUser();
  const { data: person, error, loading, reload } = useApi<Person>(`/people/${id}`);
  if (error) return <ErrorState error={error} onRetry={reload} />;
  if (loading || !person) return <Loading />;
  return (
    <>
      <PageTitle
        title={person.full_name}
        extra={
          canWrite(user) && (
            <Link to={`/nhan-su/${person.id}/sua`}>
              <Button icon={<EditOutlined />}>Sửa thông tin</Button>
            </Link>
          )
        }
      />
      <Space direction="vertical" size="middle" style={{ width: '100%' }}>
        <PersonDetails person={person} />
        <MembershipCard person={person} />
        <PersonDossiers person={person} />
      </Space>
    </>
  );
}
