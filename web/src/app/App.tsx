import { App as AntApp, ConfigProvider } from 'antd';
import viVN from 'antd/locale/vi_VN';
import { BrowserRouter } from 'react-router-dom';
import { AuthProvider } from '../lib/auth';
import '../lib/format'; // sets the dayjs locale to Vietnamese before any date is shown
import { AppRoutes } from './routes';
import { SessionExpiredModal } from './SessionExpiredModal';
import './app.css';

export function App() {
  return (
    <ConfigProvider locale={viVN} theme={{ token: { colorPrimary: '#b71c1c', borderRadius: 6 } }}>
      <AntApp>
        <BrowserRouter>
          <AuthProvider>
            <AppRoutes />
            <SessionExpiredModal />
          </AuthProvider>
        </BrowserRouter>
      </AntApp>
    </ConfigProvider>
  );
}
