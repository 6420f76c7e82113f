/**
 * What every form action returns to `useActionState`: whether it worked, one sentence for the
 * person (shown in an aria-live region), and per-field messages. A refused save never clears
 * the form: the fields keep what was typed.
 */
export type FormResult = { ok: boolean; message: string; errors?: Record<string, string[]> };

export const idle: FormResult = { ok: false, message: "" };

/** Field messages from a zod error, keyed by the first path segment (the form field's name). */
export function fieldErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string[]> {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const key = String(issue.path[0] ?? "form");
    (errors[key] ??= []).push(issue.message);
  }
  return errors;
}
