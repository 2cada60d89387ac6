const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * A caller's own id (from a load balancer, or a client correlating its retries) is kept if it is a
 * sane token, so it can be searched for in the logs; anything else is replaced, never echoed.
 */
export function requestIdFrom(incoming: string | null): string {
  return incoming && REQUEST_ID.test(incoming) ? incoming : crypto.randomUUID();
}

/** Echoes the id; the headers of Response.redirect() and of fetched responses are immutable, so those are copied. */
export function withRequestIdHeader(response: Response, requestId: string): Response {
  try {
    response.headers.set('x-request-id', requestId);
    return response;
  } catch {
    const copy = new Response(response.body, response);
    copy.headers.set('x-request-id', requestId);
    return copy;
  }
}
