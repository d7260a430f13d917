// The checks every engine test ends with must see what they look for: a blocked third-party image
// (a CSP violation, and in Firefox the request too) and an error the page does not handle.
import { waitForHeading } from './engine.node.js';
import { expect, test } from './fixture.node.js';

test('the problem watchers see a policy violation and a page error', async ({ tab }) => {
  await tab.goto(tab.url('/?lang=en'));
  await waitForHeading(tab, 'Bind your social security card');
  await tab.evaluate(() => {
    const image = new Image();
    image.src = 'http://192.0.2.1/pixel.png';
    document.body.append(image);
    setTimeout(() => {
      throw new Error('unhandled on purpose');
    });
  });
  await expect.poll(async () => (problems = [...problems, ...(await tab.takeProblems())]).join('\n'), { timeout: 10_000 }).toMatch(/img-src[\s\S]*unhandled on purpose|unhandled on purpose[\s\S]*img-src/);
  // The same violation also comes back through the report address, a moment later (WebKit): taken
  // here, so the check after every test does not find what this test made on purpose.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  await tab.takeProblems();
});

let problems: string[] = [];
