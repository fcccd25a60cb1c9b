/** How figures read everywhere in the product, so a share or a salary never reads two ways. */
export function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString("en-US")}%`;
}

export function formatUsd(amount: number): string {
  return `$${amount.toLocaleString("en-US")}`;
}

export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** A difference of two shares, in percentage points, rounded as formatPercent rounds. */
export function formatPoints(shareDifference: number): string {
  return (Math.round(shareDifference * 1000) / 10).toLocaleString("en-US");
}
