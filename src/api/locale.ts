// The app's languages as the contract names them (a relative's request, the proof of insurance).
import * as z from 'zod/mini';

export const AppLocale = z.enum(['zh-Hans', 'en', 'zh-Hant-HK', 'ug']);
export type AppLocale = z.infer<typeof AppLocale>;
