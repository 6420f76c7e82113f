"use client";

import Link from "next/link";
import { usePath } from "@/components/hooks/address";

const LINKS = [
  { href: "/", label: "Overview" },
  { href: "/conflicts", label: "Conflicts" },
  { href: "/compare", label: "Compare" },
  { href: "/missions", label: "Missions" },
  { href: "/actors", label: "Actors" },
  { href: "/dossier", label: "Dossier" },
  { href: "/figures", label: "Figures" },
  { href: "/sources", label: "Sources" },
  { href: "/imports", label: "Imports" },
];

export function NavLinks() {
  const pathname = usePath();
  return (
    <nav className="site-nav" aria-label="Main">
      {LINKS.map((l) => {
        const current = l.href === "/" ? pathname === "/" : pathname === l.href || pathname.startsWith(`${l.href}/`);
        return (
          <Link key={l.href} href={l.href} aria-current={current ? "page" : undefined}>
            {l.label}
          </Link>
        );
      })}
    </nav>
  );
}
