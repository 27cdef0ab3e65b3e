// Create or edit a person. Client-side checks catch the obvious in Vietnamese; the
// server's refusals land next to the field they name, and the form keeps its values.
import { Alert, App, Button, Card, Checkbox, Col, Form, Input, Radio, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { DateInput } from '../../components/DateInput';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { OrgSelect } from '../../components/OrgSelect';
import { PageTitle } from '../../components/PageTitle';
import { api, ApiError, errorMessage } from '../../lib/api';
import { showOnField } from '../../lib/formErrors';
import { fromIso, toIso } from '../../lib/format';
import type { Person, PersonFields } from '../../lib/types';
import { useApi } from '../../lib/useApi';

type FormValues = Omit<PersonFields, 'birth_date'> & { birth_date: Dayjs };

const TEXT_FIELDS: { name: keyof PersonFields; label: string }[] = [
  { name: 'other_names', label: 'Tên gọi khác' },
  { name: 'birthplace', label: 'Nơi sinh' },
  { name: 'hometown', label: 'Quê quán' },
  { name: 'residence', label: 'Nơi cư trú' },
  { name: 'ethnicity', label: 'Dân tộc' },
  { name: 'religion', label: 'Tôn giáo' },
  { name: 'occupation', label: 'Nghề nghiệp' },
  { name: 'education_general', label: 'Giáo dục phổ thông (ví dụ 12/12)' },
  { name: 'education_professional', label: 'Chuyên môn, nghiệp vụ' },
  { name: 'political_theory', label: 'Lý luận chính trị' },
];

const FIELD_NAMES = ['org_id', 'full_name', 'gender', 'birth_date', 'cccd', 'phone', 'youth_union', 'trade_union', ...TEXT_FIELDS.map((f) => f.name)];

function toBody(values: FormValues): PersonFields {
  return { ...values, birth_date: toIso(values.birth_date) ?? '' };
}

/** Only what changed, so a concurrent edit of another field is not overwritten. */
function changes(before: Person, after: PersonFields): Partial<PersonFields> {
  const diff: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(after)) {
    const old = before[key as keyof Person];
    if ((value ?? '') !== (old ?? '')) diff[key] = value;
  }
  return diff as Partial<PersonFields>;
}

function PersonForm({ person }: { person?: Person }) {
  const [form] = Form.useForm<FormValues>();
  const navigate = useNavigate();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const [generalError, setGeneralError] = useState<string>();

  const initialValues = person
    ? { ...person, birth_date: fromIso(person.birth_date) }
    : { gender: 'nam', youth_union: false, trade_union: false, ethnicity: 'Kinh' };

  const save = async (values: FormValues) => {
    setSaving(true);
    setGeneralError(undefined);
    try {
      const body = toBody(values);
      const saved = person
        ? await api.patch<Person>(`/people/${person.id}`, { ...changes(person, body), version: person.version })
        : await api.post<Person>('/people', body);
      message.success(person ? 'Đã lưu thay đổi' : 'Đã thêm người mới');
      navigate(`/nhan-su/${saved.id}`);
    } catch (failure) {
      setSaving(false);
      if (failure instanceof ApiError && failure.status === 409 && !failure.problem.field) {
        setGeneralError('Hồ sơ này vừa được người khác sửa. Mở lại trang để xem bản mới nhất; những gì bạn nhập vẫn còn ở đây để chép lại.');
      } else if (!showOnField(form, failure, FIELD_NAMES)) {
        setGeneralError(errorMessage(failure));
      }
    }
  };

  return (
    <Form<FormValues> form={form} layout="vertical" initialValues={initialValues} onFinish={save} scrollToFirstError>
      <Card>
        <Row gutter={16}>
          <Col xs={24} md={12}>
            <Form.Item name="full_name" label="Họ và tên" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ và tên' }]}>
              <Input maxLength={200} autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="org_id" label="Tổ chức đảng (nơi sinh hoạt, công tác)" rules={[{ required: true, message: 'Vui lòng chọn tổ chức' }]}>
              <OrgSelect initialLabel={person?.org_name} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="gender" label="Giới tính" rules={[{ required: true, message: 'Vui lòng chọn giới tính' }]}>
              <Radio.Group options={[{ value: 'nam', label: 'Nam' }, { value: 'nu', label: 'Nữ' }]} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="birth_date" label="Ngày sinh (dd/mm/yyyy)" rules={[{ required: true, message: 'Vui lòng nhập ngày sinh' }]}>
              <DateInput disabledFuture />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item
              name="cccd"
              label="Số căn cước công dân"
              rules={[
                { required: true, message: 'Vui lòng nhập số căn cước công dân' },
                { pattern: /^\d{12}$/, message: 'Số căn cước công dân gồm đúng 12 chữ số' },
              ]}
            >
              <Input inputMode="numeric" maxLength={12} />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label="Điện thoại" rules={[{ pattern: /^[0-9+ .]{8,15}$/, message: 'Số điện thoại không hợp lệ' }]}>
              <Input inputMode="tel" />
            </Form.Item>
          </Col>
          {TEXT_FIELDS.map((field) => (
            <Col xs={24} md={8} key={field.name}>
              <Form.Item name={field.name} label={field.label}>
                <Input maxLength={300} />
              </Form.Item>
            </Col>
          ))}
          <Col xs={24}>
            <Space wrap>
              <Form.Item name="youth_union" valuePropName="checked" noStyle>
                <Checkbox>Đoàn viên Đoàn TNCS Hồ Chí Minh</Checkbox>
              </Form.Item>
              <Form.Item name="trade_union" valuePropName="checked" noStyle>
                <Checkbox>Đoàn viên công đoàn</Checkbox>
              </Form.Item>
            </Space>
          </Col>
        </Row>
        {generalError && <Alert type="error" showIcon role="alert" message={generalError} style={{ margin: '16px 0' }} />}
        <Space style={{ marginTop: 16 }}>
          <Button type="primary" htmlType="submit" loading={saving}>
            {person ? 'Lưu thay đổi' : 'Thêm người'}
          </Button>
          <Button onClick={() => navigate(-1)}>Hủy</Button>
        </Space>
      </Card>
    </Form>
  );
}

export default function PersonFormPage() {
  const { id } = useParams();
  const { data: person, error, loading, reload } = useApi<Person>(id ? `/people/${id}` : null);
  if (id && error) return <ErrorState error={error} onRetry={reload} />;
  if (id && (loading || !person)) return <Loading />;
  return (
    <>
      <PageTitle title={person ? `Sửa thông tin: ${person.full_name}` : 'Thêm người mới'} />
      <PersonForm person={person} />
    </>
  );
}
