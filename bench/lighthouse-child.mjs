// Lighthouse 12 (desktop preset) in Debian's Chromium, run by plain Node: Lighthouse sends functions
// into the page, and a transpiler's helpers (tsx adds __name) would not exist there.
// Usage: node bench/lighthouse-child.mjs <url>… → one JSON line: [{ url, performance, accessibility }]
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";

const urls = process.argv.slice(2);
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  logLevel: "silent",
});
try {
  const out = [];
  for (const url of urls) {
    const result = await lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: ["performance", "accessibility"] }, desktopConfig);
    const c = result?.lhr.categories;
    const failing = Object.values(result?.lhr.audits ?? {})
      .filter((a) => a.score !== null && a.score < 1 && (a.scoreDisplayMode === "binary" || a.scoreDisplayMode === "numeric") && c?.accessibility?.auditRefs?.some((r) => r.id === a.id))
      .map((a) => a.id);
    out.push({ url, performance: Math.round((c?.performance?.score ?? 0) * 100), accessibility: Math.round((c?.accessibility?.score ?? 0) * 100), failingAccessibilityAudits: failing });
  }
  console.log(JSON.stringify(out));
} finally {
  await chrome.kill();
}
