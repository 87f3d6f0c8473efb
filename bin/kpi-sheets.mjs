#!/usr/bin/env node
// The command line: runs dist/cli.mjs, which `npm run build` makes from src/ (src/local/cli.ts).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The lines the built command cannot say itself, in the language of the system locale.
const MESSAGES = {
  en: { missing: 'dist/cli.mjs is not built; run npm run build first', stale: 'dist/cli.mjs is older than src/ (run npm run build); running the older build' },
  fa: { missing: 'فایل dist/cli.mjs ساخته نشده است؛ اول npm run build را اجرا کنید', stale: 'dist/cli.mjs از src/ قدیمی‌تر است (npm run build را اجرا کنید)؛ ساخت قدیمی‌تر اجرا می‌شود' },
  ar: { missing: 'الملف dist/cli.mjs غير مبني؛ شغّل npm run build أولًا', stale: 'الملف dist/cli.mjs أقدم من src/ (شغّل npm run build)؛ يجري تشغيل البناء الأقدم' },
  ru: { missing: 'файл dist/cli.mjs не собран; сначала выполните npm run build', stale: 'dist/cli.mjs старше src/ (выполните npm run build); запускается старая сборка' },
};
const language = /^(fa|ar|ru)(?=$|[_.@-])/i.exec(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '')?.[1].toLowerCase() ?? 'en';
const say = (key) => console.error(`kpi-sheets: ${MESSAGES[language][key]}`);

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli.mjs');

/** The latest modification time of a .ts file under src/ (0 when there is no src/). */
function newestSource() {
  const src = join(root, 'src');
  if (!existsSync(src)) return 0;
  let newest = 0;
  for (const entry of readdirSync(src, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(join(entry.parentPath ?? entry.path, entry.name)).mtimeMs);
  }
  return newest;
}

if (!existsSync(cli)) {
  say('missing');
  process.exitCode = 2;
} else {
  if (newestSource() > statSync(cli).mtimeMs) say('stale');
  await import(pathToFileURL(cli).href);
}
