import { isIP } from "node:net";

/**
 * Which client a request to sign in came from, for the per-address limits: Parallax's own
 * (lib/auth-rate-limit.ts) and Better Auth's on its HTTP endpoints (lib/auth-core.ts). Both read the
 * address by the same rule, set by PARALLAX_TRUST_PROXY:
 *
 * - Off (the default): Parallax is reached directly. The only address in the request is
 *   X-Forwarded-For, which Next fills with the socket's address only when the client sent none — so
 *   any client can write its own. Nothing in a request is trusted: every client is one "direct"
 *   bucket (the per-account limit still holds for each account on its own).
 * - On: a reverse proxy in front sets X-Forwarded-For to the address it saw (replacing what the
 *   client sent: nginx `proxy_set_header X-Forwarded-For $remote_addr;`, Caddy by default). A header
 *   holding exactly one valid address is that client; anything else (a chain a proxy appended to,
 *   garbage, nothing) is untrusted and goes to the "direct" bucket. This is Better Auth's own rule
 *   for a single-value header, so the two limiters agree.
 */

/** The bucket of requests whose client cannot be told apart. */
export const DIRECT_BUCKET = "direct";

/** The client's address, normalised, or null when the request carries none that can be trusted. */
export function clientAddress(headers: Headers | null | undefined, trustProxy: boolean): string | null {
  if (!trustProxy || !headers) return null;
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  if (hops.length !== 1) return null;
  return normaliseAddress(hops[0]!);
}

/**
 * One spelling per client: IPv4 as is, an IPv4-mapped IPv6 address as its IPv4, any other IPv6
 * address as its /64 network (one subscriber's allocation, which a client can rotate through).
 * Null for what is not an IP address.
 */
export function normaliseAddress(value: string): string | null {
  const version = isIP(value);
  if (version === 4) return value;
  if (version !== 6) return null;
  const groups = expandIpv6(value.toLowerCase());
  if (groups.slice(0, 5).every((g) => g === "0000") && groups[5] === "ffff") {
    const [hi, lo] = [Number.parseInt(groups[6]!, 16), Number.parseInt(groups[7]!, 16)];
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return [...groups.slice(0, 4), "0000", "0000", "0000", "0000"].join(":");
}

/** The eight four-digit groups of a valid IPv6 address (an embedded IPv4 tail converted). */
function expandIpv6(address: string): string[] {
  let text = address;
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? text.split("::") : [text, undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const middle = tail === undefined ? [] : Array<string>(8 - left.length - right.length).fill("0");
  return [...left, ...middle, ...right].map((g) => g.padStart(4, "0"));
}

/**
 * Better Auth's `advanced.ipAddress` for the same rule: trusted, the single-value X-Forwarded-For it
 * also requires; untrusted, no header at all, so its limiter keeps one shared bucket per endpoint.
 */
export function betterAuthIpAddressOptions(trustProxy: boolean): { ipAddressHeaders: string[] } {
  return { ipAddressHeaders: trustProxy ? ["x-forwarded-for"] : [] };
}
