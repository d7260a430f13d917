// Faults a test puts between the page and the service: the service fails (500), is busy (503),
// never answers, or acts and its answer is lost on the way back (a proxy's 502).
import type { Page, Route } from '@playwright/test';

export type Fault = '500' | '503' | 'no answer' | 'lost answer';

export const FAULTS: Record<Fault, { fail: (route: Route) => Promise<void>; told: string; pressAgain: boolean }> = {
  // A failure before anything reached the service: nothing was done, so pressing again is safe.
  '500': {
    fail: (route) => route.fulfill({ status: 500, contentType: 'text/plain', body: 'Internal Server Error' }),
    told: 'Something went wrong; try again later. What you entered is kept.',
    pressAgain: true,
  },
  '503': {
    fail: (route) => route.fulfill({ status: 503, headers: { 'retry-after': '3' }, json: { code: 'busy', retryAfter: 3 } }),
    told: 'The service is busy; trying again',
    pressAgain: false,
  },
  // The connection gives up without an answer: retried by itself, like a busy service.
  'no answer': {
    fail: (route) => route.abort('timedout'),
    told: 'The service is busy; trying again',
    pressAgain: false,
  },
  // The service did what was asked, and a proxy on the way lost its answer: pressing again must
  // carry on from what the service already did, not trip over it.
  'lost answer': {
    fail: async (route) => {
      await route.fetch();
      await route.fulfill({ status: 502, contentType: 'text/html', body: '<html><body>Bad gateway</body></html>' });
    },
    told: 'Something went wrong; try again later. What you entered is kept.',
    pressAgain: true,
  },
};

/** The next request to `path` meets `fault`; the ones after it reach the service. */
export async function failNext(page: Page, path: string, fault: Fault): Promise<() => number> {
  let calls = 0;
  await page.route(`**${path}`, async (route) => {
    if (route.request().method() !== 'POST') return route.fallback();
    calls += 1;
    if (calls === 1) return FAULTS[fault].fail(route);
    return route.fallback();
  });
  return () => calls;
}
