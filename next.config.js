// @ts-check

/** @type {import('next').NextConfig} */
const nextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  poweredByHeader: false,
  reactStrictMode: true,
  // `next build` type-checks; the test script runs `tsc --noEmit` as well.
  typescript: { ignoreBuildErrors: false },
};

module.exports = nextConfig;
