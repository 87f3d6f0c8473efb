/**
 * `npx tsx scripts/marketplace-assets.ts`: renders the Marketplace icons (32, 48, 96 and 128 px, transparent
 * corners) and the 220×140 card banner from docs/marketplace/icon.svg with headless Chromium. The 1280×800
 * screenshots are taken by the browser tests (test/browser/playground.test.ts) from the playground.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../test/helpers/browser';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const kit = join(root, 'docs/marketplace');

/** The icon sizes the Marketplace listing asks for. */
const ICON_SIZES = [32, 48, 96, 128] as const;
/** The card banner's size. */
const BANNER = { width: 220, height: 140 } as const;

/** The icon as a data URL, for an <img> that Chromium scales as a vector. */
function iconUrl(): string {
  return `data:image/svg+xml;base64,${readFileSync(join(kit, 'icon.svg')).toString('base64')}`;
}

/** The banner: the icon above the product's name on the add-on's light blue. */
function bannerHtml(): string {
  return `<!doctype html><html><body style="margin:0">
<div style="width:${BANNER.width}px;height:${BANNER.height}px;box-sizing:border-box;background:#e8f0fe;display:flex;flex-direction:column;align-items:center;justify-content:center;gap:8px;font-family:Roboto,'Noto Sans','DejaVu Sans',sans-serif">
<img src="${iconUrl()}" width="72" height="72" alt="">
<div style="font-size:20px;font-weight:bold;color:#202124;letter-spacing:0.2px">KPI Sheets</div>
</div></body></html>`;
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<!doctype html><html><body style="margin:0;background:transparent"><img src="${iconUrl()}" width="${size}" height="${size}" style="display:block" alt=""></body></html>`);
      await page.screenshot({ path: join(kit, `icon-${size}.png`), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    }
    await page.setViewportSize(BANNER);
    await page.setContent(bannerHtml());
    await page.screenshot({ path: join(kit, `banner-${BANNER.width}x${BANNER.height}.png`), clip: { x: 0, y: 0, ...BANNER } });
  } finally {
    await browser.close();
  }
  console.log(`wrote ${ICON_SIZES.map((size) => `icon-${size}.png`).join(', ')} and banner-${BANNER.width}x${BANNER.height}.png in docs/marketplace/`);
}

await main();
