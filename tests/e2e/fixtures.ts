import { test as base, expect, type Locator, type Page, type Request, type Response } from "@playwright/test";

/**
 * Shared fixtures of the browser tests.
 *
 * Every test's page is watched: uncaught page errors and console errors fail the test when it
 * ends, unless the error is one the test expects (`consoleGuard.allow`) or a known app issue
 * listed in KNOWN_CONSOLE_ISSUES. Known issues are never dropped silently: each one seen is
 * attached to the test as an annotation, and a test of its own stays red while the issue stands
 * (the favicon: a11y.spec.ts; the rest: the strict “page health” tests of pages.spec.ts). When an
 * issue is fixed, delete its entry here.
 */

export type KnownIssue = {
  id: string;
  pattern: RegExp;
  description: string;
  /** Whether the error shows up depends on browser timing (the favicon request): never asserted on page by page; a test of its own covers it. */
  timingDependent?: boolean;
};

export const KNOWN_CONSOLE_ISSUES: KnownIssue[] = [
  {
    id: "no-favicon",
    pattern: /Failed to load resource: the server responded with a status of 404[^]*\/favicon\.ico/,
    description: "GET /favicon.ico answers 404 on every page: the app ships no favicon (app/icon.* or public/favicon.ico).",
    timingDependent: true,
  },
  {
    id: "api-link-prefetched",
    pattern: /Failed to load resource: the server responded with a status of 400[^]*\/api\/v1\/figures\?[^ ]*_rsc=/,
    description:
      "app/figures/page.tsx links to /api/v1/figures?curated=true with next/link, so the router prefetches it with an _rsc parameter, which the strict API rejects with 400.",
  },
];

type ConsoleEntry = { kind: "console" | "pageerror"; text: string; url: string };

export type ConsoleGuard = {
  /** Errors seen so far on this test's pages. */
  entries: ConsoleEntry[];
  /** Tolerate errors matching `pattern` in this test (an expected 404 document, say), with a reason. */
  allow(pattern: RegExp, reason: string): void;
  /** Errors that are neither allowed by the test nor known issues. */
  unexpected(): ConsoleEntry[];
  /** Every error except those the test allows and the timing-dependent known issues (checked by tests of their own). */
  strict(): string[];
};

