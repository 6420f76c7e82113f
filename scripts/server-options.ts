/**
 * V8 settings for the Parallax server (npm start, and the benchmark that measures it). Without a
 * limit, V8 lets the heap grow lazily under load (a static page served 1,300 times a second took a
 * server from 180 MB to 375 MB); with these it collects sooner and stays near 180 MB at the same
 * throughput. 256 MB of heap leaves room for the largest streamed export (100,000 rows as XLSX peak
 * at ~200 MB). The user's own NODE_OPTIONS come after, so they can override.
 */
export const SERVER_NODE_OPTIONS = "--max-old-space-size=256 --max-semi-space-size=4";

export function serverNodeOptions(existing: string | undefined): string {
  return [SERVER_NODE_OPTIONS, existing ?? ""].join(" ").trim();
}
