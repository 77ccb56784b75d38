// Screenshots of every screen a user meets, at desktop (1280 px) and phone (390 px) width, taken from the
// running demo (`npm start` first). Writes screenshots/*.png for a human to look at.
// Usage: node scripts/screenshots.mjs [url] [extra query, e.g. "theme=dark"]
import { mkdirSync } from 'node:fs';
import puppeteer from 'puppeteer-core';
import { CHROME_ARGS, requireChrome } from './chrome.mjs';

const url = process.argv[2] ?? 'http://localhost:5173/';
const prefix = process.argv[3] ?? '';
mkdirSync('screenshots', { recursive: true });

const browser = await puppeteer.launch({
  executablePath: requireChrome(),
  headless: true,
  args: CHROME_ARGS,
});
try {
  for (const [name, width] of [
    ['desktop', 1280],
    ['phone', 390],
  ]) {
    const page = await browser.newPage();
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'networkidle0' });
    await page.evaluate(() => localStorage.clear());
    await page.reload({ waitUntil: 'networkidle0' });
    const shot = (step) =>
      page.screenshot({ path: `screenshots/${prefix}${name}-${step}.png`, fullPage: true });
    const widget = await page.waitForSelector('sme-readiness');
    await page.waitForFunction((el) => el.shadowRoot?.querySelector('button.start'), {}, widget);
    await shot('1-intro');
    await page.evaluate((el) => el.shadowRoot.querySelector('button.start').click(), widget);
    await page.waitForFunction((el) => el.shadowRoot?.querySelector('sme-questionnaire'), {}, widget);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await shot('2-context');
    // Answer each page with a spread of options and move on, taking the second page half answered.
    for (let pageIndex = 0; pageIndex < 40; pageIndex += 1) {
      const more = await page.evaluate(
        async (el, pageIndex) => {
          const form = el.shadowRoot.querySelector('sme-questionnaire');
          if (!form) return false;
          const questions = [...form.shadowRoot.querySelectorAll('sme-question')];
          questions.forEach((question, index) => {
            if (pageIndex === 1 && index >= questions.length / 2) return;
            const inputs = [
              ...question.shadowRoot.querySelectorAll('input[type="radio"], input[type="checkbox"]'),
            ];
            const usable = inputs.filter((input) => !/dont_know|not_applicable|dk|none/.test(input.value));
            const pick = usable[(index + pageIndex) % Math.max(1, usable.length)] ?? inputs[0];
            pick?.click();
            const number = question.shadowRoot.querySelector('input[inputmode="decimal"]');
            if (number && !pick) {
              number.value = '60';
              number.dispatchEvent(new Event('input', { bubbles: true }));
            }
          });
          await form.updateComplete;
          return true;
        },
        widget,
        pageIndex,
      );
      if (!more) break;
      if (pageIndex === 1) await shot('3-page-half-answered');
      await page.evaluate(
        (el) =>
          el.shadowRoot.querySelector('sme-questionnaire')?.shadowRoot.querySelector('button.next')?.click(),
        widget,
      );
      await new Promise((resolve) => setTimeout(resolve, 120));
    }
    await page.waitForFunction(
      (el) =>
        el.shadowRoot?.querySelector('sme-results')?.shadowRoot?.querySelector('sme-radar-chart')?.drawn,
      { timeout: 15000 },
      widget,
    );
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const painted = await page.evaluate((el) => {
      const radar = el.shadowRoot.querySelector('sme-results').shadowRoot.querySelector('sme-radar-chart');
      const canvas = radar.shadowRoot.querySelector('canvas');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let index = 3; index < data.length; index += 4) if (data[index] > 0) count += 1;
      const rows = [...radar.shadowRoot.querySelectorAll('tbody tr')].map((row) =>
        row.textContent.replace(/\s+/g, ' '),
      );
      return `${count} ${JSON.stringify(rows)} ${canvas.width}x${canvas.height} ${canvas.style.cssText}`;
    }, widget);
    console.log(`${name}: radar canvas has ${painted} painted pixels`);
    await shot('4-results');
    await page.close();
  }
} finally {
  await browser.close();
}
console.log('Wrote screenshots/*.png');
