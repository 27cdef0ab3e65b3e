// The data fields of one pipeline step (docs/check.md, "Một bước"), as form items.
// Shared by the dossier page (one candidate) and batch actions (several); the
// parent Form owns the values, so a refused submission keeps everything typed.
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Checkbox, Form, Input, InputNumber, Radio, Select, Space } from 'antd';
import { DECIDED_BY_LABELS, INTRODUCER_KIND_LABELS, stepInfo, type StepField } from '../lib/steps';
import type { StepRecord } from '../lib/types';
import { DateInput } from './DateInput';

const required = (label: string) => ({ required: true, message: `Vui lòng nhập ${label.toLowerCase()}` });

const NUMBER_LABEL: Partial<Record<string, string>> = {
  hoc_nhan_thuc: 'Số giấy chứng nhận',
  lop_dang_vien_moi: 'Số giấy chứng nhận',
  quyet_dinh_ket_nap: 'Số quyết định',
  quyet_dinh_chinh_thuc: 'Số quyết định',
  xoa_ten_du_bi: 'Số quyết định',
};

function NumberField({ step }: { step: string }) {
  return (
    <Form.Item name="number" label={NUMBER_LABEL[step] ?? 'Số nghị quyết, văn bản'}>
      <Input placeholder="ví dụ 15-NQ/CB" maxLength={100} />
    </Form.Item>
  );
}

function VoteFields() {
  return (
    <Space wrap align="start">
      <Form.Item name="yes" label="Số tán thành" rules={[required('số tán thành')]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="no" label="Số không tán thành">
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="members" label="Mẫu số (đảng viên chính thức / cấp ủy viên)" tooltip="Để trống: lấy theo số liệu của tổ chức">
        <InputNumber min={0} precision={0} />
      </Form.Item>
    </Space>
  );
}

function HelperFields() {
  return (
    <Form.Item
      name="helpers"
      label="Đảng viên chính thức được phân công giúp đỡ"
      rules={[{ required: true, type: 'array', min: 1, message: 'Vui lòng nhập ít nhất một người giúp đỡ' }]}
    >
      <Select mode="tags" open={false} tokenSeparators={[',', ';']} placeholder="Gõ họ tên rồi nhấn Enter" />
    </Form.Item>
  );
}

function IntroducerFields() {
  return (
    <Form.List name="introducers" initialValue={[{ kind: 'dang_vien', official: true }, { kind: 'dang_vien', official: true }]}>
      {(items, { add, remove }) => (
        <fieldset className="field-group">
          <legend>Người giới thiệu</legend>
          {items.map(({ key, name }) => (
            <Space key={key} wrap align="start" className="introducer-row">
              <Form.Item name={[name, 'name']} label="Họ tên hoặc tổ chức" rules={[required('họ tên người giới thiệu')]}>
                <Input />
              </Form.Item>
              <Form.Item name={[name, 'kind']} label="Là">
                <Select style={{ width: 230 }} options={Object.entries(INTRODUCER_KIND_LABELS).map(([value, label]) => ({ value, label }))} />
              </Form.Item>
              <Form.Item name={[name, 'official']} label="Đảng viên chính thức" valuePropName="checked">
                <Checkbox />
              </Form.Item>
              <Form.Item name={[name, 'months_together']} label="Số tháng cùng công tác">
                <InputNumber min={0} precision={0} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} onClick={() => remove(name)} aria-label="Bỏ người giới thiệu này" />
            </Space>
          ))}
          <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'dang_vien', official: true })}>
            Thêm người giới thiệu
          </Button>
        </fieldset>
      )}
    </Form.List>
  );
}

