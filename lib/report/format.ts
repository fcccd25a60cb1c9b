/** How figures read everywhere in the product, so a share or a salary never reads two ways. */
export function formatPercent(share: number): string {
  return `${(Math.round(share * 1000) / 10).toLocaleString("en-US")}%`;
}

const CURRENCY_SIGNS: Record<string, string> = { USD: "$", EUR: "€", GBP: "£", INR: "₹", JPY: "¥", CAD: "CA$", AUD: "A$" };

/** A salary in the currency the snapshot states it in (US dollars unless it says otherwise); never converted. */
export function formatUsd(amount: number, currency = "USD"): string {
  const sign = CURRENCY_SIGNS[currency];
  return sign ? `${sign}${amount.toLocaleString("en-US")}` : `${amount.toLocaleString("en-US")} ${currency}`;
}

export function formatCount(count: number): string {
  return count.toLocaleString("en-US");
}

/** A difference of two shares, in percentage points, rounded as formatPercent rounds. */
export function formatPoints(shareDifference: number): string {
  return (Math.round(shareDifference * 1000) / 10).toLocaleString("en-US");
}
