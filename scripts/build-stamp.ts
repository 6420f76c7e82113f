import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * A fingerprint of everything `next build` compiles. `npm start` rebuilds when it differs from
 * the one recorded at the last build, so a pulled change is never served from a stale build.
 */
const INPUTS = [
  "app",
  "components",
  "lib",
  "pages",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];
const SKIP = new Set(["generated", "node_modules"]);

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const name of fs.readdirSync(entry).sort()) if (!SKIP.has(name)) walk(path.join(entry, name), out);
  } else if (!/\.test\.tsx?$/.test(entry)) {
    out.push(entry);
  }
}

export function computeBuildStamp(root = process.cwd()): string {
  const files: string[] = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = crypto.createHash("sha256");
  for (const file of files) {
    hash.update(path.relative(root, file));
    hash.update(fs.readFileSync(file));
  }
  return hash.digest("hex");
}

export const STAMP_FILE = path.join(".next", "parallax-build-stamp");

export function buildIsCurrent(root = process.cwd()): boolean {
  const stampFile = path.join(root, STAMP_FILE);
  if (!fs.existsSync(path.join(root, ".next", "BUILD_ID")) || !fs.existsSync(stampFile)) return false;
  return fs.readFileSync(stampFile, "utf8").trim() === computeBuildStamp(root);
}

export function recordBuildStamp(root = process.cwd()): void {
  fs.writeFileSync(path.join(root, STAMP_FILE), computeBuildStamp(root));
}
