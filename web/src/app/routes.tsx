// Every screen is its own lazily loaded chunk, so the first load carries only the shell.
import { lazy, Suspense } from 'react';
import { Navigate, Route, Routes } from 'react-router-dom';
import { Loading } from '../components/Loading';
import { AppLayout } from './AppLayout';
import { RequireAuth } from './RequireAuth';

const LoginPage = lazy(() => import('../features/auth/LoginPage'));
const DashboardPage = lazy(() => import('../features/dashboard/DashboardPage'));
const OrgTreePage = lazy(() => import('../features/orgs/OrgTreePage'));
const OrgPage = lazy(() => import('../features/orgs/OrgPage'));
const PeoplePage = lazy(() => import('../features/people/PeoplePage'));
const PersonPage = lazy(() => import('../features/people/PersonPage'));
const PersonFormPage = lazy(() => import('../features/people/PersonFormPage'));
const DossiersPage = lazy(() => import('../features/dossiers/DossiersPage'));
const DossierPage = lazy(() => import('../features/dossiers/DossierPage'));
const WorklistPage = lazy(() => import('../features/worklist/WorklistPage'));
const PipelinePage = lazy(() => import('../features/pipeline/PipelinePage'));
const BatchPage = lazy(() => import('../features/batches/BatchPage'));

export function AppRoutes() {
  return (
    <Suspense fallback={<Loading />}>
      <Routes>
        <Route path="/dang-nhap" element={<LoginPage />} />
        <Route
          element={
            <RequireAuth>
              <AppLayout />
            </RequireAuth>
          }
        >
          <Route index element={<DashboardPage />} />
          <Route path="to-chuc" element={<OrgTreePage />} />
          <Route path="to-chuc/:id" element={<OrgPage />} />
          <Route path="nhan-su" element={<PeoplePage />} />
          <Route path="nhan-su/moi" element={<PersonFormPage />} />
          <Route path="nhan-su/:id" element={<PersonPage />} />
          <Route path="nhan-su/:id/sua" element={<PersonFormPage />} />
          <Route path="ho-so" element={<DossiersPage />} />
          <Route path="ho-so/:id" element={<DossierPage />} />
          <Route path="viec-can-lam" element={<WorklistPage />} />
          <Route path="tien-do" element={<PipelinePage />} />
          <Route path="ghi-theo-dot" element={<BatchPage />} />
          <Route path="*" element={<Navigate to="/" replace />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
