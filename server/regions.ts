// The administrative divisions the sandbox posts cards to (GB/T 2260 codes): a few provinces, their
// cities and districts. The service sends codes with their Chinese names; the app names the codes
// it knows in the reader's language (src/features/lost-card/region-names.ts) and shows the Chinese
// name for any other, so a back end with the full list works with the app as it is.
import type { Region } from '../src/api/contract.js';

interface SandboxRegion extends Region {
  parent: string | null;
}

const REGIONS: readonly SandboxRegion[] = [
  { code: '110000', name: '北京市', parent: null },
  { code: '110100', name: '北京市', parent: '110000' },
  { code: '110101', name: '东城区', parent: '110100' },
  { code: '110105', name: '朝阳区', parent: '110100' },
  { code: '110108', name: '海淀区', parent: '110100' },
  { code: '310000', name: '上海市', parent: null },
  { code: '310100', name: '上海市', parent: '310000' },
  { code: '310101', name: '黄浦区', parent: '310100' },
  { code: '310115', name: '浦东新区', parent: '310100' },
  { code: '440000', name: '广东省', parent: null },
  { code: '440100', name: '广州市', parent: '440000' },
  { code: '440104', name: '越秀区', parent: '440100' },
  { code: '440106', name: '天河区', parent: '440100' },
  { code: '440300', name: '深圳市', parent: '440000' },
  { code: '440304', name: '福田区', parent: '440300' },
  { code: '440305', name: '南山区', parent: '440300' },
  { code: '650000', name: '新疆维吾尔自治区', parent: null },
  { code: '650100', name: '乌鲁木齐市', parent: '650000' },
  { code: '650102', name: '天山区', parent: '650100' },
  { code: '650103', name: '沙依巴克区', parent: '650100' },
  { code: '653100', name: '喀什地区', parent: '650000' },
  { code: '653101', name: '喀什市', parent: '653100' },
  { code: '653121', name: '疏附县', parent: '653100' },
];

const byCode = new Map(REGIONS.map((region) => [region.code, region]));

/** The divisions directly within `parent` (the provinces for null), in the register's order. */
export function regionsWithin(parent: string | null): Region[] {
  return REGIONS.filter((region) => region.parent === parent).map(({ code, name }) => ({ code, name }));
}

export function regionExists(code: string): boolean {
  return byCode.has(code);
}

/** A city (a division directly within a province): where service counters are listed. */
export function isCity(code: string): boolean {
  const parent = byCode.get(code)?.parent;
  return parent !== undefined && parent !== null && byCode.get(parent)?.parent === null;
}

/** A district's city and province, when `district` is a district (the bottom level) the sandbox knows. */
export function districtPath(district: string): { province: Region; city: Region; district: Region } | null {
  const bottom = byCode.get(district);
  if (!bottom || REGIONS.some((region) => region.parent === district)) return null;
  const city = bottom.parent ? byCode.get(bottom.parent) : undefined;
  const province = city?.parent ? byCode.get(city.parent) : undefined;
  if (!city || !province) return null;
  const plain = ({ code, name }: Region): Region => ({ code, name });
  return { province: plain(province), city: plain(city), district: plain(bottom) };
}

/** Every code the sandbox sends, for the test that the app names each one in every language. */
export const SANDBOX_REGION_CODES: readonly string[] = REGIONS.map((region) => region.code);
