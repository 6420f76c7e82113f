import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { gzipSync } from "node:zlib";
import { performance } from "node:perf_hooks";
import { SERVER_NODE_OPTIONS } from "../scripts/server-options";
import { median } from "./results";

/** A `next start` of the production build on a database of the benchmark's own, with the same V8 settings as npm start. */
export type Server = { url: string; process: ChildProcess; stop: () => Promise<void> };

export async function startServer(databaseFile: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...withoutNodeOptions(process.env), NODE_OPTIONS: SERVER_NODE_OPTIONS, DATABASE_URL: `file:${databaseFile}`, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited (${child.exitCode}): ${stderr}`);
    try {
      const res = await fetch(`${url}/about`);
      if (res.ok) break;
    } catch {
      /* not listening yet */
    }
    if (Date.now() > deadline) throw new Error(`next start did not answer within 60 s: ${stderr}`);
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    process: child,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}

/** Peak resident memory (VmHWM) of a process and its children, in MB, from /proc. */
export function peakRssMb(pid: number): number {
  const pids = [pid, ...children(pid)];
  let total = 0;
  for (const p of pids) {
    try {
      const status = fs.readFileSync(`/proc/${p}/status`, "utf8");
      const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
      total += kb;
    } catch {
      /* gone */
    }
  }
  return total / 1024;
}

function children(pid: number): number[] {
  try {
    const list = fs.readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").trim().split(/\s+/).filter(Boolean).map(Number);
    return list.flatMap((c) => [c, ...children(c)]);
  } catch {
    return [];
  }
}

/** Median time to the whole response body over `n` requests after `warm` warm-ups, in ms. */
export async function medianResponseMs(url: string, n: number, warm = 3): Promise<number> {
  for (let i = 0; i < warm; i++) await (await fetch(url)).arrayBuffer();
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await fetch(url);
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${url} answered ${res.status}`);
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * The page's first-load JavaScript: the module scripts its HTML names, gzipped as sent. `nomodule`
 * polyfills are left out (modern browsers never download them); chunks loaded later on demand (the
 * charts) are not first-load JavaScript and are not counted.
 */
export async function pageJavaScriptKb(base: string, path: string): Promise<{ kb: number; files: number }> {
  const html = await (await fetch(`${base}${path}`)).text();
  const srcs = new Set<string>();
  for (const m of html.matchAll(/<script[^>]+src="([^"]+\.js[^"]*)"[^>]*>/g)) if (!/nomodule/i.test(m[0])) srcs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+rel="(?:preload|modulepreload)"[^>]+as="script"[^>]+href="([^"]+)"/g)) srcs.add(m[1]!);
  for (const m of html.matchAll(/<link[^>]+href="([^"]+\.js[^"]*)"[^>]+as="script"/g)) srcs.add(m[1]!);
  let bytes = 0;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    bytes += gzipSync(body).length;
  }
  return { kb: bytes / 1024, files: srcs.size };
}

/**
 * Every script a real browser loads for the page until the network is quiet — the first-load
 * JavaScript and what loads after it (the chart code, fetched once the page is interactive) —
 * gzip-compressed as the server would send it.
 */
export async function loadedJavaScriptKb(base: string, path: string): Promise<{ kb: number; files: number }> {
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const scripts = new Map<string, number>();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      try {
        scripts.set(response.url(), gzipSync(await response.body()).length);
      } catch {
        // a script the page navigated away from; not part of what it needs
      }
    });
    await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
    await page.waitForTimeout(500);
    const bytes = [...scripts.values()].reduce((a, b) => a + b, 0);
    return { kb: bytes / 1024, files: scripts.size };
  } finally {
    await browser.close();
  }
}

/** The benchmark runs with --conditions=react-server (to load lib/db outside Next); Next itself must not. */
export function withoutNodeOptions(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { NODE_OPTIONS: _ignored, ...rest } = env;
  return rest;
}
