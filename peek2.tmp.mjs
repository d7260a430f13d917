import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 3; i++) {
const ctx = await b.newContext({ locale: 'zh-CN' });
const p = await ctx.newPage();
const cdp = await ctx.newCDPSession(p);
await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
await p.goto(process.argv[2] ?? 'http://127.0.0.1:8485/');
await p.waitForSelector('main h1');
await p.waitForTimeout(300);
const r = await p.evaluate(async () => {
  const lcp = await new Promise((res) => new PerformanceObserver((l) => res(l.getEntries().at(-1).startTime)).observe({ type: 'largest-contentful-paint', buffered: true }));
  const nav = performance.getEntriesByType('navigation')[0];
  const res = performance.getEntriesByType('resource').map((e) => `${e.name.split('/').pop().slice(0, 24)} start ${e.startTime.toFixed(0)} end ${e.responseEnd.toFixed(0)}`);
  const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
  return { lcp, fcp, domInteractive: nav.domInteractive, dcl: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, res, marks: performance.getEntriesByType('mark').map((m) => `${m.name} ${m.startTime.toFixed(0)}`) };
});
console.log(JSON.stringify(r, null, 1));
await ctx.close();
}
await b.close();
