/**
 * `kpi-sheets summary INPUT --out OUTPUT.xlsx [...]`: the summary builder on an .xlsx or .csv, with the fake
 * spreadsheet and a real formula engine. From an .xlsx the output is the user's package with the summary added
 * (xlsx-package.ts); from a .csv, a new workbook. The output is never the input, and is written to a temporary file
 * renamed into place. Options are in cli-options.ts, every line printed in cli-messages.ts (en, fa, ar, ru).
 */
import { checkInput, checkOutput } from './cli-files';
import { CLI_MESSAGES } from './cli-messages';
import { helpLines, parseCommandLine, type Environment } from './cli-options';

export { writeFileAtomically } from './cli-files';
export { UsageError } from './cli-messages';

/**
 * Runs the command; returns the lines it prints (--help included), or throws a one-line UsageError. The language of
 * every line is --lang, else that of the system locale in `env` (LC_ALL, LC_MESSAGES, LANG).
 */
export async function main(argv: readonly string[], now = new Date(), env: Environment = process.env): Promise<string[]> {
  const request = parseCommandLine(argv, env);
  if (request.help) return helpLines(request.language);
  const messages = CLI_MESSAGES[request.language];
  checkInput(request.input, messages);
  checkOutput(request.input, request.out, messages);
  // The formula engine and the workbook reader load only now: --help and refusals start without them.
  const { summarizeFile } = await import('./cli-summary');
  return summarizeFile(request, now);
}
