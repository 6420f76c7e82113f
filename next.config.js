// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  // Uploads on /imports go through a server action; Next buffers its body in memory, so the limit
  // stays well under the 300 MB memory budget. Larger files: npm run import -- <file>.
  experimental: { serverActions: { bodySizeLimit: "32mb" } },
  reactStrictMode: true,
  // `next build` type-checks; the test script runs `tsc --noEmit` as well.
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
