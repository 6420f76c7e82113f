import { gzipSync } from "node:zlib";
import Database from "better-sqlite3";
import { databaseFile } from "./env";

/**
 * An in-process cache of rendered anonymous pages and API answers, keyed by URL and valid for one
 * version of the data. The version is SQLite's `PRAGMA data_version` on a read-only connection that
 * never writes: it changes whenever any other connection — the app's, an import's, a restore's,
 * another process's — commits, so an import or an edit invalidates every entry at once and a reader
 * never sees stale data. See docs/decisions/0004-page-cache.md.
 */

export type CachedResponse = {
  status: number;
  headers: [string, string][];
  body: Uint8Array<ArrayBuffer>;
  /** the body gzipped once when it was stored, for the many readers whose browsers accept it */
  gzip?: Uint8Array<ArrayBuffer>;
  /** rendered, but not to be kept (an error, a redirect, a cookie) */
  uncacheable?: boolean;
};

type Entry = CachedResponse & { version: number; bytes: number };

const MAX_BYTES = 48 * 1024 * 1024;
const MAX_ENTRIES = 400;

class PageCache {
  private entries = new Map<string, Entry>();
  private pending = new Map<string, Promise<CachedResponse | null>>();
  private bytes = 0;
  private db: Database.Database | null = null;
  private file = "";

  /** The current data version; a new one when another connection has committed since the last read. */
  version(): number {
    const file = databaseFile();
    if (!this.db || this.file !== file) {
      this.db?.close();
      this.db = new Database(file, { readonly: true, fileMustExist: true });
      this.file = file;
    }
    return this.db.pragma("data_version", { simple: true }) as number;
  }

  get(key: string): CachedResponse | null {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.version !== this.version()) {
      this.clear();
      return null;
    }
    // Least recently used goes first: re-insert on every hit.
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Renders once for many concurrent misses of the same key (a shared link opened by a whole team). */
  async fill(key: string, render: () => Promise<CachedResponse | null>): Promise<CachedResponse | null> {
    const inflight = this.pending.get(key);
    if (inflight) return inflight;
    const version = this.version();
    const promise = render()
      .then((response) => {
        if (response && !response.uncacheable && version === this.version()) this.put(key, response, version);
        return response;
      })
      .finally(() => this.pending.delete(key));
    this.pending.set(key, promise);
    return promise;
  }

  private put(key: string, response: CachedResponse, version: number): void {
    if (response.body.byteLength > MAX_BYTES / 8) return;
    const gzip = response.body.byteLength > 1024 ? new Uint8Array(gzipSync(response.body)) : undefined;
    const bytes = response.body.byteLength + (gzip?.byteLength ?? 0) + key.length;
    this.entries.delete(key);
    this.entries.set(key, { ...response, gzip, version, bytes });
    this.bytes += bytes;
    for (const [k, e] of this.entries) {
      if (this.bytes <= MAX_BYTES && this.entries.size <= MAX_ENTRIES) break;
      this.entries.delete(k);
      this.bytes -= e.bytes;
    }
  }

  clear(): void {
    this.entries.clear();
    this.bytes = 0;
  }

  stats(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes };
  }
}

const globalForCache = globalThis as unknown as { parallaxPageCache?: PageCache };
export const pageCache = (globalForCache.parallaxPageCache ??= new PageCache());
