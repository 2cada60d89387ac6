/** Only same-site paths: a crafted `callbackUrl` must not send a user to another site after sign-in. */
export function safeCallbackUrl(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value.startsWith('/login') ? '/' : value;
}
