// The pipeline board of one organization: a column per stage with its count
// (GET /stats/pipeline) and the candidates now at that stage.
import { Card, Empty, Space, Statistic, Tag, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router-dom';
import { DueTag } from '../../components/DueTag';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { withQuery } from '../../lib/api';
import { useUser } from '../../lib/auth';
import { formatNumber } from '../../lib/format';
import type { DossierSummary, Page, PipelineStats } from '../../lib/types';
import { useApi } from '../../lib/useApi';

function Column({ label, count, dossiers }: { label: string; count: number; dossiers: DossierSummary[] }) {
  return (
    <Card size="small" className="board-column" title={<span title={label}>{label}</span>} extra={<Tag color={count ? 'red' : 'default'}>{formatNumber(count)}</Tag>}>
      {dossiers.length === 0 ? (
        <Typography.Text type="secondary">Không có</Typography.Text>
      ) : (
        <Space direction="vertical" style={{ width: '100%' }}>
          {dossiers.map((dossier) => (
            <div key={dossier.id} className="board-card">
              <Link to={`/ho-so/${dossier.id}`}>{dossier.person_name}</Link>
              <div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {dossier.org_name}
                </Typography.Text>
              </div>
              {dossier.open && dossier.next?.due && <DueTag due={dossier.next.due} />}
            </div>
          ))}
        </Space>
      )}
    </Card>
  );
}

export default function PipelinePage() {
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const org = Number(params.get('org') ?? user.org_id);
  const stats = useApi<PipelineStats>(withQuery('/stats/pipeline', { org }));
  const dossiers = useApi<Page<DossierSummary>>(withQuery('/dossiers', { org, page_size: 500 }));

  const byStage = new Map<string, DossierSummary[]>();
  for (const dossier of dossiers.data?.items ?? []) byStage.set(dossier.stage, [...(byStage.get(dossier.stage) ?? []), dossier]);

  return (
    <>
      <PageTitle title="Tiến độ theo bước" />
      <Space wrap style={{ marginBottom: 16 }}>
        <OrgSelect value={org} initialLabel={org === user.org_id ? user.org_name : undefined} onChange={(value) => setParams(value ? { org: String(value) } : {})} />
        {stats.data && (
          <>
            <Statistic title="Đang xét" value={stats.data.open} formatter={(v) => formatNumber(Number(v))} />
            <Statistic title="Đã đóng" value={stats.data.closed} formatter={(v) => formatNumber(Number(v))} />
          </>
        )}
      </Space>
      {stats.error && <ErrorState error={stats.error} onRetry={stats.reload} />}
      {stats.loading && <Loading />}
      {stats.data && (
        <div className="board" role="list" aria-label="Các bước của quy trình kết nạp">
          {stats.data.stages.every((stage) => stage.count === 0) && <Empty description="Chưa có hồ sơ nào" />}
          {stats.data.stages
            .filter((stage) => stage.count > 0 || stage.stage !== 'moi')
            .map((stage) => (
              <div role="listitem" key={stage.stage}>
                <Column label={stage.label} count={stage.count} dossiers={byStage.get(stage.stage) ?? []} />
              </div>
            ))}
        </div>
      )}
    </>
  );
}
