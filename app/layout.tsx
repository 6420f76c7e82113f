import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AccountMenu } from "@/components/auth/account-menu";
import { NavLinks } from "@/components/ui/nav-links";
import "@/components/annotations/annotations.css";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax — Russia's peacekeeping, compared", template: "%s · Parallax" },
  description:
    "Comparative conflict analysis: Russia's peacekeeping and military deployments, sourced figures with ranges, and the arguments of the ISPI dossier 'Peacekeeping: The Russian Way' (2021).",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <div className="inner">
            <Link href="/" className="brand">
              Parallax<small>Russia&apos;s peacekeeping, compared</small>
            </Link>
            <NavLinks />
            <AccountMenu />
          </div>
        </header>
        <main id="main">{children}</main>
        <footer className="site-footer">
          Figures carry their source: hover or focus a number for it, click for the full provenance. Data: UCDP (CC BY 4.0), SIPRI/IPI
          figures via the conflict-relapse panel, Our World in Data (CC BY); arguments: ISPI, <i>Peacekeeping: The Russian Way</i> (2021).{" "}
          <Link href="/sources">All sources and licences</Link>.
        </footer>
      </body>
    </html>
  );
}
