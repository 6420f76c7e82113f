import { diffWordsWithSpace } from "diff";

/**
 * What changed from one text to another, word by word: removed words struck through, added ones
 * highlighted, each also announced as such to screen readers. Used by the history and the merge screen.
 */
export function WordDiff({ before, after }: { before: string; after: string }) {
  const parts = diffWordsWithSpace(before, after);
  if (!parts.some((p) => p.added || p.removed)) return <p className="muted small">No difference in the text.</p>;
  return (
    <div className="diff" data-testid="word-diff">
      {parts.map((p, i) =>
        p.added ? (
          <ins key={i}>
            <span className="sr-only">[added: </span>
            {p.value}
            <span className="sr-only">]</span>
          </ins>
        ) : p.removed ? (
          <del key={i}>
            <span className="sr-only">[removed: </span>
            {p.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <span key={i}>{p.value}</span>
        ),
      )}
    </div>
  );
}
