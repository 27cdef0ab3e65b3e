// The frame of every signed-in page: the menu (a drawer on phones), the header with
// who is signed in and for which organization, and the page itself.
import {
  ApartmentOutlined,
  BarChartOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  LogoutOutlined,
  MenuOutlined,
  ProfileOutlined,
  ScheduleOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Button, Drawer, Grid, Layout, Menu, Space, Tag, Typography } from 'antd';
import { Suspense, useState } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { canWrite, useAuth, useUser } from '../lib/auth';

const MENU = [
  { key: '/', icon: <DashboardOutlined />, label: 'Tổng quan' },
  { key: '/viec-can-lam', icon: <ScheduleOutlined />, label: 'Việc cần làm' },
  { key: '/ho-so', icon: <ProfileOutlined />, label: 'Hồ sơ phát triển' },
  { key: '/tien-do', icon: <BarChartOutlined />, label: 'Tiến độ theo bước' },
  { key: '/ghi-theo-dot', icon: <FileDoneOutlined />, label: 'Ghi theo đợt', writeOnly: true },
  { key: '/nhan-su', icon: <TeamOutlined />, label: 'Nhân sự' },
  { key: '/to-chuc', icon: <ApartmentOutlined />, label: 'Tổ chức đảng' },
];

function selectedKey(pathname: string): string {
  const match = MENU.filter((item) => item.key !== '/' && pathname.startsWith(item.key));
  return match[0]?.key ?? '/';
}

function NavigationMenu({ onNavigate }: { onNavigate?: () => void }) {
  const user = useUser();
  const navigate = useNavigate();
  const location = useLocation();
  const items = MENU.filter((item) => !item.writeOnly || canWrite(user)).map(({ key, icon, label }) => ({ key, icon, label }));
  return (
    <nav aria-label="Chức năng">
      <Menu
        mode="inline"
        selectedKeys={[selectedKey(location.pathname)]}
        items={items}
        onClick={({ key }) => {
          navigate(key);
          onNavigate?.();
        }}
      />
    </nav>
  );
}

function UserBox() {
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const leave = async () => {
    await logout().catch(() => undefined);
    navigate('/dang-nhap');
  };
  return (
    <Space size="small" className="user-box">
      <div className="user-text" data-testid="current-user">
        <Typography.Text strong>{user.full_name}</Typography.Text>
        {screens.md && (
          <Typography.Text type="secondary" className="user-org">
            <Tag>{user.role_label}</Tag>
            {user.org_name}
          </Typography.Text>
        )}
      </div>
      <Button icon={<LogoutOutlined />} onClick={leave}>
        {screens.sm ? 'Đăng xuất' : null}
        {!screens.sm && <span className="visually-hidden">Đăng xuất</span>}
      </Button>
    </Space>
  );
}

export function AppLayout() {
  const screens = Grid.useBreakpoint();
  const [drawerOpen, setDrawerOpen] = useState(false);
  const wide = screens.lg ?? true;

  return (
    <Layout className="app-layout">
      {wide && (
        <Layout.Sider theme="light" width={230} className="app-sider">
          <div className="brand">Ketnap</div>
          <NavigationMenu />
        </Layout.Sider>
      )}
      <Layout>
        <Layout.Header className="app-header">
          {!wide && <Button icon={<MenuOutlined />} aria-label="Mở menu" onClick={() => setDrawerOpen(true)} />}
          {!wide && <span className="brand-inline">Ketnap</span>}
          <div style={{ flex: 1 }} />
          <UserBox />
        </Layout.Header>
        <Layout.Content className="app-content">
          <main>
            <Suspense fallback={<Loading />}>
              <Outlet />
            </Suspense>
          </main>
        </Layout.Content>
      </Layout>
      {!wide && (
        <Drawer open={drawerOpen} onClose={() => setDrawerOpen(false)} placement="left" width={260} title="Ketnap">
          <NavigationMenu onNavigate={() => setDrawerOpen(false)} />
        </Drawer>
      )}
    </Layout>
  );
}
