// The four languages as the first screen shows them: every engine's first-screen test checks these.
export const FIRST_SCREEN_LANGUAGES = [
  { lang: 'zh-Hans', dir: 'ltr', heading: '绑定社保卡' },
  { lang: 'en', dir: 'ltr', heading: 'Bind your social security card' },
  { lang: 'zh-Hant-HK', dir: 'ltr', heading: '綁定社保卡' },
  { lang: 'ug', dir: 'rtl', heading: 'ئىجتىمائىي كاپالەت كارتىسىنى باغلاش' },
] as const;
