// Input normalisation shared by app and service: people type full-width digits from Chinese
// keyboards, paste numbers with spaces or hyphens, and write a lower-case x in ID numbers.

/** Full-width ASCII (U+FF01–U+FF5E) and the ideographic space become their half-width forms. */
export function toHalfWidth(value: string): string {
  return value.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');
}

/** For numbers and codes: half-width, no spaces, hyphens or dots, upper case. */
export function normaliseCode(value: string): string {
  return toHalfWidth(value)
    .replace(/[\s\-‐‑‒–—.·]/g, '')
    .toUpperCase();
}

/** For names: half-width, trimmed, inner runs of spaces collapsed. */
export function normaliseText(value: string): string {
  return toHalfWidth(value).trim().replace(/\s+/g, ' ');
}