export const test = base.extend<{ consoleGuard: ConsoleGuard }>({
  consoleGuard: [
    async ({ page }, use, testInfo) => {
      const entries: ConsoleEntry[] = [];
      const allowed: { pattern: RegExp; reason: string }[] = [];
      page.on("console", (msg) => {
        if (msg.type() !== "error") return;
        entries.push({ kind: "console", text: `${msg.text()} ${msg.location().url ?? ""}`.trim(), url: page.url() });
      });
      page.on("pageerror", (error) => {
        entries.push({ kind: "pageerror", text: `${error.name}: ${error.message}`, url: page.url() });
      });
      const classify = (e: ConsoleEntry) => {
        // Uncaught exceptions are never tolerated.
        if (e.kind === "pageerror") return { e, tolerated: null };
        const known = KNOWN_CONSOLE_ISSUES.find((k) => k.pattern.test(e.text));
        if (known) return { e, tolerated: `known issue ${known.id}: ${known.description}` };
        const allow = allowed.find((a) => a.pattern.test(e.text));
        if (allow) return { e, tolerated: `expected by the test: ${allow.reason}` };
        return { e, tolerated: null };
      };
      const guard: ConsoleGuard = {
        entries,
        allow: (pattern, reason) => allowed.push({ pattern, reason }),
        unexpected: () => entries.map(classify).filter((c) => c.tolerated === null).map((c) => c.e),
        strict: () =>
          entries
            .filter((e) => !KNOWN_CONSOLE_ISSUES.some((k) => k.timingDependent && k.pattern.test(e.text)))
            .filter((e) => !allowed.some((a) => a.pattern.test(e.text)))
            .map((e) => `[${e.kind}] ${e.text}`),
      };
      await use(guard);
      const seen = new Set<string>();
      for (const c of entries.map(classify)) {
        if (c.tolerated === null || seen.has(c.tolerated)) continue;
        seen.add(c.tolerated);
        testInfo.annotations.push({ type: "tolerated console error", description: `${c.tolerated} — ${c.e.text}` });
      }
      const bad = guard.unexpected();
      expect(bad.map((e) => `[${e.kind}] on ${e.url}: ${e.text}`), "console errors and uncaught page errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Waits until React has hydrated `locator`'s element, so a click reaches its handler instead of
 * landing on server-rendered HTML. React sets its __reactProps$… key on every element it hydrates.
 */
export async function waitForHydration(locator: Locator): Promise<void> {
  await expect
    .poll(() => locator.first().evaluate((el) => Object.keys(el).some((k) => k.startsWith("__reactProps$"))), {
      message: "the element is hydrated by React",
    })
    .toBe(true);
}

/**
 * Waits until the page's network has been quiet for 500 ms: every request sent has had an answer
 * (or failed). Unlike `networkidle`, a response whose body the Next router never reads (a 404
 * prefetch) counts as answered, so the wait ends on every page.
 */
export async function waitForNetworkQuiet(page: Page, quietMs = 500): Promise<void> {
  const pending = new Set<Request>();
  let last = Date.now();
  const started = (request: Request) => {
    pending.add(request);
    last = Date.now();
  };
  const ended = (request: Request) => {
    pending.delete(request);
    last = Date.now();
  };
  const answered = (response: Response) => ended(response.request());
  page.on("request", started);
  page.on("response", answered);
  page.on("requestfailed", ended);
  page.on("requestfinished", ended);
  try {
    await expect
      .poll(() => pending.size === 0 && Date.now() - last >= quietMs, { message: "the network is quiet", intervals: [100], timeout: 15_000 })
      .toBe(true);
  } finally {
    page.off("request", started);
    page.off("response", answered);
    page.off("requestfailed", ended);
    page.off("requestfinished", ended);
  }
}

/** A stack trace or an internal error name has leaked into a page or an API answer. */
export function expectNoStackTrace(body: string): void {
  expect(body, "no stack trace").not.toMatch(/\n\s+at [\w$.<>]+ \(|at [^\s()]+\.(?:js|ts|tsx):\d+|node_modules\/|webpack-internal|SqliteError|PrismaClient\w*Error/);
}

/** The cells of a table column, found by its header cell or by the header's text (first match). */
export async function columnTexts(table: Locator, header: Locator | RegExp | string): Promise<string[]> {
  let index: number;
  if (typeof header === "string" || header instanceof RegExp) {
    const headers = await table.locator("thead th").allInnerTexts();
    index = headers.findIndex((h) => (typeof header === "string" ? h.includes(header) : header.test(h)));
    if (index < 0) throw new Error(`no column ${String(header)} among ${headers.join(" | ")}`);
  } else {
    index = await header.evaluate((th) => (th as HTMLTableCellElement).cellIndex);
  }
  return table.locator(`tbody tr > :nth-child(${index + 1})`).allInnerTexts();
}

/** "4,805" → 4805; "—" → null. */
export function parseNumber(text: string): number | null {
  const m = /-?[\d,]+(?:\.\d+)?/.exec(text);
  return m ? Number(m[0].replace(/,/g, "")) : null;
}

/** Charts without a description, tables without a caption, ids used twice. */
export async function structuralProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const section = el.closest("section")?.querySelector("h2")?.textContent?.trim() ?? "";
      return `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(" ").join(".")}` : ""} in “${section.slice(0, 60)}”`;
    };
    for (const chart of document.querySelectorAll("figure.chart")) {
      const ids = (chart.getAttribute("aria-describedby") ?? "").split(/\s+/).filter(Boolean);
      const text = ids.map((id) => document.getElementById(id)?.textContent?.trim() ?? "").join(" ");
      if (ids.length === 0) problems.push(`chart without aria-describedby: ${describe(chart)}`);
      else if (text.length < 20) problems.push(`chart whose description is missing or empty (${ids.join(" ")}): ${describe(chart)}`);
    }
    for (const table of document.querySelectorAll("table")) {
      const caption = table.querySelector(":scope > caption")?.textContent?.trim() ?? "";
      const labelled = table.getAttribute("aria-label") || table.getAttribute("aria-labelledby");
      if (!caption) problems.push(`table without caption${labelled ? " (has aria-label/labelledby)" : ""}: ${describe(table)}, headers “${[...table.querySelectorAll("thead th")].map((th) => th.textContent?.trim()).join(" | ").slice(0, 80)}”`);
    }
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) problems.push(`id “${id}” used ${n} times`);
    return problems;
  });
}

