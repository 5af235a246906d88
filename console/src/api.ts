import type { ApiAnswers } from '../../src/modules/contract/api-answers';
import { session } from './session';

/** The answers of the API, by the names the OpenAPI document gives them (docs/contract.md). */
export type Answer<N extends keyof ApiAnswers> = ApiAnswers[N];

export const API_BASE = '/api/v1';

/** A refused or failed request, with the service's problem+json when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problemType: string | null,
    detail: string,
  ) {
    super(detail);
    this.name = 'ApiError';
  }

  /** What the console says to a person about it. */
  get explanation(): string {
    if (this.status === 403) return `无权查看：超出本账号的角色或管辖范围（${this.message}）`;
    if (this.status === 404) return `未找到：${this.message}`;
    if (this.status === 401) return '登录已失效，请重新输入令牌';
    if (this.status === 429 || this.status === 503)
      return `服务繁忙，请稍后再试（${this.message}）`;
    return `请求失败（${this.status}）：${this.message}`;
  }
}

type Query = Record<string, string | number | boolean | null | undefined>;

/** `path` under /api/v1 with the query's set values. */
export function apiUrl(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== null && value !== undefined && value !== '') params.set(key, String(value));
  }
  const search = params.toString();
  return `${API_BASE}${path}${search ? `?${search}` : ''}`;
}

/** Listeners told when the service refuses the token (401): the console signs out. */
const onUnauthorized: Array<() => void> = [];
export const whenUnauthorized = (listener: () => void): void => {
  onUnauthorized.push(listener);
};

async function send(url: string, accept: string, token = session.token()): Promise<Response> {
  const response = await fetch(url, {
    headers: { Accept: accept, ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    credentials: 'omit',
    cache: 'no-store',
  });
  if (response.ok) return response;
  let type: string | null = null;
  let detail = response.statusText;
  try {
    const body = (await response.json()) as { type?: string; detail?: string };
    type = body.type ?? null;
    detail = body.detail ?? detail;
  } catch {
    // not problem+json
  }
  if (response.status === 401) onUnauthorized.forEach((listener) => listener());
  throw new ApiError(response.status, type, detail);
}

/** GET a JSON answer; `_answer` names its type in the contract (and documents the call). */
export async function get<N extends keyof ApiAnswers>(
  _answer: N,
  path: string,
  query?: Query,
  token?: string,
): Promise<ApiAnswers[N]> {
  const response = await send(apiUrl(path, query), 'application/json', token);
  return (await response.json()) as ApiAnswers[N];
}

/**
 * A read started before the page needs it (while others run), awaited later: its refusal is
 * thrown where it is awaited, and is not reported as unhandled in the meantime.
 */
export function readAhead<T>(read: Promise<T>): Promise<T> {
  read.catch(() => undefined);
  return read;
}

/**
 * Downloads a document (PDF, workbook) with the token: fetched as a blob and saved from an object
 * URL, since a plain link would send no Authorization header.
 */
export async function download(path: string, query: Query, fileName: string): Promise<number> {
  const response = await send(apiUrl(path, query), '*/*');
  const blob = await response.blob();
  const url = URL.createObjectURL(blob);
  try {
    const anchor = document.createElement('a');
    anchor.href = url;
    anchor.download = fileName;
    anchor.hidden = true;
    document.body.appendChild(anchor);
    anchor.click();
    anchor.remove();
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return blob.size;
}
