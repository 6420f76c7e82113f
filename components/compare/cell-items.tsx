"use client";

import type { ReactNode } from "react";
import { Sourced } from "@/components/ui/sourced";
import type { CellItem } from "@/lib/compare/rows";
import { useMatrixCell } from "./use-matrix-cell";

/**
 * The values of one comparison cell, each with its source a hover away. `stacked`: the detail goes
 * under the value (rows of numbers, right-aligned, keep their numbers in one column).
 */
export function CellItems({ items, stacked = false }: { items: CellItem[]; stacked?: boolean }) {
  if (items.length === 1 && !items[0]!.sub && !items[0]!.cell) {
    const item = items[0]!;
    return <Sourced text={item.text} href={item.href} tip={item.tip} />;
  }
  return (
    <ul className="cell-list">
      {items.map((item, i) => (
        <li key={`${item.text}-${i}`}>
          <Sourced text={item.text} href={item.href} tip={item.tip} />
          {item.sub ? (
            <span className="muted small" style={stacked ? { display: "block" } : undefined}>
              {" "}
              {item.cell ? <MatrixLink cell={item.cell}>{item.sub}</MatrixLink> : item.sub}
            </span>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** Chooses a mandate-matrix cell (in the URL) and scrolls to the matrix. */
function MatrixLink({ cell, children }: { cell: string; children: ReactNode }) {
  const { choose } = useMatrixCell();
  return (
    <a
      href="#mandates"
      onClick={(e) => {
        e.preventDefault();
        choose(cell, true);
      }}
    >
      {children}
    </a>
  );
}
