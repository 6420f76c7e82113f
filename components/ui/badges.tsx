import { labels } from "@/lib/domain";

type LabelGroup = keyof typeof labels;

/** The label of a stored vocabulary value ("low_intensity" → "Low intensity"). */
export function label(group: LabelGroup, value: string): string {
  const map = labels[group] as Record<string, string>;
  return map[value] ?? value;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{label("conflictStatus", status)}</span>;
}

export function Badge({ children, tone }: { children: React.ReactNode; tone?: "outside" | "russian" }) {
  return <span className={`badge${tone ? ` ${tone}` : ""}`}>{children}</span>;
}
