// The signed-in user. The session lives in an HttpOnly cookie; on start we ask the
// server who we are (GET /session), which also gives back the CSRF token after a reload.
// When any call answers 401 while signed in, the session has expired: we keep the page
// mounted and ask for the password again (see app/SessionExpiredModal), so nothing typed is lost.
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { api, setCsrfToken, setUnauthenticatedHandler } from './api';
import type { Session, User } from './types';

interface AuthState {
  /** undefined while we do not know yet, null when signed out. */
  user: User | null | undefined;
  expired: boolean;
  login: (username: string, password: string) => Promise<User>;
  logout: () => Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [expired, setExpired] = useState(false);

  const adopt = useCallback((session: Session) => {
    setCsrfToken(session.csrf);
    setUser(session.user);
    setExpired(false);
    return session.user;
  }, []);

  useEffect(() => {
    api
      .get<Session>('/session', { reportExpiry: false })
      .then(adopt)
      .catch(() => setUser(null));
  }, [adopt]);

  useEffect(() => {
    setUnauthenticatedHandler(() => setExpired(true));
    return () => setUnauthenticatedHandler(null);
  }, []);

  const login = useCallback(
    async (username: string, password: string) =>
      adopt(await api.post<Session>('/session', { username, password }, { reportExpiry: false })),
    [adopt],
  );

  const logout = useCallback(async () => {
    try {
      await api.del('/session', { reportExpiry: false });
    } finally {
      setCsrfToken('');
      setExpired(false);
      setUser(null);
    }
  }, []);

  const value = useMemo(() => ({ user, expired, login, logout }), [user, expired, login, logout]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useUser(): User {
  const { user } = useAuth();
  if (!user) throw new Error('useUser without a signed-in user');
  return user;
}

export function canWrite(user: User): boolean {
  return user.role !== 'xem';
}
