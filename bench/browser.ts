/** The sidebar's size, and the time from Build to the summary visible in the playground (Chromium), against loading the page in the same run. */
import { statSync } from 'node:fs';
import { startPlayground } from '../src/local/playground/server';
import { findChromium, launchChromium } from '../test/helpers/browser';
import { fmt } from './measure';

export async function benchBrowser(): Promise<string> {
  const bytes = statSync(new URL('../dist/Sidebar.html', import.meta.url)).size;
  const lines = ['## Sidebar and playground', '', `- dist/Sidebar.html: ${bytes.toLocaleString('en-US')} bytes (${fmt(bytes / 1024)} KB of a 150 KB budget).`];
  if (!findChromium()) return [...lines, '- Build to summary visible: not measured (no Chromium).'].join('\n');
  const playground = await startPlayground({ port: 0 });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const loadStart = performance.now();
    await page.goto(playground.url);
    await page.waitForSelector('body[data-ready="true"]');
    const sidebar = page.frameLocator('#sidebar');
    await sidebar.locator('#use-selection').waitFor();
    const loadMs = performance.now() - loadStart;
    await page.locator('[data-sheet="Campaigns"]').click();
    await page.locator('td[data-cell="A1"]').hover();
    await page.mouse.down();
    await page.locator('td[data-cell="K19"]').hover();
    await page.mouse.up();
    await sidebar.locator('#use-selection').click();
    await sidebar.locator('input[name="kpi"][value="CAC"]').waitFor();
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const start = performance.now();
      await sidebar.locator('#build').click();
      await sidebar.locator('#build[disabled]').waitFor({ state: 'detached' }).catch(() => undefined);
      await sidebar.locator('#result-link').waitFor({ state: 'visible' });
      await page.locator('[data-sheet="KPI Summary"].active').waitFor();
      await page.locator('#grid td', { hasText: 'Customer acquisition cost' }).first().waitFor();
      times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    lines.push(`- Build to summary visible in the playground (sample workbook, Campaigns A1:K19, every proposed KPI, portable): ${fmt(times[1])} ms median of 3, ${fmt(times[1] / loadMs, 2)}× loading the playground page (${fmt(loadMs)} ms).`);
  } finally {
    await browser.close();
    await playground.close();
  }
  return lines.join('\n');
}
