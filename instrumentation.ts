export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { restoreContentLength } = await import('./lib/http/content-length');
    restoreContentLength();
    const { bootstrap } = await import('./lib/bootstrap');
    await bootstrap();
  }
}
