import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { useAuth } from '../lib/auth';

/** Sends a signed-out visitor to the login page, remembering where they were going. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { user } = useAuth();
  const location = useLocation();
  if (user === undefined) return <Loading label="Đang kiểm tra phiên đăng nhập…" />;
  if (user === null) {
    const target = location.pathname + location.search;
    return <Navigate to={`/dang-nhap?tiep=${encodeURIComponent(target)}`} replace />;
  }
  return <>{children}</>;
}
