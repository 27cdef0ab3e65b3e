// One step for several dossiers at once — an awareness class, an exam, one decision,
// one ceremony — all or nothing (POST /batches). Refusals name each dossier and rule.
import { Alert, App, Button, Card, Form, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { ProblemList } from '../../components/ProblemList';
import { STEP_FORM_FIELDS, StepFields, stepRecordFrom } from '../../components/StepFields';
import { DueTag } from '../../components/DueTag';
import { api, ApiError, errorMessage, withQuery } from '../../lib/api';
import { useUser } from '../../lib/auth';
import { showOnField } from '../../lib/formErrors';
import { formatNumber } from '../../lib/format';
import { BATCH_STEPS, stepLabel } from '../../lib/steps';
import type { BatchOutcome, DossierSummary, Page, RefusalReason } from '../../lib/types';
import { useApi } from '../../lib/useApi';

export default function BatchPage() {
  const user = useUser();
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const org = Number(params.get('org') ?? user.org_id);
  const step = params.get('step') ?? 'hoc_nhan_thuc';
  const [form] = Form.useForm();
  const [selected, setSelected] = useState<number[]>([]);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<RefusalReason[]>();
  const [generalError, setGeneralError] = useState<string>();
  const [done, setDone] = useState<BatchOutcome>();

  const { data, loading, reload } = useApi<Page<DossierSummary>>(withQuery('/dossiers', { org, open: true, page_size: 500 }));
  // Candidates whose next step is this one come first; anyone open may still be chosen.
  const dossiers = [...(data?.items ?? [])].sort((a, b) => Number(b.next?.step === step) - Number(a.next?.step === step));
  const nameOf = (id: number) => dossiers.find((d) => d.id === id)?.person_name ?? `Hồ sơ ${id}`;

  const choose = (key: string, value: string | number | undefined) => {
    const next = new URLSearchParams(params);
    if (value === undefined) next.delete(key);
    else next.set(key, String(value));
    setParams(next, { replace: true });
    setRefusal(undefined);
  };

  const submit = async (values: Record<string, unknown>) => {
    if (selected.length === 0) {
      setGeneralError('Vui lòng chọn ít nhất một hồ sơ.');
      return;
    }
    setSaving(true);
    setGeneralError(undefined);
    setRefusal(undefined);
    try {
      const outcome = await api.post<BatchOutcome>('/batches', { dossier_ids: selected, step: stepRecordFrom(step, values) });
      message.success(`Đã ghi “${stepLabel(step)}” cho ${formatNumber(outcome.dossiers.length)} hồ sơ`);
      setDone(outcome);
      setSelected([]);
      form.resetFields();
      reload();
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 422 && failure.problem.problems) setRefusal(failure.problem.problems);
      else if (!showOnField(form, failure, STEP_FORM_FIELDS, 'step.')) setGeneralError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <PageTitle title="Ghi theo đợt" />
      <Typography.Paragraph type="secondary">
        Ghi một bước chung cho nhiều người: một lớp bồi dưỡng, một đợt kiểm tra, một quyết định, một buổi lễ. Nếu một hồ sơ không đạt quy định thì
        không hồ sơ nào được ghi.
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 16 }}>
        <OrgSelect value={org} initialLabel={org === user.org_id ? user.org_name : undefined} onChange={(value) => choose('org', value)} />
        <Select
          aria-label="Bước ghi theo đợt"
          value={step}
          onChange={(value) => choose('step', value)}
          options={BATCH_STEPS.map((code) => ({ value: code, label: stepLabel(code) }))}
          style={{ width: 320, maxWidth: '100%' }}
        />
      </Space>
      <Card size="small" title={`Chọn hồ sơ (${formatNumber(selected.length)} đã chọn)`} style={{ marginBottom: 16 }}>
        <Table<DossierSummary>
          rowKey="id"
          size="small"
          loading={loading}
          dataSource={dossiers}
          scroll={{ x: 560, y: 360 }}
          pagination={false}
          rowSelection={{ selectedRowKeys: selected, onChange: (keys) => setSelected(keys.map(Number)) }}
          columns={[
            { title: 'Người vào Đảng', dataIndex: 'person_name', render: (name: string, d) => <Link to={`/ho-so/${d.id}`}>{name}</Link> },
            { title: 'Chi bộ', dataIndex: 'org_name' },
            { title: 'Bước tiếp theo', render: (_, d) => d.next?.step_label ?? '—' },
            { title: 'Hạn', render: (_, d) => <DueTag due={d.next?.due} /> },
          ]}
        />
      </Card>
      <Card size="small" title={`Thông tin chung: ${stepLabel(step)}`}>
        <Form form={form} layout="vertical" onFinish={submit}>
          <StepFields step={step} />
          {refusal && <ProblemList title="Không hồ sơ nào được ghi vì có hồ sơ trái quy định" problems={refusal} describeDossier={nameOf} />}
          {generalError && <Alert type="error" showIcon role="alert" message={generalError} style={{ margin: '16px 0' }} />}
          <Button type="primary" htmlType="submit" loading={saving} style={{ marginTop: 16 }}>
            {saving ? 'Đang ghi…' : `Ghi cho ${formatNumber(selected.length)} hồ sơ`}
          </Button>
        </Form>
        {done && (
          <Alert
            type="success"
            showIcon
            style={{ marginTop: 16 }}
            message={`Đợt số ${done.batch}: đã ghi ${formatNumber(done.dossiers.length)} hồ sơ`}
            description={done.dossiers.map((d) => (
              <div key={d.id}>
                <Link to={`/ho-so/${d.id}`}>{d.person_name}</Link> — tiếp theo: {d.next?.step_label ?? 'hồ sơ đã đóng'}
              </div>
            ))}
          />
        )}
      </Card>
    </>
  );
}
