// Records the dossier's next step. A refusal by the rules is listed with each rule ID;
// where the rules allow it the officer may override with a written reason. Whatever
// happens, the values typed stay in the form until the step is recorded.
import { Alert, App, Button, Checkbox, Form, Input, Select, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { ProblemList } from '../../components/ProblemList';
import { STEP_FORM_FIELDS, StepFields, stepRecordFrom } from '../../components/StepFields';
import { api, ApiError, errorMessage } from '../../lib/api';
import { showOnField } from '../../lib/formErrors';
import { formatDate } from '../../lib/format';
import { followingStep, STEPS, stepLabel } from '../../lib/steps';
import type { Dossier, RefusalReason } from '../../lib/types';

interface Props {
  dossier: Dossier;
  onRecorded: (dossier: Dossier) => void;
  onStale: () => void;
}

function stepOptions(dossier: Dossier) {
  const following = followingStep(dossier.stage, dossier.steps.map((step) => step.step));
  const suggested = [...new Set([following, ...dossier.verdict.next.map((next) => next.step)].filter((code): code is string => !!code))];
  const others = STEPS.filter((step) => !suggested.includes(step.code));
  return [
    { label: 'Bước tiếp theo', options: suggested.map((code) => ({ value: code, label: stepLabel(code) })) },
    { label: 'Các bước khác', options: others.map((step) => ({ value: step.code, label: step.label })) },
  ];
}

export function RecordStepForm({ dossier, onRecorded, onStale }: Props) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const options = useMemo(() => stepOptions(dossier), [dossier]);
  const firstSuggestion = options[0]?.options[0]?.value ?? 'nguon';
  const [step, setStep] = useState<string>(firstSuggestion);
  const [saving, setSaving] = useState(false);
  const [refusal, setRefusal] = useState<RefusalReason[]>();
  const [generalError, setGeneralError] = useState<string>();
  const [stale, setStale] = useState(false);
  const [overriding, setOverriding] = useState(false);

  // Only the rules the rule set lets an officer override are offered; the others must be fixed.
  const overridableRules = [...new Set((refusal ?? []).filter((problem) => problem.overridable).map((problem) => problem.rule))];
  const everyReasonOverridable = !!refusal && refusal.every((problem) => problem.overridable);

  const submit = async (values: Record<string, unknown>) => {
    setSaving(true);
    setGeneralError(undefined);
    setStale(false);
    const record = stepRecordFrom(step, values);
    const overrideRules = values.override_rules as string[] | undefined;
    if (overriding && overrideRules?.length) record.override = { rules: overrideRules, reason: String(values.override_reason ?? '') };
    try {
      const updated = await api.post<Dossier>(`/dossiers/${dossier.id}/steps`, { ...record, version: dossier.version });
      const due = updated.verdict.next[0]?.due ?? updated.next?.due;
      message.success(`Đã ghi bước “${stepLabel(step)}”.${due ? ` Hạn bước tiếp theo: ${formatDate(due)}.` : ''}`);
      setRefusal(undefined);
      setOverriding(false);
      form.resetFields();
      setStep(stepOptions(updated)[0]?.options[0]?.value ?? step);
      onRecorded(updated);
    } catch (failure) {
      if (failure instanceof ApiError && failure.status === 422 && failure.problem.problems) {
        setRefusal(failure.problem.problems);
      } else if (failure instanceof ApiError && failure.status === 409) {
        setStale(true);
      } else if (!showOnField(form, failure, STEP_FORM_FIELDS)) {
        setGeneralError(errorMessage(failure));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" onFinish={submit} className="record-step-form" aria-label="Ghi bước tiếp theo">
      <Form.Item label="Bước cần ghi" htmlFor="record-step-select">
        <Select
          id="record-step-select"
          value={step}
          onChange={(next) => {
            setStep(next);
            setRefusal(undefined);
          }}
          options={options}
          virtual={false}
          style={{ maxWidth: 480 }}
        />
      </Form.Item>
      <StepFields step={step} />
      {refusal && (
        <div style={{ marginBottom: 16 }}>
          <ProblemList title="Bước này chưa được ghi vì trái quy định" problems={refusal} />
          {everyReasonOverridable ? (
            <Checkbox checked={overriding} onChange={(event) => setOverriding(event.target.checked)} style={{ marginTop: 8 }}>
              Vượt quy định có lý do bằng văn bản ({overridableRules.join(', ')})
            </Checkbox>
          ) : (
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {overridableRules.length > 0
                ? `Chỉ ${overridableRules.join(', ')} được phép vượt có lý do; các quy định còn lại phải được đáp ứng trước khi ghi bước này.`
                : 'Các quy định này không được phép vượt; cần bổ sung hoặc sửa thông tin rồi ghi lại.'}
            </Typography.Paragraph>
          )}
        </div>
      )}
      {overriding && everyReasonOverridable && (
        <div className="override-box">
          <Form.Item name="override_rules" label="Quy định xin vượt" rules={[{ required: true, message: 'Vui lòng chọn quy định xin vượt' }]}>
            <Checkbox.Group options={overridableRules.map((rule) => ({ value: rule, label: rule }))} />
          </Form.Item>
          <Form.Item
            name="override_reason"
            label="Lý do (số, ngày văn bản cho phép)"
            rules={[{ required: true, whitespace: true, message: 'Vui lòng nêu lý do vượt quy định' }]}
          >
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </div>
      )}
      {stale && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          message="Hồ sơ vừa được người khác cập nhật"
          description="Tải lại hồ sơ để xem bước mới nhất; những gì bạn đã nhập vẫn được giữ trong biểu mẫu."
          action={<Button onClick={onStale}>Tải lại hồ sơ</Button>}
        />
      )}
      {generalError && <Alert type="error" showIcon role="alert" message={generalError} style={{ marginBottom: 16 }} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          {saving ? 'Đang ghi…' : 'Ghi bước'}
        </Button>
        <Typography.Text type="secondary">Hệ thống kiểm tra bước theo quy định có hiệu lực vào ngày của bước.</Typography.Text>
      </Space>
    </Form>
  );
}
