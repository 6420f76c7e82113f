import type { PrismaClient } from "./db-core";

/**
 * Sign-in throttling, kept in the database (SignInAttempt) so it holds across restarts and both
 * cookie flavours of lib/auth.ts. Better Auth runs it as a hook around /sign-in/email, so it
 * applies to the login form and to any direct call of the endpoint alike.
 *
 * Failed attempts are counted per account (since its last successful sign-in) and per client
 * address. The account limit is the one that matters: an address comes from X-Forwarded-For, which
 * a client can forge, while guessing one account's password needs many attempts on that account.
 * Successful sign-ins never count, so a busy office behind one address is not locked out.
 */
export const SIGN_IN_LIMITS = {
  /** failed attempts on one account before it is locked for the rest of the window */
  perAccount: 5,
  /** failed attempts from one address, any account */
  perAddress: 50,
  windowMinutes: 15,
} as const;

export type SignInVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

export async function checkSignIn(prisma: PrismaClient, email: string, ip: string | null, now: Date = new Date()): Promise<SignInVerdict> {
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
  if (ip) {
    const addressFailures = await prisma.signInAttempt.findMany({
      where: { ip, succeeded: false, at: { gt: windowStart } },
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
  }
  return { allowed: true };
}

export async function recordSignInAttempt(prisma: PrismaClient, email: string, ip: string | null, succeeded: boolean, now: Date = new Date()): Promise<void> {
  await prisma.signInAttempt.create({ data: { email, ip, succeeded, at: now } });
  // Attempts older than a day decide nothing any more.
  await prisma.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 3600_000) } } });
}

/** The client address as the server sees it: the first X-Forwarded-For hop, else X-Real-IP. */
export function clientAddress(headers: Headers | null | undefined): string | null {
  if (!headers) return null;
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip")?.trim() || null;
}

function secondsUntilFree(oldestCounted: Date, now: Date): number {
  return Math.max(1, Math.ceil((oldestCounted.getTime() + SIGN_IN_LIMITS.windowMinutes * 60_000 - now.getTime()) / 1000));
}

function describeWait(seconds: number): string {
  if (seconds < 90) return `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
