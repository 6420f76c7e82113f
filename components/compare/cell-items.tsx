import { Sourced } from "@/components/ui/sourced";
import type { CellItem } from "@/lib/compare/rows";

/** The values of one comparison cell, each with its source a hover away. */
export function CellItems({ items }: { items: CellItem[] }) {
  if (items.length === 1 && !items[0]!.sub) {
    const item = items[0]!;
    return <Sourced text={item.text} href={item.href} tip={item.tip} />;
  }
  return (
    <ul className="cell-list">
      {items.map((item, i) => (
        <li key={`${item.text}-${i}`}>
          <Sourced text={item.text} href={item.href} tip={item.tip} />
          {item.sub ? <span className="muted small"> {item.sub}</span> : null}
        </li>
      ))}
    </ul>
  );
}
