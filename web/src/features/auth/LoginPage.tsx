import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Navigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../../lib/api';
import { useAuth } from '../../lib/auth';

interface Credentials {
  username: string;
  password: string;
}

/** Only paths inside the app are followed after login (no open redirect). */
function safeTarget(target: string | null): string {
  return target && target.startsWith('/') && !target.startsWith('//') ? target : '/';
}

export default function LoginPage() {
  const { user, login } = useAuth();
  const [params] = useSearchParams();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const target = safeTarget(params.get('tiep'));

  useEffect(() => {
    document.title = 'Đăng nhập – Ketnap';
  }, []);

  if (user) return <Navigate to={target} replace />;

  const submit = async ({ username, password }: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      await login(username.trim(), password);
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  };

  return (
    <div className="login-screen">
      <Card className="login-card">
        <Typography.Title level={1} style={{ fontSize: 24, color: '#b71c1c', marginTop: 0 }}>
          Ketnap
        </Typography.Title>
        <Typography.Paragraph type="secondary">Quản lý công tác phát triển đảng viên</Typography.Paragraph>
        {params.get('tiep') && !error && (
          <Alert type="info" showIcon role="status" message="Vui lòng đăng nhập để tiếp tục." style={{ marginBottom: 16 }} />
        )}
        <Form layout="vertical" onFinish={submit} requiredMark={false}>
          <Form.Item name="username" label="Tên đăng nhập" rules={[{ required: true, message: 'Vui lòng nhập tên đăng nhập' }]}>
            <Input prefix={<UserOutlined />} autoComplete="username" autoFocus autoCapitalize="none" />
          </Form.Item>
          <Form.Item name="password" label="Mật khẩu" rules={[{ required: true, message: 'Vui lòng nhập mật khẩu' }]}>
            <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} role="alert" style={{ marginBottom: 16 }} />}
          <Button type="primary" htmlType="submit" block loading={busy}>
            Đăng nhập
          </Button>
        </Form>
      </Card>
    </div>
  );
}
