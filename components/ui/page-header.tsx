import Link from "next/link";
import { useId, type ReactNode } from "react";

export function PageHeader({
  title,
  eyebrow,
  lede,
  crumbs,
  children,
}: {
  title: ReactNode;
  eyebrow?: ReactNode;
  lede?: ReactNode;
  crumbs?: { href: string; label: string }[];
  children?: ReactNode;
}) {
  return (
    <header className="page-header">
      {crumbs && crumbs.length > 0 ? (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          {crumbs.map((c, i) => (
            <span key={c.href}>
              {i > 0 ? " / " : ""}
              <Link href={c.href}>{c.label}</Link>
            </span>
          ))}
        </nav>
      ) : null}
      {eyebrow ? <div className="eyebrow">{eyebrow}</div> : null}
      <h1>{title}</h1>
      {lede ? <p className="lede">{lede}</p> : null}
      {children}
    </header>
  );
}

export function Section({ title, hint, id, children }: { title: ReactNode; hint?: ReactNode; id?: string; children: ReactNode }) {
  const generated = useId();
  const headingId = id ? `${id}-heading` : generated;
  return (
    <section className="section" id={id} aria-labelledby={headingId}>
      <h2 id={headingId}>
        {title} {hint ? <span className="hint">{hint}</span> : null}
      </h2>
      {children}
    </section>
  );
}
