import { AppError } from '@/lib/errors';

/** Runs a call that must fail with a typed error and returns that error for assertions. */
export async function expectAppError(fn: () => unknown): Promise<AppError> {
  try {
    await fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the call to fail with an AppError');
}
