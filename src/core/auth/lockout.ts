// Lock-out after repeated failed sign-ins: after 5 failures in a row the account is locked for
// 15 minutes; a successful sign-in or password reset clears the count.

export const maxFailedSignIns = 5;
export const lockMinutes = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

export function afterFailure(
  failedSignIns: number,
  now: Date,
): { failedSignIns: number; lockedUntil: Date | null } {
  const failed = failedSignIns + 1;
  return {
    failedSignIns: failed,
    lockedUntil: failed >= maxFailedSignIns ? new Date(now.getTime() + lockMinutes * 60_000) : null,
  };
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
