import { Alert, Button } from 'antd';
import type { ApiError } from '../lib/api';

/** A failed load: what happened, in the server's words, and a way to try again. */
export function ErrorState({ error, onRetry }: { error: ApiError; onRetry?: () => void }) {
  const notFound = error.status === 404;
  return (
    <Alert
      type={notFound ? 'warning' : 'error'}
      showIcon
      message={notFound ? 'Không tìm thấy hoặc không thuộc phạm vi của bạn' : 'Không tải được dữ liệu'}
      description={error.problem.detail}
      action={onRetry && !notFound ? <Button onClick={onRetry}>Thử lại</Button> : undefined}
    />
  );
}
