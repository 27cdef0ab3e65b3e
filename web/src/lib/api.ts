// The one HTTP client of the UI. It sends the session cookie and the CSRF token,
// turns problem+json answers into ApiError, and reports an expired session (401)
// to whoever registered for it, so that the page (and what the user typed) stays.
import type { Problem } from './types';

export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(problem: Problem) {
    super(problem.detail || problem.title);
    this.status = problem.status;
    this.problem = problem;
  }
}

let csrfToken = '';
let onUnauthenticated: (() => void) | null = null;

export function setCsrfToken(token: string): void {
  csrfToken = token;
}

export function setUnauthenticatedHandler(handler: (() => void) | null): void {
  onUnauthenticated = handler;
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** `path?k=v&…`, leaving out empty values. */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

const SAFE_METHODS = new Set(['GET', 'HEAD']);

function fallbackProblem(status: number, detail: string): Problem {
  return { type: 'about:blank', title: 'Lỗi', status, code: status === 0 ? 'network' : 'internal', detail };
}

async function readProblem(response: Response): Promise<Problem> {
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) {
    try {
      return (await response.json()) as Problem;
    } catch {
      // fall through: a broken body is reported like any unexpected answer
    }
  }
  return fallbackProblem(response.status, `Máy chủ trả lời lỗi ${response.status}. Vui lòng thử lại.`);
}

export interface RequestOptions {
  /** false for the session calls themselves: their 401 is an answer, not an expiry. */
  reportExpiry?: boolean;
  signal?: AbortSignal;
}

export async function request<T>(method: string, path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(`/api/v1${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(fallbackProblem(0, 'Không kết nối được với máy chủ. Kiểm tra mạng rồi thử lại.'));
  }

  if (response.ok) {
    if (response.status === 204) return undefined as T;
    return (await response.json()) as T;
  }
  const problem = await readProblem(response);
  if (response.status === 401 && options.reportExpiry !== false) onUnauthenticated?.();
  throw new ApiError(problem);
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, body ?? {}, options),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, body),
  del: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, undefined, options),
};

/** The message to show for any error thrown by the client. */
export function errorMessage(error: unknown): string {
  if (error instanceof ApiError) return error.problem.detail || error.problem.title;
  return 'Đã có lỗi không mong muốn. Vui lòng thử lại.';
}