const RENDERERS: Record<StepField, (step: string) => JSX.Element> = {
  number: (step) => <NumberField key="number" step={step} />,
  issuer: () => (
    <Form.Item key="issuer" name="issuer" label="Nơi cấp">
      <Input maxLength={200} />
    </Form.Item>
  ),
  score: () => (
    <Form.Item key="score" name="score" label="Điểm bài thu hoạch (thang 10)">
      <InputNumber min={0} max={10} step={0.5} decimalSeparator="," />
    </Form.Item>
  ),
  passed: () => (
    <Form.Item key="passed" name="passed" label="Kết quả kiểm tra" rules={[{ required: true, message: 'Vui lòng chọn kết quả' }]}>
      <Radio.Group options={[{ value: true, label: 'Đạt' }, { value: false, label: 'Chưa đạt' }]} />
    </Form.Item>
  ),
  helpers: () => <HelperFields key="helpers" />,
  introducers: () => <IntroducerFields key="introducers" />,
  votes: () => <VoteFields key="votes" />,
  proposal: () => (
    <Form.Item key="proposal" name="proposal" label="Đề nghị" initialValue="cong_nhan">
      <Radio.Group options={[{ value: 'cong_nhan', label: 'Công nhận chính thức' }, { value: 'xoa_ten', label: 'Xóa tên' }]} />
    </Form.Item>
  ),
  decided_by: () => (
    <Form.Item key="decided_by" name="decided_by" label="Cấp quyết định">
      <Select allowClear options={Object.entries(DECIDED_BY_LABELS).map(([value, label]) => ({ value, label }))} style={{ maxWidth: 320 }} />
    </Form.Item>
  ),
  received: () => (
    <Form.Item key="received" name="received" label="Ngày chi bộ nhận quyết định" tooltip="Để trống nếu là ngày quyết định">
      <DateInput disabledFuture />
    </Form.Item>
  ),
  extended: () => (
    <Form.Item key="extended" name="extended" valuePropName="checked">
      <Checkbox>Trường hợp đặc biệt, được thêm 30 ngày làm việc</Checkbox>
    </Form.Item>
  ),
  provincial_consent_on: () => (
    <Form.Item key="provincial_consent_on" name="provincial_consent_on" label="Ngày ban thường vụ tỉnh ủy đồng ý (nếu cần)">
      <DateInput disabledFuture />
    </Form.Item>
  ),
  reason: () => (
    <Form.Item key="reason" name="reason" label="Lý do" rules={[required('lý do')]}>
      <Input.TextArea rows={2} maxLength={1000} />
    </Form.Item>
  ),
};

/** Every top-level form name a step may use, to place server errors on them. */
export const STEP_FORM_FIELDS = ['step', 'date', 'number', 'issuer', 'score', 'passed', 'helpers', 'introducers', 'yes', 'no', 'members', 'proposal', 'decided_by', 'received', 'extended', 'provincial_consent_on', 'reason'];

export function StepFields({ step }: { step: string }) {
  const info = stepInfo(step);
  return (
    <>
      <Form.Item name="date" label="Ngày thực hiện" rules={[{ required: true, message: 'Vui lòng nhập ngày (dd/mm/yyyy)' }]}>
        <DateInput disabledFuture />
      </Form.Item>
      {info?.fields.map((field) => RENDERERS[field](step))}
    </>
  );
}

type FormValue = unknown;

function isDay(value: FormValue): value is { format: (pattern: string) => string } {
  return typeof value === 'object' && value !== null && 'format' in value && typeof (value as { format: unknown }).format === 'function';
}

/** The step record to send: dates as YYYY-MM-DD, empty fields left out. */
export function stepRecordFrom(step: string, values: Record<string, FormValue>): StepRecord {
  const record: Record<string, unknown> = { step };
  const allowed = new Set(['date', 'override', ...(stepInfo(step)?.fields ?? []).flatMap((field) => (field === 'votes' ? ['yes', 'no', 'members'] : [field]))]);
  for (const [key, value] of Object.entries(values)) {
    if (!allowed.has(key)) continue; // a field of another step chosen earlier in the same form
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    if (key === 'extended' && value === false) continue;
    record[key] = isDay(value) ? value.format('YYYY-MM-DD') : value;
  }
  return record as unknown as StepRecord;
}
