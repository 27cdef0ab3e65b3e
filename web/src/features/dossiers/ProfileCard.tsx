// The candidate facts the rules need beyond the person record: E-3 education, hardship
// area, E-6 religion and, for a re-admission, the previous membership (E-7). Saved with
// PATCH /dossiers/{id}, which replaces the whole profile.
import { Alert, App, Button, Checkbox, Form, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../components/DateInput';
import { api, ApiError, errorMessage } from '../../lib/api';
import { fromIso, toIso } from '../../lib/format';
import type { CandidateProfile, Dossier, LeavingReason } from '../../lib/types';

const EDUCATION_OPTIONS = [
  { value: 'thpt', label: 'Tốt nghiệp trung học phổ thông' },
  { value: 'thcs', label: 'Tốt nghiệp trung học cơ sở' },
  { value: 'tieu_hoc', label: 'Hoàn thành tiểu học' },
  { value: 'biet_chu', label: 'Biết chữ' },
];

const LEAVING_REASONS: { value: LeavingReason; label: string }[] = [
  { value: 'tu_bo_sinh_hoat', label: 'Tự bỏ sinh hoạt đảng' },
  { value: 'xin_ra', label: 'Xin ra khỏi Đảng' },
  { value: 'gay_mat_doan_ket', label: 'Gây mất đoàn kết nội bộ nghiêm trọng' },
  { value: 'tham_nhung', label: 'Bị kết án về tội tham nhũng' },
  { value: 'toi_nghiem_trong', label: 'Bị kết án về tội nghiêm trọng trở lên' },
  { value: 'toi_it_nghiem_trong', label: 'Bị kết án về tội ít nghiêm trọng' },
  { value: 'khai_tru', label: 'Bị khai trừ' },
  { value: 'xoa_ten', label: 'Bị xóa tên' },
  { value: 'khac', label: 'Lý do khác' },
];

/** The form's shape: dates as Dayjs, the previous membership behind a checkbox. */
interface ProfileForm {
  education?: CandidateProfile['education'];
  hardship_area?: boolean | null;
  religious?: boolean | null;
  was_member?: boolean;
  left_on?: Dayjs;
  reason?: LeavingReason;
  readmitted_before?: boolean;
  expunged_on?: Dayjs;
}

function toForm(profile: CandidateProfile): ProfileForm {
  const previous = profile.previous_membership;
  return {
    education: profile.education,
    hardship_area: profile.hardship_area,
    religious: profile.religious,
    was_member: !!previous,
    left_on: fromIso(previous?.left_on),
    reason: previous?.reason,
    readmitted_before: previous?.readmitted_before ?? false,
    expunged_on: fromIso(previous?.expunged_on),
  };
}

function toProfile(values: ProfileForm): CandidateProfile {
  return {
    education: values.education ?? null,
    hardship_area: values.hardship_area ?? null,
    religious: values.religious ?? null,
    previous_membership: values.was_member
      ? {
          left_on: toIso(values.left_on) ?? '',
          reason: values.reason ?? 'khac',
          readmitted_before: !!values.readmitted_before,
          expunged_on: values.reason === 'toi_it_nghiem_trong' ? toIso(values.expunged_on) ?? null : null,
        }
      : null,
  };
}

function PreviousMembershipFields() {
  const reason = Form.useWatch<LeavingReason | undefined>('reason');
  return (
    <fieldset className="field-group" style={{ marginTop: 16 }}>
      <legend>Đảng tịch trước đây (E-7)</legend>
      <Space wrap align="start">
        <Form.Item name="left_on" label="Ngày ra khỏi Đảng" rules={[{ required: true, message: 'Vui lòng nhập ngày ra khỏi Đảng (dd/mm/yyyy)' }]}>
          <DateInput disabledFuture />
        </Form.Item>
        <Form.Item name="reason" label="Lý do ra khỏi Đảng" rules={[{ required: true, message: 'Vui lòng chọn lý do ra khỏi Đảng' }]}>
          <Select options={LEAVING_REASONS} style={{ width: 300 }} />
        </Form.Item>
        {reason === 'toi_it_nghiem_trong' && (
          <Form.Item name="expunged_on" label="Ngày được xóa án tích">
            <DateInput disabledFuture />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="readmitted_before" valuePropName="checked">
        <Checkbox>Đã từng được kết nạp lại một lần</Checkbox>
      </Form.Item>
    </fieldset>
  );
}

export function ProfileCard({ dossier, canEdit, onSaved }: { dossier: Dossier; canEdit: boolean; onSaved: (dossier: Dossier) => void }) {
  const [form] = Form.useForm<ProfileForm>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string>();
  const wasMember = Form.useWatch('was_member', form);

  const save = async (values: ProfileForm) => {
    setSaving(true);
    setError(undefined);
    try {
      onSaved(await api.patch<Dossier>(`/dossiers/${dossier.id}`, { profile: toProfile(values), version: dossier.version }));
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
    <Form form={form} layout="vertical" initialValues={toForm(dossier.profile)} onFinish={save} disabled={!canEdit}>
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
        <Form.Item name="was_member" valuePropName="checked" noStyle>
          <Checkbox>Từng là đảng viên (xét kết nạp lại)</Checkbox>
        </Form.Item>
      </Space>
      {wasMember && <PreviousMembershipFields />}
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
