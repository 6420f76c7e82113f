import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { CreateFromUcdpForm, LinkUcdpForm } from "@/components/imports/ucdp-link-forms";
import { getCurrentUser } from "@/lib/auth-session";
import { hasRole } from "@/lib/permissions";

import { regionName, ucdpTypeName } from "@/components/imports/unmapped-table";
import { PageHeader, Section } from "@/components/ui/page-header";
import { formatNumber, formatPartialDate } from "@/lib/format";
import { getUcdpConflictFacts, listConflictChoices } from "@/lib/queries/imports";

type Props = { params: Promise<{ id: string }> };

const Id = z.coerce.number().int().positive();
const TYPES: Record<number, string> = { 2: "interstate", 3: "intrastate", 4: "internationalised_intrastate" };

async function factsOf(params: Props["params"]) {
  const parsed = Id.safeParse((await params).id);
  return parsed.success ? getUcdpConflictFacts(parsed.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const facts = await factsOf(params);
  return { title: facts ? `UCDP conflict ${facts.ucdpConflictId}` : "UCDP conflict not found" };
}

export default async function UnmappedConflictPage({ params }: Props) {
  const user = await getCurrentUser();
  const facts = await factsOf(params);
  if (!facts) notFound();
  const conflicts = listConflictChoices();
  const linked = facts.linkedTo.length > 0;
  return (
    <>
      <PageHeader
        crumbs={[
          { href: "/imports", label: "Imports" },
          { href: "/unmapped", label: "Unmapped" },
        ]}
        eyebrow={`UCDP conflict ${facts.ucdpConflictId}`}
        title={facts.name}
        lede={
          linked ? (
            <>
              Linked to{" "}
              {facts.linkedTo.map((c, i) => (
                <span key={c.slug}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/conflicts/${c.slug}`}>{c.name}</Link>
                </span>
              ))}
              : its UCDP figures count there.
            </>
          ) : (
            "No Parallax conflict is linked to this UCDP conflict: its rows are kept in the releases but count nowhere yet."
          )
        }
      >
        <dl className="facts">
          <dt>Location</dt>
          <dd>{facts.location ?? "—"}</dd>
          <dt>Sides</dt>
          <dd>{facts.sideA && facts.sideB ? `${facts.sideA} – ${facts.sideB}` : "—"}</dd>
          {facts.territory ? (
            <>
              <dt>Territory</dt>
              <dd>{facts.territory}</dd>
            </>
          ) : null}
          <dt>Region</dt>
          <dd>{regionName(facts.region)}</dd>
          <dt>UCDP type</dt>
          <dd>{ucdpTypeName(facts.typeOfConflict)}</dd>
          <dt>Start (ACD)</dt>
          <dd>{formatPartialDate(facts.startDate)}</dd>
          <dt>Years</dt>
          <dd>
            {facts.firstYear ?? "—"}–{facts.lastYear ?? "—"}; {facts.acdYears} in {facts.acdRelease?.shortTitle ?? "ACD"} ({facts.warYears} at war
            intensity)
          </dd>
          <dt>Battle-related deaths</dt>
          <dd>
            {formatNumber(facts.brdDeaths)} {facts.brdRelease ? <span className="muted">({facts.brdRelease.shortTitle})</span> : null}
          </dd>
        </dl>
      </PageHeader>
      {!hasRole(user, "admin") ? (
        <p className="notice info">
          Linking UCDP conflicts and creating conflicts needs an admin account. {user ? "Ask an admin for the role." : <Link href={`/login?next=/unmapped/${facts.ucdpConflictId}`}>Sign in</Link>}
        </p>
      ) : (
        <div className="grid-2">
          <Section title="Link to an existing conflict" id="link">
            <LinkUcdpForm ucdpConflictId={facts.ucdpConflictId} conflicts={conflicts} />
          </Section>
          <Section title="Create a conflict from it" id="create">
            {linked ? (
              <p className="muted">It is linked already; link it to another conflict instead if it belongs to two.</p>
            ) : (
              <>
                <p className="small muted">
                  A new conflict, marked as not in the dossier, with its region, type, status and start from the newest releases (each
                  cited to its release row) and a summary saying it was created from UCDP data.
                </p>
                <CreateFromUcdpForm
                  ucdpConflictId={facts.ucdpConflictId}
                  defaultName={facts.name}
                  defaultType={facts.typeOfConflict !== null ? (TYPES[facts.typeOfConflict] ?? null) : null}
                />
              </>
            )}
          </Section>
        </div>
      )}
      <Section title="Year by year" hint="from the newest releases">
        <div className="table-scroll">
          <table className="plain">
            <caption className="sr-only">UCDP conflict {facts.ucdpConflictId} per year</caption>
            <thead>
              <tr>
                <th scope="col" className="num">
                  Year
                </th>
                <th scope="col">ACD intensity</th>
                <th scope="col" className="num">
                  Battle deaths (BRD best, low–high)
                </th>
                <th scope="col" className="num">
                  Fatalities (GED, {facts.gedViolence ?? "state-based"})
                </th>
              </tr>
            </thead>
            <tbody>
              {facts.years.map((y) => (
                <tr key={y.year}>
                  <td className="num">{y.year}</td>
                  <td>{y.intensityLevel === 2 ? "war" : y.intensityLevel === 1 ? "minor" : "—"}</td>
                  <td className="num">
                    {formatNumber(y.brdBest)}
                    {y.brdLow !== null && y.brdHigh !== null ? ` (${formatNumber(y.brdLow)}–${formatNumber(y.brdHigh)})` : ""}
                  </td>
                  <td className="num">{formatNumber(y.gedBest)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Section>
    </>
  );
}
