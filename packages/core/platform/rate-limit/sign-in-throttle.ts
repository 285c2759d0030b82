import type { DbOrTx } from "../../db/client";
import { env } from "../env";
import { clearKey, consumeRateLimit, getLockSeconds, lockKey } from "./rate-limit";

// N wrong passwords for one email within 15 minutes lock it for SIGNIN_LOCK_SECONDS.
const FAILURE_WINDOW_SECONDS = 15 * 60;

const keyFor = (email: string) => `signin:${email.trim().toLowerCase()}`;

export const getSignInLockSeconds = (db: DbOrTx, email: string): Promise<number> =>
  getLockSeconds(db, keyFor(email));

/** Records a failed attempt; returns the lock length in seconds when this failure triggered a lock. */
export async function recordSignInFailure(db: DbOrTx, email: string): Promise<number> {
  const key = keyFor(email);
  const result = await consumeRateLimit(db, {
    key,
    limit: env.SIGNIN_MAX_ATTEMPTS,
    windowSeconds: FAILURE_WINDOW_SECONDS,
  });
  if (result.remaining > 0) return 0;
  await lockKey(db, key, env.SIGNIN_LOCK_SECONDS);
  return env.SIGNIN_LOCK_SECONDS;
}

export const clearSignInFailures = (db: DbOrTx, email: string): Promise<void> => clearKey(db, keyFor(email));
