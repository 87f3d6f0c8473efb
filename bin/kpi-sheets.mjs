#!/usr/bin/env node
// The command line: runs dist/cli.mjs, which `npm run build` makes from src/local/cli.ts.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/cli.mjs', import.meta.url);
if (existsSync(cli)) await import(cli.href);
else {
  // The one line the built command cannot say itself, in the language of the system locale.
  const language = /^(fa|ar|ru)(?=$|[_.@-])/i.exec(process.env.LC_ALL || process.env.LC_MESSAGES || process.env.LANG || '')?.[1].toLowerCase();
  const missing = {
    fa: 'kpi-sheets: فایل dist/cli.mjs ساخته نشده است؛ اول npm run build را اجرا کنید',
    ar: 'kpi-sheets: الملف dist/cli.mjs غير مبني؛ شغّل npm run build أولًا',
    ru: 'kpi-sheets: файл dist/cli.mjs не собран; сначала выполните npm run build',
  };
  console.error(missing[language] ?? 'kpi-sheets: dist/cli.mjs is not built; run npm run build first');
  process.exitCode = 2;
}
