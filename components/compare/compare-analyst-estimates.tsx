import Link from "next/link";
import { AnalystFiguresTable } from "@/components/annotations/analyst-figures-table";
import type { AnalystFigure } from "@/lib/queries/compare";

/**
 * Figures analysts added about the compared conflicts and their missions — any measure, not only
 * disputes — each with its source and locator, who added it, and the figure it disputes (unchanged).
 * The same table as a conflict page's "Analysts' estimates" (components/annotations/analyst-figures-table.tsx),
 * one per conflict, without the form: /compare's HTML is the same for every reader (it is cached
 * for anonymous ones), so it never depends on who is signed in. Adding a figure commits to the
 * database, which drops every cached page (lib/page-cache.ts).
 */
export function CompareAnalystEstimates({ groups, names }: { groups: { slug: string; items: AnalystFigure[] }[]; names: Map<string, string> }) {
  return (
    <div data-testid="compare-analyst-figures">
      {groups
        .filter((g) => g.items.length)
        .map((g) => {
          const name = names.get(g.slug) ?? g.slug;
          return (
            <div key={g.slug} id={`analyst-figures-${g.slug}`} style={{ marginBottom: "1rem" }} data-conflict={g.slug}>
              <h3>
                <Link href={`/conflicts/${g.slug}#analyst-figures`}>{name}</Link> <span className="muted small">({g.items.length})</span>
              </h3>
              <AnalystFiguresTable items={g.items} caption={`Figures added by analysts about ${name} and its missions`} />
            </div>
          );
        })}
    </div>
  );
}
