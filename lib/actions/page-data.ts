import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { AppError } from '@/lib/errors';

/** Runs a read for a page, turning typed "not found" and "forbidden" errors into Next's 404 and 403 pages. */
export function pageData<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof AppError && error.kind === 'not_found') notFound();
    if (error instanceof AppError && error.kind === 'forbidden') forbidden();
    throw error;
  }
}

/** A route segment as the registry knows it: decoded once, or null when it cannot be a valid value. */
export function routeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    notFound();
  }
}

export function versionParam(raw: string): number {
  const n = Number(raw);
  if (!/^\d{1,9}$/.test(raw) || n < 1) notFound();
  return n;
}
