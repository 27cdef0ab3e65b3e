// The candidate facts the rules need beyond the person record (E-3 education, hardship
// area, E-6 religion). Saved with PATCH /dossiers/{id}, which replaces the whole profile:
// a previous membership already recorded is sent back unchanged.
import { Alert, App, Button, Checkbox, Form, Select, Space } from 'antd';
import { useState } from 'react';
import { api, ApiError, errorMessage } from '../../lib/api';
import type { CandidateProfile, Dossier } from '../../lib/types';

const EDUCATION_OPTIONS = [
  { value: 'thpt', label: 'Tốt nghiệp trung học phổ thông' },
  { value: 'thcs', label: 'Tốt nghiệp trung học cơ sở' },
  { value: 'tieu_hoc', label: 'Hoàn thành tiểu học' },
  { value: 'biet_chu', label: 'Biết chữ' },
];

export function ProfileCard({ dossier, canEdit, onSaved }: { dossier: Dossier; canEdit: boolean; onSaved: (dossier: Dossier) => void }) {
  const [form] = Form.useForm<CandidateProfile>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();

  const save = async (values: CandidateProfile) => {
    setSaving(true);
    setError(undefined);
    try {
      const profile = { ...values, previous_membership: dossier.profile.previous_membership ?? null };
      onSaved(await api.patch<Dossier>(`/dossiers/${dossier.id}`, { profile, version: dossier.version }));
      message.success('Đã lưu thông tin người vào Đảng');
    } catch (failure) {
      setError(
        failure instanceof ApiError && failure.status === 409
          ? 'Hồ sơ vừa được người khác cập nhật. Tải lại trang rồi lưu lại.'
          : errorMessage(failure),
      );
    } finally {
      setSaving(false);
    }
  };

  return (
    <Form form={form} layout="vertical" initialValues={dossier.profile} onFinish={save} disabled={!canEdit}>
      <Form.Item name="education" label="Trình độ giáo dục phổ thông (E-3)">
        <Select allowClear options={EDUCATION_OPTIONS} placeholder="Chưa khai" style={{ maxWidth: 360 }} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="hardship_area" valuePropName="checked" noStyle>
          <Checkbox>Vùng khó khăn, miền núi, biên giới, hải đảo, dân tộc thiểu số</Checkbox>
        </Form.Item>
        <Form.Item name="religious" valuePropName="checked" noStyle>
          <Checkbox>Người có đạo (E-6)</Checkbox>
        </Form.Item>
      </Space>
      {error && <Alert type="error" showIcon role="alert" message={error} style={{ marginTop: 16 }} />}
      {canEdit && (
        <div style={{ marginTop: 16 }}>
          <Button htmlType="submit" loading={saving}>
            Lưu thông tin
          </Button>
        </div>
      )}
    </Form>
  );
}
