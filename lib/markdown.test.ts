import { describe, expect, it } from "vitest";
import { XSS_PAYLOADS } from "../tests/e2e/xss-payloads";
import { isSafeHref, markdownToText, renderMarkdown } from "./markdown";

/** Every opening tag of the output with its attributes: `<a href="…" rel="…">` → { tag: "a", attrs }. */
function tags(html: string): { tag: string; attrs: Record<string, string> }[] {
  return [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9]*)([^>]*)>/g)].map((m) => ({
    tag: m[1]!.toLowerCase(),
    attrs: Object.fromEntries([...m[2]!.matchAll(/([^\s=/]+)(?:="([^"]*)")?/g)].map((a) => [a[1]!.toLowerCase(), decode(a[2] ?? "")])),
  }));
}

function decode(value: string): string {
  return value
    .replace(/&#x([0-9a-f]+);?/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);?/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&colon;/gi, ":")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"');
}

const ALLOWED_TAGS = new Set(["p", "br", "strong", "em", "s", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"]);

describe("renderMarkdown against XSS payloads", () => {
  it.each(XSS_PAYLOADS)("$name renders inert", ({ markdown }) => {
    const html = renderMarkdown(markdown);
    for (const { tag, attrs } of tags(html)) {
      expect(ALLOWED_TAGS.has(tag), `tag <${tag}> in ${html}`).toBe(true);
      for (const [name, value] of Object.entries(attrs)) {
        expect(name.startsWith("on"), `handler attribute ${name} in ${html}`).toBe(false);
        expect(["href", "rel", "start", "style"].includes(name), `attribute ${name} in ${html}`).toBe(true);
        if (name === "href") {
          const compact = value.replace(/[\u0000-\u0020]/g, "").toLowerCase();
          expect(compact, `href in ${html}`).not.toMatch(/^(javascript|data|vbscript):/);
          expect(/^(https?:|mailto:|\/[^/]|#|\?)/.test(compact) || !compact.includes(":"), `href ${value}`).toBe(true);
        }
      }
    }
    // Nothing executable survives, even as an attribute value.
    expect(html).not.toMatch(/<script|<svg|<iframe|<img|<object|<style|<form|<meta|<math|<body/i);
    expect(html.toLowerCase()).not.toMatch(/<a\s[^>]*href="\s*(javascript|data|vbscript):/);
  });

  it("keeps the attacker's text visible as text, so the reader sees what was tried", () => {
    expect(renderMarkdown("<script>alert('xss-script')</script>")).toContain("&lt;script&gt;");
    expect(markdownToText("[click me](javascript:alert(1))")).toContain("click me");
  });
});

describe("renderMarkdown on ordinary notes", () => {
  it("renders emphasis, lists, code and quotes", () => {
    const html = renderMarkdown("**Bold** and _italic_\n\n- one\n- two\n\n> quoted\n\n`code`");
    expect(html).toContain("<strong>Bold</strong>");
    expect(html).toContain("<em>italic</em>");
    expect(html).toContain("<li>one</li>");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<code>code</code>");
  });

  it("gives external links rel=noopener noreferrer nofollow and leaves site links alone", () => {
    const html = renderMarkdown("[UCDP](https://ucdp.uu.se/) and [Donbas](/conflicts/donbas) and https://example.org/x");
    expect(html).toContain('<a href="https://ucdp.uu.se/" rel="noopener noreferrer nofollow">UCDP</a>');
    expect(html).toContain('<a href="/conflicts/donbas">Donbas</a>');
    expect(html).toContain('<a href="https://example.org/x" rel="noopener noreferrer nofollow">');
  });

  it("moves headings below the page's own", () => {
    expect(renderMarkdown("# Title\n\n## Sub")).toBe("<h3>Title</h3>\n<h4>Sub</h4>\n");
  });

  it("turns a link the validator refuses into plain text", () => {
    const html = renderMarkdown("[click me](javascript:alert(1))");
    expect(html).not.toContain("<a");
    expect(html).toContain("[click me](javascript:alert(1))");
  });
});

describe("isSafeHref", () => {
  it.each([
    ["https://example.org", true],
    ["http://example.org", true],
    ["mailto:a@example.org", true],
    ["/figures/12", true],
    ["#note-3", true],
    ["conflicts/donbas", true],
    ["javascript:alert(1)", false],
    ["JAVASCRIPT:alert(1)", false],
    [" javascript:alert(1)", false],
    ["java\nscript:alert(1)", false],
    ["data:text/html,x", false],
    ["vbscript:x", false],
    ["file:///etc/passwd", false],
    ["//evil.example", false],
  ])("%s → %s", (url, safe) => {
    expect(isSafeHref(url)).toBe(safe);
  });
});
