import { startTransition, type FormEvent } from 'react';

/**
 * An onSubmit that hands the form's data to an action without React resetting the form, so what was
 * typed stays on screen when the server answers with field errors (a plain form action would clear it).
 */
export function keepInputSubmit(formAction: (data: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
  };
}
