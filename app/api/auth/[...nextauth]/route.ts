import type { NextRequest } from 'next/server';
import { traced } from '@/lib/api/traced';
import { handlers } from '@/lib/auth/auth';
import { withValidCallbackUrl } from '@/lib/auth/auth-request';

/** Auth.js's own routes (sign-in, session, CSRF token, sign-out) get a request id and an access line like every other API route. */
export const GET = (request: NextRequest) => traced(request, () => withValidCallbackUrl(request, handlers.GET));
export const POST = (request: NextRequest) => traced(request, () => withValidCallbackUrl(request, handlers.POST));
