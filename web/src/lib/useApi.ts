// A small data-loading hook: GET a path, expose loading/error/data, reload on demand.
// A newer request supersedes an older one, so a slow answer never overwrites a fresh one.
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api';

function unexpectedError(): ApiError {
  return new ApiError({ type: 'about:blank', title: 'Lỗi', status: 0, code: 'internal', detail: 'Không đọc được câu trả lời của máy chủ.' });
}

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
  setData: (data: T) => void;
}

export function useApi<T>(path: string | null): Loaded<T> {
  const [data, setData] = useState<T>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    if (path === null) {
      setLoading(false);
      return;
    }
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    api
      .get<T>(path, { signal: controller.signal })
      .then((answer) => {
        setData(answer);
        setLoading(false);
      })
      .catch((failure: unknown) => {
        if (controller.signal.aborted) return;
        setError(failure instanceof ApiError ? failure : unexpectedError());
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { data, error, loading, reload, setData };
}
