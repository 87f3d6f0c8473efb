/**
 * `npm run deploy` (after `npm run build`): pushes dist/ to the Apps Script project in .clasp.json with
 * `clasp push --force` and says what it pushed.
 *
 * `--force` because clasp 3 asks "Manifest file has been updated. Do you want to push and overwrite?" whenever
 * appsscript.json differs from the project's (always so for a new project), with No as the default; without a
 * terminal it answers No itself, prints "Skipping push." and uploads nothing.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { claspPushList, PUSHED_FILES, scriptIdOf } from './clasp-files';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLASP = join(root, 'node_modules/@google/clasp/build/src/index.js');

/** Stops with a one-line reason. */
function fail(message: string): never {
  console.error(`deploy: ${message}`);
  process.exit(1);
}

const scriptId = await scriptIdOf(root);
if (!scriptId) {
  fail('.clasp.json has no scriptId: create the script first (README, "Deploying to Google Sheets", step 3) or run `npx clasp clone <script id> --rootDir dist`.');
}

const planned = (await claspPushList(root)).map((file) => file.path);
if (planned.join('\n') !== [...PUSHED_FILES].sort((a, b) => a.localeCompare(b)).join('\n')) {
  fail(`clasp would push ${planned.join(', ') || 'nothing'}, expected exactly ${PUSHED_FILES.join(', ')}: run \`npm run build\` and check .clasp.json and .claspignore.`);
}

console.log(`deploy: pushing ${planned.join(', ')} to script ${scriptId}`);
const push = spawnSync(process.execPath, [CLASP, 'push', '--force', '--json'], { cwd: root, stdio: ['inherit', 'pipe', 'inherit'], encoding: 'utf8' });
if (push.status !== 0) fail(`clasp push failed (exit ${push.status}), its message is above; \`npx clasp login\` signs in, https://script.google.com/home/usersettings turns on the Apps Script API.`);

let pushed: string[];
try {
  pushed = JSON.parse(push.stdout) as string[];
} catch {
  fail(`clasp push printed something other than its JSON file list: ${push.stdout.trim()}`);
}
if (pushed.length === 0) console.log('deploy: nothing to push, the script already holds this build');
else console.log(`deploy: pushed ${pushed.join(', ')}`);
console.log(`deploy: open https://script.google.com/d/${scriptId}/edit`);
