// The performance budgets (issue 9), and what each one protects. `npm test` enforces the byte
// budget; `npm run bench` measures everything and reports each budget as pass or fail.

export const BUDGETS = {
  /**
   * JavaScript + CSS (gzip) the browser fetches before the first screen is shown, in the default
   * language. Protects people on cheap phones and weak or metered networks: every kilobyte is
   * download time and parse time before they can start.
   */
  firstScreenGzipBytes: 35 * 1024,
  /** Lighthouse, mobile defaults, on the first screen and a step screen. */
  lighthouse: { performance: 98, accessibility: 100, bestPractices: 100 },
  /**
   * Cold load (nothing cached) no slower than 1.5× the same first screen as a static HTML page,
   * with the CPU slowed 4× as on a cheap phone. Protects the first impression: the app should
   * cost little over plain HTML.
   */
  coldLoadRatioToStaticFloor: 1.5,
  /** Repeat load (service worker warm), CPU 4×. Protects returning people, and offline use. */
  repeatLoadMs: 300,
  /**
   * From pressing Continue to the next step's heading having focus (the service's answer
   * included). Protects the sense that the app responds: under 50 ms feels instant.
   */
  stepChangeMs: 50,
} as const;
