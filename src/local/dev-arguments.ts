/**
 * The arguments `npm start` and `npm run selftest` share, read with Node's util.parseArgs: one FILE.xlsx|FILE.csv,
 * --locale, --lang, --time-zone, plus each command's own options. A problem (or --help) is one error holding the usage line.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

export interface DevArguments<K extends string> {
  /** The file, resolved against the folder npm was called from (npm runs scripts from the package folder). */
  readonly file?: string;
  readonly locale?: string;
  /** --lang: the user's locale, which sets the sidebar's language. */
  readonly userLocale?: string;
  readonly timeZone?: string;
  readonly own: Readonly<Partial<Record<K, string>>>;
}

/** `argv` read as [FILE] --locale --lang --time-zone and the string options `own`; throws `Error(reason\nusage)`. */
export function devArguments<K extends string>(argv: readonly string[], usage: string, own: readonly K[]): DevArguments<K> {
  const options = Object.fromEntries([...own, 'locale', 'lang', 'time-zone'].map((name) => [name, { type: 'string' as const }]));
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n${usage}`);
  }
  const values = parsed.values as Readonly<Record<string, string | boolean | undefined>>;
  const positionals = parsed.positionals;
  if (values.help) throw new Error(usage);
  if (positionals.length > 1) throw new Error(`one file at a time\n${usage}`);
  const text = (name: string): string | undefined => values[name] as string | undefined;
  const base = process.env.INIT_CWD ?? process.cwd();
  return {
    ...(positionals[0] !== undefined ? { file: resolve(base, positionals[0]) } : {}),
    ...(text('locale') !== undefined ? { locale: text('locale') } : {}),
    ...(text('lang') !== undefined ? { userLocale: text('lang') } : {}),
    ...(text('time-zone') !== undefined ? { timeZone: text('time-zone') } : {}),
    own: Object.fromEntries(own.filter((name) => text(name) !== undefined).map((name) => [name, text(name)])) as Partial<Record<K, string>>,
  };
}
