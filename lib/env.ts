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
