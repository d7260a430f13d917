// Money as people read it: amounts are whole fen (1/100 yuan) in the contract, shown in yuan with
// the locale's own grouping and currency sign. A change of balance shows its sign, and the sign is
// the minus sign (U+2212), which screen readers say as "minus"; a hyphen is often said as "dash"
// or not at all.

/** An amount in fen, shown in yuan: ¥1,234.50 / 1,234.50 ¥ … in the reader's locale. */
export function formatFen(fen: number, locales: string[]): string {
  return new Intl.NumberFormat(locales, { style: 'currency', currency: 'CNY', currencyDisplay: 'symbol' }).format(fen / 100);
}

/** +¥100.00 or −¥12.50: money in or out of an account. Zero has no sign. */
export function formatChange(fen: number, locales: string[]): string {
  return new Intl.NumberFormat(locales, { style: 'currency', currency: 'CNY', currencyDisplay: 'symbol', signDisplay: 'exceptZero' })
    .format(fen / 100)
    .replace('-', '\u2212');
}

/**
 * A whole-yuan amount (a limit the person sets in yuan) with the currency by name: "5,000 Chinese
 * yuan", "5,000人民币". A bare ¥ is read as "yen" by English voices, and CN¥ as letters.
 */
export function formatWholeYuan(yuan: number, locales: string[]): string {
  return new Intl.NumberFormat(locales, { style: 'currency', currency: 'CNY', currencyDisplay: 'name', maximumFractionDigits: 0 }).format(yuan);
}
