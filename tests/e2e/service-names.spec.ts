// One name per service everywhere (issue 18: 在线办事 in the services list, 网上办事 on its quick
// link): each service's name in the services step's list is the name of its quick link on "my
// card", in each of the four languages.
import type { Page } from '@playwright/test';
import { expect, test } from '../helpers/test.node.js';
import { axeViolations } from '../helpers/axe.node.js';
import { bindToServices, expectScreen, pressButton } from '../helpers/flow.node.js';
import { newPerson } from '../helpers/people.node.js';
import { SERVICE_IDS, type ServiceId } from '../../src/api/contract.js';

const LANGUAGES = ['zh-Hans', 'en', 'zh-Hant-HK', 'ug'] as const;
/** Where each service's quick link on "my card" goes. */
const LINK_OF: Record<ServiceId, string> = {
  medical_payment: '/my-card/pay',
  account_queries: '/my-card/accounts',
  benefit_alerts: '/my-card/inbox',
  online_applications: '/my-card/applications',
};

/** The page opened again in `lang`: the service's progress brings back the same screen. */
async function reopenIn(page: Page, lang: string, screen: string): Promise<void> {
  await page.goto(`/?lang=${lang}`);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator(screen)).toBeVisible();
}

test("every service's name in the services list is its quick link's name on my card, in four languages", async ({ page }) => {
  test.setTimeout(180_000);
  await bindToServices(page, newPerson());

  const listed = new Map<string, string>();
  for (const lang of LANGUAGES) {
    await reopenIn(page, lang, 'ssc-services-step');
    for (const id of SERVICE_IDS) {
      const label = page.locator(`ssc-services-step label[for="services-${id}"]`);
      await expect(label).toBeVisible();
      listed.set(`${lang} ${id}`, (await label.innerText()).trim());
    }
  }

  await reopenIn(page, 'en', 'ssc-services-step');
  // Every service on, so every quick link shows.
  for (const id of SERVICE_IDS) await page.locator(`#services-${id}`).check();
  await pressButton(page, 'Bind my card');
  await expectScreen(page, 'Your card is bound');
  for (const lang of LANGUAGES) {
    await reopenIn(page, lang, 'ssc-done-screen');
    for (const id of SERVICE_IDS) {
      const link = page.getByRole('main').locator(`a[href="${LINK_OF[id]}"]`);
      await expect(link, `${lang} ${id}`).toHaveText(listed.get(`${lang} ${id}`)!);
      // The same name on the toggle for that service on "my card".
      await expect(page.locator(`label[for="my-services-${id}"]`), `${lang} ${id}`).toHaveText(listed.get(`${lang} ${id}`)!);
    }
    expect(await axeViolations(page)).toEqual([]);
  }
});
