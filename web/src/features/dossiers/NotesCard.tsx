// The helper's monthly notes on the candidate (P-3), and a form to add one.
import { App, Button, Form, Input, List, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { DateInput } from '../../components/DateInput';
import { api, errorMessage } from '../../lib/api';
import { showOnField } from '../../lib/formErrors';
import { formatDate, toIso } from '../../lib/format';
import type { FollowUpNote } from '../../lib/types';

interface NoteValues {
  meeting_on: Dayjs;
  helper: string;
  note: string;
}

export function NotesCard({ dossierId, notes, canEdit, onAdded }: { dossierId: number; notes: FollowUpNote[]; canEdit: boolean; onAdded: () => void }) {
  const [form] = Form.useForm<NoteValues>();
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);

  const add = async (values: NoteValues) => {
    setSaving(true);
    try {
      await api.post(`/dossiers/${dossierId}/notes`, { ...values, meeting_on: toIso(values.meeting_on) });
      message.success('Đã thêm nhận xét');
      form.resetFields();
      onAdded();
    } catch (failure) {
      if (!showOnField(form, failure, ['meeting_on', 'helper', 'note'])) message.error(errorMessage(failure));
    } finally {
      setSaving(false);
    }
  };

  return (
    <>
      <List
        size="small"
        dataSource={notes}
        locale={{ emptyText: 'Chưa có nhận xét' }}
        renderItem={(note) => (
          <List.Item>
            <div>
              <Typography.Text strong>{formatDate(note.meeting_on)}</Typography.Text> · {note.helper}
              <div>{note.note}</div>
            </div>
          </List.Item>
        )}
      />
      {canEdit && (
        <Form form={form} layout="vertical" onFinish={add} style={{ marginTop: 16 }}>
          <Form.Item name="meeting_on" label="Ngày sinh hoạt" rules={[{ required: true, message: 'Vui lòng nhập ngày' }]}>
            <DateInput disabledFuture />
          </Form.Item>
          <Form.Item name="helper" label="Đảng viên giúp đỡ" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập tên người giúp đỡ' }]}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="note" label="Nhận xét" rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập nhận xét' }]}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          <Button htmlType="submit" loading={saving}>
            Thêm nhận xét
          </Button>
        </Form>
      )}
    </>
  );
}
