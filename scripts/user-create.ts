import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { createAuth } from "../lib/auth-core";
import { AuthSecretError } from "../lib/auth-secret";
import { createUserAccount, UserInputError } from "../lib/auth-users";
import { createPrisma } from "../lib/db-core";
import { databaseFile, readEnv } from "../lib/env";
import { migrateIfBehind } from "../lib/migrate";

/**
 * `npm run user:create -- --email <e> --password <p> --role <viewer|analyst|admin> [--name <n>]`
 * creates an account in DATABASE_URL (migrating it first when it is behind).
 */
const USAGE = "Usage: npm run user:create -- --email analyst@example.org --password '<at least 12 characters>' --role viewer|analyst|admin [--name 'A. Analyst']";

async function main(): Promise<number> {
  let values: Record<string, string | undefined>;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: { email: { type: "string" }, password: { type: "string" }, role: { type: "string" }, name: { type: "string" } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    console.error(`${(error as Error).message.split("\n")[0]}\n${USAGE}`);
    return 2;
  }
  const missing = ["email", "password", "role"].filter((k) => !values[k]);
  if (missing.length) {
    console.error(`Missing ${missing.map((m) => `--${m}`).join(", ")}.\n${USAGE}`);
    return 2;
  }

  const env = readEnv();
  const file = databaseFile(env.DATABASE_URL);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const applied = migrateIfBehind(file);
  if (applied.length) console.log(`Applied ${applied.length} migration(s) to ${file}: ${applied.join(", ")}`);

  const prisma = createPrisma(file);
  try {
    const auth = createAuth({ prisma, secure: false, env });
    const user = await createUserAccount(auth, prisma, { email: values.email, password: values.password, role: values.role, name: values.name });
    const where = path.relative(process.cwd(), file);
    console.log(`Created ${user.role} ${user.email} (${user.name}) in ${where && !where.startsWith("..") ? where : file}. They can sign in at /login.`);
    return 0;
  } finally {
    await prisma.$disconnect();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((error: unknown) => {
    const known = error instanceof UserInputError || error instanceof AuthSecretError || (error instanceof Error && /Invalid environment|Could not apply/.test(error.message));
    console.error(known ? (error as Error).message : `Could not create the user: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    process.exit(1);
  });
