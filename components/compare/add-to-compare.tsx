"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { compareHref, MAX_CONFLICTS } from "@/lib/compare/params";

/** The comparison the user last built in this tab (written by the /compare page's picker). */
export const COMPARE_STORAGE_KEY = "parallax.compare";

export function rememberComparison(slugs: string[]): void {
  try {
    window.sessionStorage.setItem(COMPARE_STORAGE_KEY, slugs.join(","));
  } catch {
    // Storage may be disabled; adding then starts a new comparison, which is still correct.
  }
}

function recalled(): string[] {
  try {
    return (window.sessionStorage.getItem(COMPARE_STORAGE_KEY) ?? "").split(",").filter(Boolean);
  } catch {
    return [];
  }
}

/** "Add to comparison": links to /compare with this conflict added to the comparison being built. */
export function AddToCompare({ slug, name, compact = false }: { slug: string; name: string; compact?: boolean }) {
  const [current, setCurrent] = useState<string[]>([]);
  useEffect(() => setCurrent(recalled()), []);
  const already = current.includes(slug);
  const slugs = already ? current : [...current, slug].slice(-MAX_CONFLICTS);
  const label = already ? "In the comparison" : current.length ? `Add to comparison (${current.length + 1})` : "Compare";
  return (
    <Link href={compareHref(slugs)} className={compact ? undefined : "button"} aria-label={compact ? `${label}: ${name}` : undefined}>
      {compact ? (already ? "in comparison" : "+ compare") : label}
    </Link>
  );
}
