import { AppError, type ErrorKind } from '@/lib/errors';

/** MLflow's error codes, as its clients match on them. */
const CODES: Record<ErrorKind, { code: string; status: number }> = {
  bad_request: { code: 'INVALID_PARAMETER_VALUE', status: 400 },
  unauthorized: { code: 'UNAUTHENTICATED', status: 401 },
  forbidden: { code: 'PERMISSION_DENIED', status: 403 },
  not_found: { code: 'RESOURCE_DOES_NOT_EXIST', status: 404 },
  conflict: { code: 'RESOURCE_ALREADY_EXISTS', status: 400 },
  invalid_state: { code: 'INVALID_STATE', status: 400 },
  payload_too_large: { code: 'INVALID_PARAMETER_VALUE', status: 413 },
  rate_limited: { code: 'REQUEST_LIMIT_EXCEEDED', status: 429 },
};

export function mlflowError(status: number, code: string, message: string): Response {
  return Response.json({ error_code: code, message }, { status });
}

export function mlflowErrorFrom(error: AppError): Response {
  const { code, status } = CODES[error.kind];
  const detail = error.fieldErrors ? ` ${Object.entries(error.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(' ')}`).join('; ')}` : '';
  return mlflowError(status, code, `${error.message}${detail}`);
}

export const invalid = (message: string) => new AppError('bad_request', 'mlflow', message);
