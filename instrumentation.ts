import type { Instrumentation } from 'next';

export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { restoreContentLength } = await import('./lib/http/content-length');
    restoreContentLength();
    const { bootstrap } = await import('./lib/bootstrap');
    await bootstrap();
  }
}

export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('./lib/ops/request-error');
  logRequestError(error, request, context);
};
