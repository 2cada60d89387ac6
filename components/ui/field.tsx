import type { ReactNode } from 'react';
import { Label } from './label';

type FieldError = string[] | string | undefined;

function errorText(error: FieldError): string {
  return Array.isArray(error) ? error.join(' ') : (error ?? '');
}

/**
 * Props that link a form control to its Field's hint and error, so assistive
 * technology announces them. `name` defaults to `id` for FormData submission.
 */
export function fieldA11y(
  id: string,
  error?: FieldError,
  options: { name?: string; hint?: boolean } = {},
) {
  const invalid = errorText(error) !== '';
  const describedBy = [options.hint && `${id}-hint`, invalid && `${id}-error`].filter(Boolean).join(' ');
  return {
    id,
    name: options.name ?? id,
    'aria-invalid': invalid || undefined,
    'aria-describedby': describedBy || undefined,
  };
}

export type FieldProps = {
  id: string;
  label: ReactNode;
  error?: FieldError;
  hint?: ReactNode;
  className?: string;
  children: ReactNode;
};

export function Field({ id, label, error, hint, className, children }: FieldProps) {
  const message = errorText(error);
  return (
    <div className={className}>
      <div className="grid gap-1.5">
        <Label htmlFor={id}>{label}</Label>
        {children}
        {hint ? (
          <p id={`${id}-hint`} className="text-sm text-muted-fg">
            {hint}
          </p>
        ) : null}
      </div>
      {/* Always rendered (empty when valid): a live region must exist before its text changes to be announced. */}
      <p id={`${id}-error`} aria-live="polite" className="mt-1.5 text-sm font-medium text-danger empty:mt-0">
        {message}
      </p>
    </div>
  );
}
