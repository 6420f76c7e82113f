import Link from "next/link";

/** "Page 2 of 7 · Previous · Next" for a list paged on the server; `href` gives a page's address. */
export function PageLinks({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  return (
    <nav className="dt-pagination" aria-label="Pages">
      <span>
        Page {page} of {pages}
      </span>
      {page > 1 ? <Link href={href(page - 1)}>Previous</Link> : null}
      {page < pages ? <Link href={href(page + 1)}>Next</Link> : null}
    </nav>
  );
}
