/**
 * Like Promise.all, but waits for every job to settle before rejecting: a failed or stopped job must
 * not leave its siblings printing or writing after the caller has moved on.
 */
export async function settleAll<T>(jobs: readonly Promise<T>[]): Promise<T[]> {
  const settled = await Promise.allSettled(jobs);
  const failed = settled.find((result): result is PromiseRejectedResult => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<T>).value);
}
