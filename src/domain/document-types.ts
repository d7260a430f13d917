// The kinds of identity document, apart from their rules (which need the `mrz` package), so the
// API contract and the first screen can name them without loading those rules.

/**
 * The documents a person may bind with. `work_permit` is the foreigner's work permit
 * (外国人工作许可证), carried by the social security card since 2024-12-01 (人社部发〔2024〕75号).
 */
export const DOCUMENT_TYPES = ['resident_id', 'passport', 'permanent_resident', 'work_permit', 'permit_hk', 'permit_mo', 'permit_tw'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** 110105********002X, A12•••567: enough for the person to recognise, not enough to reuse. */
export function maskDocumentNumber(value: string): string {
  if (value.length === 18) return `${value.slice(0, 6)}********${value.slice(-4)}`;
  if (value.length === 15) return `${value.slice(0, 3)}********${value.slice(-4)}`;
  if (value.length >= 5) return `${value.slice(0, 2)}${'•'.repeat(value.length - 4)}${value.slice(-2)}`;
  return '****';
}
