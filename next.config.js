// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Let proxy.ts see the request as sent. By default Next strips the RSC headers (and `_rsc`) before
  // the proxy runs, so the page cache could not tell a client navigation, which must get the RSC
  // payload, from a page load, and answered it with cached HTML (a full reload for every link).
  skipProxyUrlNormalize: true,
  // Uploads on /imports go through a server action; Next buffers its body in memory, so the limit
  // stays well under the 300 MB memory budget. Larger files: npm run import -- <file>.
  experimental: { serverActions: { bodySizeLimit: "32mb" } },
  reactStrictMode: true,
  // `next build` type-checks; the test script runs `tsc --noEmit` as well.
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
