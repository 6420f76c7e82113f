/**
 * Shown while a page's data loads. Also the boundary Next's link prefetching stops at, so a
 * page full of links does not make the server render every linked page in advance.
 */
export default function Loading() {
  return (
    <div aria-busy="true" aria-live="polite" className="muted" style={{ padding: "2rem 0" }}>
      Loading…
    </div>
  );
}
