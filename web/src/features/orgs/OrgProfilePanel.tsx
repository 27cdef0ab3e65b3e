// What the pipeline's rules need to know of an organization (GET/PUT /orgs/{id}/profile):
// whether it has Đoàn and Công đoàn, its đảng ủy (P-10, P-11, O-3) and the settings
// of RULES.md §11. Each value is either stated here or taken from above (or the rule set's
// default); the table shows which, and an officer may state or clear each one.
import { Alert, App, Button, Descriptions, Form, InputNumber, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api, errorMessage } from '../../lib/api';
import { canWrite, useUser } from '../../lib/auth';
import { showOnField } from '../../lib/formErrors';
import type { Org, OrgProfile, OrgProfileValues, ProfileSettings } from '../../lib/types';
import { useApi } from '../../lib/useApi';

type Value = boolean | number | string | null | undefined;

interface Field {
  key: string;
  label: string;
  kind: 'yes_no' | 'months' | 'years' | 'count' | 'age_precision';
  /** In `settings` rather than at the top of the profile. */
  setting?: boolean;
  /** Only an organization of this type states it. */
  onlyType?: string;
}

const FIELDS: Field[] = [
  { key: 'has_youth_union', label: 'Có tổ chức Đoàn (R-2)', kind: 'yes_no' },
  { key: 'has_trade_union', label: 'Có tổ chức Công đoàn (R-2)', kind: 'yes_no' },
  { key: 'has_dang_uy_bo_phan', label: 'Có đảng ủy bộ phận thẩm định (P-10)', kind: 'yes_no' },
  { key: 'committee_members', label: 'Số đảng ủy viên (P-11, O-3)', kind: 'count', onlyType: 'dang_bo_co_so' },
  { key: 'age_precision', label: 'Cách tính tuổi người vào Đảng (E-2)', kind: 'age_precision', setting: true },
  { key: 'youth_age_max', label: 'Độ tuổi thanh niên đến (R-2)', kind: 'years', setting: true },
  { key: 'certificate_valid_months', label: 'Giấy chứng nhận lớp nhận thức có giá trị (P-4a)', kind: 'months', setting: true },
  { key: 'dossier_valid_months', label: 'Giấy tờ trong hồ sơ có giá trị (R-5)', kind: 'months', setting: true },
  { key: 'awareness_exam', label: 'Kiểm tra nhận thức sau lớp bồi dưỡng (P-4b)', kind: 'yes_no', setting: true },
  { key: 'dang_uy_co_so_authorized', label: 'Đảng ủy cơ sở được ủy quyền quyết định kết nạp (O-3)', kind: 'yes_no', setting: true },
  { key: 'trade_union_two_members_allowed', label: 'Nơi không có Đoàn, nhận hai đảng viên giới thiệu (R-2)', kind: 'yes_no', setting: true },
  { key: 'new_member_class_required', label: 'Phải có chứng nhận lớp đảng viên mới để xét chính thức (R-12)', kind: 'yes_no', setting: true },
];

const YES_NO = [
  { value: 'co', label: 'Có' },
  { value: 'khong', label: 'Không' },
];
const AGE_PRECISION = [
  { value: 'month', label: 'Theo tháng' },
  { value: 'day', label: 'Theo ngày' },
];

function show(field: Field, value: Value): string {
  if (value === null || value === undefined) return 'Chưa xác định';
  if (field.kind === 'yes_no') return value ? 'Có' : 'Không';
  if (field.kind === 'age_precision') return AGE_PRECISION.find((option) => option.value === value)?.label ?? String(value);
  if (field.kind === 'months') return `${value} tháng`;
  if (field.kind === 'years') return `${value} tuổi`;
  return String(value);
}

const read = (values: OrgProfileValues, field: Field): Value =>
  field.setting ? (values.settings as ProfileSettings)[field.key] : (values as unknown as Record<string, Value>)[field.key];

/** Form value of a stated value; undefined means "not stated here". */
function toFormValue(field: Field, value: Value): Value {
  if (value === null || value === undefined) return undefined;
  return field.kind === 'yes_no' ? (value ? 'co' : 'khong') : value;
}

function fromFormValue(field: Field, value: Value): Value {
  if (value === undefined || value === null || value === '') return null;
  return field.kind === 'yes_no' ? value === 'co' : value;
}

