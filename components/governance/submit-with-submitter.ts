import { startTransition, type FormEvent } from 'react';

/**
 * Like keepInputSubmit (typed text survives field errors), but the clicked button's name and value
 * are part of the data, for forms whose buttons say what to do (approve or reject, save or reset).
 */
export function submitWithSubmitter(formAction: (data: FormData) => void) {
  return (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
}
