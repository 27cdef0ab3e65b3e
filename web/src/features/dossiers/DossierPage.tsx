// One candidate's dossier: where it stands, what is wrong, what is due and by when,
// what has been done, and the form to record the next step.
import { Card, Col, Row, Space, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { canWrite, useUser } from '../../lib/auth';
import { formatDate } from '../../lib/format';
import type { Dossier } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { NotesCard } from './NotesCard';
import { ProfileCard } from './ProfileCard';
import { RecordStepForm } from './RecordStepForm';
import { StepTimeline } from './StepTimeline';
import { KeyDates, NextStepsTable, ProblemsPanel } from './VerdictPanel';

function Summary({ dossier }: { dossier: Dossier }) {
  return (
    <Space wrap size="small" className="dossier-summary">
      <Link to={`/nhan-su/${dossier.person_id}`}>Thông tin nhân thân</Link>
      <span>·</span>
      <Link to={`/to-chuc/${dossier.org_id}`}>{dossier.org_name}</Link>
      <span>·</span>
      <span>
        Đang ở bước: <Tag color="blue">{dossier.verdict.stage_label ?? dossier.stage_label}</Tag>
      </span>
      {!dossier.open && <Tag>Hồ sơ đã đóng</Tag>}
    </Space>
  );
}

export default function DossierPage() {
  const { id } = useParams();
  const user = useUser();
  const { data: dossier, error, reload, setData } = useApi<Dossier>(`/dossiers/${id}`);
  if (error && !dossier) return <ErrorState error={error} onRetry={reload} />;
  if (!dossier) return <Loading />;

  return (
    <>
      <PageTitle title={`Hồ sơ: ${dossier.person_name}`} />
      <Summary dossier={dossier} />
      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title="Tình trạng theo quy định">
              <ProblemsPanel verdict={dossier.verdict} asOf={dossier.as_of} />
            </Card>
            <Card size="small" title={`Việc tiếp theo (tính đến ${formatDate(dossier.as_of)})`}>
              <NextStepsTable next={dossier.verdict.next} asOf={dossier.as_of} open={dossier.open} />
            </Card>
            {dossier.open && canWrite(user) && (
              <Card size="small" title="Ghi bước tiếp theo" id="ghi-buoc">
                <RecordStepForm key={dossier.id} dossier={dossier} onRecorded={setData} onStale={reload} />
              </Card>
            )}
            <Card size="small" title="Các mốc thời gian">
              <KeyDates verdict={dossier.verdict} />
            </Card>
            <Card size="small" title="Thông tin người vào Đảng dùng để xét">
              {/* Reset only when the saved profile changes: recording a step keeps what was typed here. */}
              <ProfileCard key={JSON.stringify(dossier.profile)} dossier={dossier} canEdit={dossier.open && canWrite(user)} onSaved={setData} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={`Các bước đã thực hiện (${dossier.steps.length})`}>
              <StepTimeline steps={dossier.steps} />
            </Card>
            <Card size="small" title="Nhận xét của đảng viên giúp đỡ">
              <NotesCard dossierId={dossier.id} notes={dossier.notes} canEdit={dossier.open && canWrite(user)} onAdded={reload} />
            </Card>
          </Space>
        </Col>
      </Row>
      <Typography.Paragraph type="secondary" style={{ marginTop: 16 }}>
        Mã quy định (ví dụ R-4, P-13) theo Quy định 24-QĐ/TW và Hướng dẫn thực hiện Điều lệ Đảng.
      </Typography.Paragraph>
    </>
  );
}
