// When the session expires in the middle of work, the page stays as it is (forms keep
// what was typed) and this dialog asks for the password again; then the user retries.
import { Alert, Button, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { errorMessage } from '../lib/api';
import { useAuth } from '../lib/auth';

export function SessionExpiredModal() {
  const { user, expired, login, logout } = useAuth();
  const navigate = useNavigate();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);

  if (!user || !expired) return null;

  const submit = async ({ password }: { password: string }) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(user.username, password);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  };

  const leave = async () => {
    await logout().catch(() => undefined);
    navigate('/dang-nhap');
  };

  return (
    <Modal open title="Phiên đăng nhập đã hết hạn" closable={false} maskClosable={false} footer={null}>
      <p>
        Vì an toàn, phiên làm việc của <b>{user.full_name}</b> đã hết hạn. Nhập lại mật khẩu để tiếp tục; những gì bạn đang nhập trên trang
        vẫn được giữ nguyên.
      </p>
      <Form layout="vertical" onFinish={submit}>
        <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}>
          <Input.Password autoFocus autoComplete="current-password" />
        </Form.Item>
        {error && <Alert type="error" showIcon message={error} style={{ marginBottom: 16 }} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          Đăng nhập lại
        </Button>{' '}
        <Button onClick={leave}>Đăng xuất</Button>
      </Form>
    </Modal>
  );
}
