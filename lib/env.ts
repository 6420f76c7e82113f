import path from "node:path";
import { z } from "zod";

/**
 * Environment, validated once at start-up (create-t3-app style): a wrong value fails fast
 * with a sentence that names the variable, never later with a stack trace from SQLite.
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^file:.+/, "DATABASE_URL must be an SQLite file URL such as file:./data/parallax.db")
    .default("file:./data/parallax.db"),
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  // Accounts (lib/auth.ts). Reading needs no account unless PARALLAX_REQUIRE_SIGN_IN is true.
  PARALLAX_REQUIRE_SIGN_IN: z
    .enum(["true", "false", "1", "0", ""], { message: "PARALLAX_REQUIRE_SIGN_IN must be true or false" })
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  // Where people reach Parallax when it is not http://localhost or http://127.0.0.1 (behind a proxy):
  // its origin is trusted for sign-in and its scheme decides whether cookies are Secure.
  PARALLAX_BASE_URL: z
    .string()
    .regex(/^https?:\/\/[^/\s]+\/?$/, "PARALLAX_BASE_URL must be an origin such as https://parallax.example.org (http or https, no path)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
  // Parallax runs behind a reverse proxy that sets X-Forwarded-For to the client's address: the
  // sign-in limits then count per address (lib/auth-address.ts). Off, the header is ignored (forgeable).
  PARALLAX_TRUST_PROXY: z
    .enum(["true", "false", "1", "0", ""], { message: "PARALLAX_TRUST_PROXY must be true or false" })
    .default("false")
    .transform((v) => v === "true" || v === "1"),
  // Signs session cookies. Unset: a random one is created in data/.auth-secret on first use.
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, "BETTER_AUTH_SECRET must be at least 32 characters (generate one with: openssl rand -base64 32)")
    .optional()
    .or(z.literal("").transform(() => undefined)),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Invalid environment: ${problems}`);
  }
  return parsed.data;
}

/** The SQLite file a DATABASE_URL points at, resolved against the project root (the cwd). */
export function databaseFile(url: string = readEnv().DATABASE_URL): string {
  const file = url.replace(/^file:/, "").replace(/\?.*$/, "");
  // The database is located at run time; the ignore hint stops Turbopack tracing the whole project.
  return path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
