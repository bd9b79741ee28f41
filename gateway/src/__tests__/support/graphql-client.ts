/** A GraphQL response as the tests read it, with the HTTP status and headers it came with. */
export interface Reply {
  status: number;
  headers: Headers;
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** POSTs `body` (a query string, or a whole GraphQL request) to `url`, with a bearer token when given. */
export async function post(url: string, body: string | Record<string, unknown>, options: { token?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: JSON.stringify(typeof body === 'string' ? { query: body } : body),
  });
  return { status: res.status, headers: res.headers, ...((await res.json()) as Omit<Reply, 'status' | 'headers'>) };
}
