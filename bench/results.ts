import fs from "node:fs";
import path from "node:path";

/** One benchmark result: a value measured against its baseline in the same run, and the target for the ratio. */
export type BenchResult = { name: string; value: number; baseline: number; ratio: number; target: number; unit: string; note?: string };

export const RESULTS_FILE = path.resolve(process.cwd(), "bench", "results.json");

/** Adds or replaces results by name in bench/results.json, so each benchmark script can run alone. */
export function recordResults(results: BenchResult[], file = RESULTS_FILE): void {
  let existing: BenchResult[] = [];
  try {
    existing = JSON.parse(fs.readFileSync(file, "utf8")) as BenchResult[];
  } catch {
    existing = [];
  }
  const names = new Set(results.map((r) => r.name));
  fs.writeFileSync(file, `${JSON.stringify([...existing.filter((r) => !names.has(r.name)), ...results], null, 2)}\n`);
}

export function printResults(results: BenchResult[]): void {
  const num = (v: number | null | undefined, d: number) => (typeof v === "number" && Number.isFinite(v) ? v.toFixed(d) : String(v));
  for (const r of results) {
    const ok = typeof r.ratio === "number" && r.ratio <= r.target ? "ok  " : "OVER";
    console.log(`${ok} ${r.name.padEnd(34)} ratio ${num(r.ratio, 2).padStart(6)} (target ≤ ${r.target})  value ${num(r.value, 1)} ${r.unit}  baseline ${num(r.baseline, 1)} ${r.unit}${r.note ? `  — ${r.note}` : ""}`);
  }
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Samples the process's resident memory while `fn` runs; returns the peak in MB. */
export async function peakRss<T>(fn: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 20);
  try {
    const result = await fn();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: peak / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