/** The whole profile to PUT: what the form states, null (or absent from settings) elsewhere. */
function toOwn(fields: Field[], values: Record<string, Value>): OrgProfileValues {
  const own: Record<string, unknown> = Object.fromEntries(FIELDS.filter((field) => !field.setting).map((field) => [field.key, null]));
  const settings: ProfileSettings = {};
  for (const field of fields) {
    const value = fromFormValue(field, values[field.key]);
    if (!field.setting) own[field.key] = value;
    else if (value !== null) settings[field.key] = value as boolean | number | string;
  }
  return { ...(own as Omit<OrgProfileValues, 'settings'>), settings };
}

/** The control of one field; Form.Item passes `id`, `value` and `onChange` through `control`. */
function FieldInput({ field, effective, ...control }: { field: Field; effective: Value; id?: string; value?: string | number; onChange?: (value: string | number | null) => void }) {
  const placeholder = `Theo cấp trên: ${show(field, effective)}`;
  if (field.kind === 'yes_no') return <Select {...control} allowClear options={YES_NO} placeholder={placeholder} style={{ width: 260 }} />;
  if (field.kind === 'age_precision') return <Select {...control} allowClear options={AGE_PRECISION} placeholder={placeholder} style={{ width: 260 }} />;
  return <InputNumber {...control} min={0} precision={0} placeholder={placeholder} style={{ width: 260 }} />;
}

function ProfileForm({ org, profile, fields, onSaved, onCancel }: { org: Org; profile: OrgProfile; fields: Field[]; onSaved: (profile: OrgProfile) => void; onCancel: () => void }) {
  const [form] = Form.useForm();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const initial = Object.fromEntries(fields.map((field) => [field.key, toFormValue(field, read(profile.own, field))]));

  const save = async (values: Record<string, Value>) => {
    setSaving(true);
    setError(undefined);
    try {
      onSaved(await api.put<OrgProfile>(`/orgs/${org.id}/profile`, toOwn(fields, values)));
      message.success('Đã lưu thông tin tổ chức dùng để xét');
    } catch (failure) {
      // The API names settings "settings.youth_age_max"; the form has them at the top.
      if (!showOnField(form, failure, fields.map((field) => field.key), 'settings.')) setError(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={initial} onFinish={save} className="org-profile-form" aria-label="Thông tin tổ chức dùng để xét">
      <Typography.Paragraph type="secondary">Để trống một mục để dùng giá trị của tổ chức cấp trên hoặc mặc định của quy định.</Typography.Paragraph>
      <Space wrap align="start" size={[24, 0]}>
        {fields.map((field) => (
          <Form.Item key={field.key} name={field.key} label={field.label}>
            <FieldInput field={field} effective={read(profile.effective, field)} />
          </Form.Item>
        ))}
      </Space>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginBottom: 16 }} />}
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          Lưu
        </Button>
        <Button onClick={onCancel} disabled={saving}>
          Hủy
        </Button>
      </Space>
    </Form>
  );
}

export function OrgProfilePanel({ org }: { org: Org }) {
  const user = useUser();
  const { data: profile, error, loading, setData } = useApi<OrgProfile>(`/orgs/${org.id}/profile`);
  const [editing, setEditing] = useState(false);
  if (error) return <Alert type="error" showIcon message={errorMessage(error)} />;
  if (loading || !profile) return <Typography.Text>Đang tải…</Typography.Text>;
  const fields = FIELDS.filter((field) => !field.onlyType || field.onlyType === org.type);

  if (editing) {
    const saved = (next: OrgProfile) => {
      setData(next);
      setEditing(false);
    };
    return <ProfileForm org={org} profile={profile} fields={fields} onSaved={saved} onCancel={() => setEditing(false)} />;
  }
  return (
    <>
      <Descriptions size="small" bordered column={1} className="org-profile">
        {fields.map((field) => {
          const own = read(profile.own, field);
          return (
            <Descriptions.Item key={field.key} label={field.label}>
              {show(field, read(profile.effective, field))}{' '}
              {own === null || own === undefined ? <Tag>theo cấp trên / mặc định</Tag> : <Tag color="blue">tổ chức này xác định</Tag>}
            </Descriptions.Item>
          );
        })}
      </Descriptions>
      {canWrite(user) && (
        <Button style={{ marginTop: 16 }} onClick={() => setEditing(true)}>
          Sửa thông tin dùng để xét
        </Button>
      )}
    </>
  );
}
