import { DIRECT_BUCKET } from "./auth-address";
import type { PrismaClient } from "./db-core";

/**
 * Sign-in throttling, kept in the database (SignInAttempt) so it holds across restarts, processes
 * and both cookie flavours of lib/auth.ts. Better Auth runs it as a hook around /sign-in/email, so it
 * applies to the login form and to any direct call of the endpoint alike.
 *
 * Failed attempts are counted per account (since its last successful sign-in) and per client
 * address when it can be trusted (lib/auth-address.ts; requests whose address cannot be trusted
 * share the "direct" bucket, which has no address limit, so no one can lock everybody out). The account
 * limit is the one that matters: guessing one account's password needs many attempts on that
 * account. Successful sign-ins never count, so a busy office behind one address is not locked out.
 *
 * Checking and counting are one step: before the password is verified, a single SQL statement
 * counts the failures and, if there is room, records this attempt as a failure — atomic in SQLite
 * (the statement holds the write lock from its start), so simultaneous attempts cannot all pass a
 * count none of them has added to yet. The attempt is marked successful once the password proved
 * right; anything else leaves it counted.
 */
export const SIGN_IN_LIMITS = {
  /** failed attempts on one account before it is locked for the rest of the window */
  perAccount: 5,
  /** failed attempts from one address, any account */
  perAddress: 50,
  windowMinutes: 15,
} as const;

export type SignInRefusal = { allowed: false; retryAfterSeconds: number; message: string };
export type SignInVerdict = { allowed: true } | SignInRefusal;
export type SignInReservation = { allowed: true; attemptId: number } | SignInRefusal;

/**
 * Reserves one sign-in attempt for `email` from `address` (null: the "direct" bucket), or refuses it
 * with how long to wait. A reserved attempt counts as failed until `settleSignInAttempt` says it
 * succeeded.
 */
export async function reserveSignInAttempt(prisma: PrismaClient, email: string, address: string | null, now: Date = new Date()): Promise<SignInReservation> {
  const bucket = address ?? DIRECT_BUCKET;
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  // A refusal is re-read to say how long to wait; if a success came in between, try once more.
  for (let round = 0; round < 2; round++) {
    const rows = await prisma.$queryRaw<{ id: number | bigint }[]>`
      INSERT INTO "SignInAttempt" ("email", "ip", "succeeded", "at")
      SELECT ${email}, ${bucket}, 0, ${now}
      WHERE (
        SELECT COUNT(*) FROM "SignInAttempt"
        WHERE "email" = ${email} AND "succeeded" = 0
          AND "at" > MAX(${windowStart}, COALESCE((SELECT MAX("at") FROM "SignInAttempt" WHERE "email" = ${email} AND "succeeded" = 1), ${windowStart}))
      ) < ${SIGN_IN_LIMITS.perAccount}
      AND (
        ${bucket} = ${DIRECT_BUCKET}
        OR (SELECT COUNT(*) FROM "SignInAttempt" WHERE "ip" = ${bucket} AND "succeeded" = 0 AND "at" > ${windowStart}) < ${SIGN_IN_LIMITS.perAddress}
      )
      RETURNING "id"`;
    if (rows[0]) {
      // Attempts older than a day decide nothing any more.
      await prisma.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
      return { allowed: true, attemptId: Number(rows[0].id) };
    }
    const verdict = await checkSignIn(prisma, email, address, now);
    if (!verdict.allowed) return verdict;
  }
  return { allowed: false, retryAfterSeconds: 1, message: "Too many sign-in attempts at once for this account. Wait a moment and try again." };
}

/** Marks a reserved attempt as a successful sign-in: the account's failures before it stop counting. */
export async function settleSignInAttempt(prisma: PrismaClient, attemptId: number): Promise<void> {
  await prisma.signInAttempt.updateMany({ where: { id: attemptId }, data: { succeeded: true } });
}

/** Whether a sign-in would be refused now, and why (reads only; the limit itself is `reserveSignInAttempt`). */
export async function checkSignIn(prisma: PrismaClient, email: string, address: string | null, now: Date = new Date()): Promise<SignInVerdict> {
  const bucket = address ?? DIRECT_BUCKET;
  const windowStart = new Date(now.getTime() - SIGN_IN_LIMITS.windowMinutes * 60_000);
  const lastSuccess = await prisma.signInAttempt.findFirst({
    where: { email, succeeded: true },
    orderBy: { at: "desc" },
    select: { at: true },
  });
  const since = lastSuccess && lastSuccess.at > windowStart ? lastSuccess.at : windowStart;
  const accountFailures = await prisma.signInAttempt.findMany({
    where: { email, succeeded: false, at: { gt: since } },
    orderBy: { at: "desc" },
    take: SIGN_IN_LIMITS.perAccount,
    select: { at: true },
  });
  if (accountFailures.length >= SIGN_IN_LIMITS.perAccount) {
    const retryAfterSeconds = secondsUntilFree(accountFailures.at(-1)!.at, now);
    return {
      allowed: false,
      retryAfterSeconds,
      message: `Too many failed sign-in attempts for this account. Wait ${describeWait(retryAfterSeconds)} and try again, or ask an administrator to set a new password.`,
    };
  }
  // Clients that cannot be told apart share no address limit: one bucket for all of them would let
  // 50 wrong guesses lock everybody out. The per-account limit still holds.
  if (bucket === DIRECT_BUCKET) return { allowed: true };
  const addressFailures = await prisma.signInAttempt.findMany({
    where: { ip: bucket, succeeded: false, at: { gt: windowStart } },
    orderBy: { at: "desc" },
    take: SIGN_IN_LIMITS.perAddress,
    select: { at: true },
  });
  if (addressFailures.length >= SIGN_IN_LIMITS.perAddress) {
    const retryAfterSeconds = secondsUntilFree(addressFailures.at(-1)!.at, now);
    return {
      allowed: false,
      retryAfterSeconds,
      message: `Too many failed sign-in attempts from your network. Wait ${describeWait(retryAfterSeconds)} and try again.`,
    };
  }
  return { allowed: true };
}

function secondsUntilFree(oldestCounted: Date, now: Date): number {
  return Math.max(1, Math.ceil((oldestCounted.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000 - now.getTime()) / 1000));
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
