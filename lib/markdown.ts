import MarkdownIt from "markdown-it";
import sanitizeHtml from "sanitize-html";

/**
 * Analysts' notes are Markdown; this is the only place they become HTML. Two layers, so a gap in
 * one is closed by the other:
 * 1. markdown-it with `html: false` escapes every raw tag in the note as text, and its link
 *    validator below lets through only http(s), mailto, site-relative and #fragment addresses
 *    (after it has decoded entities and percent-escapes, so `&#106;avascript:` is caught too).
 *    Images are off: a note cannot make the reader's browser fetch anything.
 * 2. sanitize-html then keeps only an allow-list of tags and attributes (no `on*`, no `style`,
 *    no `src`), drops any href whose scheme is not http, https or mailto, and gives every external
 *    link rel="noopener noreferrer nofollow".
 * The result is safe to pass to dangerouslySetInnerHTML; nothing else in the app renders notes.
 */

const SAFE_SCHEMES = ["http", "https", "mailto"];

const md = new MarkdownIt({ html: false, linkify: true, breaks: true, typographer: false });
md.disable(["image"]);

/** Whether markdown-it may turn a destination into a link (it has already decoded entities). */
export function isSafeHref(url: string): boolean {
  // Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
  // eslint-disable-next-line no-control-regex
  const compact = url.replace(/[\u0000-\u0020\u007f-\u009f]/g, "").toLowerCase();
  if (compact.startsWith("//")) return false; // protocol-relative: an external host in disguise
  if (compact.startsWith("/") || compact.startsWith("#") || compact.startsWith("?")) return true;
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact);
  if (!scheme) return !compact.includes(":"); // a relative path such as "conflicts/donbas"
  return SAFE_SCHEMES.includes(scheme[1]!);
}
md.validateLink = isSafeHref;

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "s", "del", "code", "pre", "blockquote", "ul", "ol", "li", "a", "h3", "h4", "h5", "h6", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href", "rel"], ol: ["start"], th: ["style"], td: ["style"] },
  // Table cells keep only their alignment.
  allowedStyles: { th: { "text-align": [/^(left|right|center)$/] }, td: { "text-align": [/^(left|right|center)$/] } },
  allowedSchemes: SAFE_SCHEMES,
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
  transformTags: {
    // A note's headings sit inside a page: they start below the page's own h1 and h2.
    h1: "h3",
    h2: "h4",
    a: (tagName, attribs) => {
      const href = attribs.href ?? "";
      const external = /^(https?:|mailto:)/i.test(href.trim());
      const attributes: sanitizeHtml.Attributes = external ? { href, rel: "noopener noreferrer nofollow" } : { href };
      return { tagName, attribs: attributes };
    },
  },
};

/** A note's Markdown as sanitised HTML. */
export function renderMarkdown(source: string): string {
  return sanitizeHtml(md.render(source), SANITIZE);
}

/** A note as one line of plain text, for tables, titles and search. */
export function markdownToText(source: string, maxLength = 280): string {
  const text = sanitizeHtml(md.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text;
}
