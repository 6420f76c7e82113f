"use client";

import Link from "next/link";

/** Unexpected errors land here: a sentence, a way on, never a stack trace. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="section" role="alert">
      <h1>Something went wrong</h1>
      <p>Parallax could not show this page. Nothing you entered was lost. Try again, or go back to the overview.</p>
      {error.digest ? <p className="muted small">Reference for the maintainers: {error.digest}</p> : null}
      <p>
        <button type="button" onClick={reset}>
          Try again
        </button>{" "}
        <Link href="/">Overview</Link>
      </p>
    </div>
  );
}
