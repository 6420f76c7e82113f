"use client";

import { useTransition, type FormEvent } from "react";

/**
 * Submits a form to a `useActionState` action without letting React reset the form afterwards
 * (it does so for `<form action={…}>`): a refused save must leave every field as the user typed it.
 */
export function useSubmit(dispatch: (formData: FormData) => void): (event: FormEvent<HTMLFormElement>) => void {
  const [, startTransition] = useTransition();
  return (event) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter instanceof HTMLElement ? submitter : null);
    startTransition(() => dispatch(formData));
  };
}
