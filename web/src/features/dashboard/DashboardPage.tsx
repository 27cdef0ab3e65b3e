// The user's subtree at a glance: the development funnel, admissions per month,
// what is overdue, and dossiers per stage.
import { Alert, Card, Col, Row, Statistic, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { Chart, preloadCharts } from '../../components/Chart';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { withQuery } from '../../lib/api';
import { useUser } from '../../lib/auth';
import { formatNumber } from '../../lib/format';
import type { AdmissionStats, Org, PipelineStats, WorkItem } from '../../lib/types';
import { useApi } from '../../lib/useApi';
import { admissionsOption, funnelOption, stagesOption } from './charts';

preloadCharts();

const number = (value: number | string | undefined) => formatNumber(Number(value ?? 0));

function Figures({ org, stats, work }: { org?: Org; stats?: PipelineStats; work?: WorkItem[] }) {
  const overdue = work?.filter((item) => item.overdue).length;
  const dueSoon = work?.filter((item) => item.due_soon && !item.overdue).length;
  const figures = [
    { title: 'Hồ sơ đang xét', value: stats?.open, to: '/ho-so' },
    { title: 'Quá hạn', value: overdue, to: '/viec-can-lam?muc=overdue', color: overdue ? '#cf1322' : undefined },
    { title: 'Sắp đến hạn (15 ngày)', value: dueSoon, to: '/viec-can-lam?muc=due_soon', color: dueSoon ? '#d46b08' : undefined },
    { title: 'Đảng viên', value: org?.counts?.members },
    { title: 'Đảng viên dự bị', value: org?.counts?.probationary },
    { title: 'Chi bộ', value: org?.counts?.chi_bo },
  ];
  return (
    <Row gutter={[12, 12]}>
      {figures.map((figure) => {
        const statistic = (
          <Statistic
            title={figure.title}
            value={figure.value ?? '…'}
            formatter={(v) => (figure.value === undefined ? '…' : number(v))}
            valueStyle={figure.color ? { color: figure.color } : undefined}
          />
        );
        return (
          <Col xs={12} sm={8} lg={4} key={figure.title}>
            <Card size="small" data-testid={`figure-${figure.title}`}>{figure.to ? <Link to={figure.to}>{statistic}</Link> : statistic}</Card>
          </Col>
        );
      })}
    </Row>
  );
}

export default function DashboardPage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const orgId = Number(params.get('org') ?? user.org_id);
  const org = useApi<Org>(`/orgs/${orgId}`);
  const stats = useApi<PipelineStats>(withQuery('/stats/pipeline', { org: orgId }));
  const work = useApi<{ items: WorkItem[] }>(withQuery('/worklist', { org: orgId }));
  // The twelve months up to today, counted by the server from the subtree's memberships.
  const admissions = useApi<AdmissionStats>(withQuery('/stats/admissions', { org: orgId }));

  return (
    <>
      <PageTitle title="Tổng quan" />
      <div style={{ marginBottom: 12 }}>
        <OrgSelect value={orgId} initialLabel={orgId === user.org_id ? user.org_name : undefined} onChange={(value) => setParams(value ? { org: String(value) } : {})} style={{ width: 420, maxWidth: '100%' }} />
      </div>
      {(stats.error || work.error || org.error) && (
        <Alert type="error" showIcon message="Không tải được một phần số liệu" description={(stats.error ?? work.error ?? org.error)?.problem.detail} style={{ marginBottom: 12 }} />
      )}
      <Figures org={org.data} stats={stats.data} work={work.data?.items} />
      <Row gutter={[12, 12]} style={{ marginTop: 12 }}>
        <Col xs={24} lg={12}>
          <Card size="small" title="Phễu phát triển: từ nguồn đến chính thức" className="chart-funnel">
            {stats.data ? <Chart option={funnelOption(stats.data.stages)} height={320} label="Phễu phát triển đảng viên" /> : <Typography.Text>Đang tải…</Typography.Text>}
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title="Kết nạp theo tháng (12 tháng gần nhất)" className="chart-admissions">
            {admissions.data ? (
              <Chart option={admissionsOption(admissions.data.months)} height={320} label="Số người được kết nạp và được công nhận chính thức theo tháng" />
            ) : (
              <Typography.Text>Đang tải…</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24}>
          <Card size="small" title="Hồ sơ theo bước hiện tại" className="chart-stages">
            {stats.data ? <Chart option={stagesOption(stats.data.stages)} height={Math.max(160, stats.data.stages.filter((s) => s.count > 0).length * 26)} label="Số hồ sơ theo bước" /> : null}
          </Card>
        </Col>
      </Row>
    </>
  );
}
