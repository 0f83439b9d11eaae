/** URLs of the /bank page; query strings so deep links and reloads land on the same view. */
export function bankHref(bankId: string, questionId?: string): string {
  const params = new URLSearchParams({ bank: bankId });
  if (questionId) params.set("q", questionId);
  return `/bank?${params.toString()}`;
}

/** URL of an image of a bank, served by app/bank/image/route.ts. */
export function bankImageHref(bankId: string, src: string): string {
  return `/bank/image?${new URLSearchParams({ bank: bankId, src }).toString()}`;
}
