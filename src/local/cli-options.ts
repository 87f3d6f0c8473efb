/**
 * The options of `kpi-sheets summary`, one entry each: what --help shows (value, default, example) and what the
 * parser accepts (a choice, a free value, repeatable). Adding an option is one entry here plus its one-line
 * description in each language of cli-messages.ts (the compiler names a language that lacks it); its value is then
 * `values[name]`, typed from the entry. Parsing is Node's `util.parseArgs`; every refusal is one line in the user's
 * language.
 */
import { parseArgs } from 'node:util';
import { CALENDARS, PERIODS } from '../kpi/periods/period';
import { languageOf } from '../cells/locale';
import { LANGUAGES, type Language } from '../kpi/types';
import { CLI_MESSAGES, fail, UsageError, type CliMessages } from './cli-messages';

interface OptionSpec {
  /** What the value looks like in --help, for an option without choices. */
  readonly value?: string;
  /** The values the option accepts; --help lists them. */
  readonly choices?: readonly string[];
  /** The value when the option is not given; --help shows it. */
  readonly default?: string;
  /** Whether the option may be given several times (each value is kept). */
  readonly multiple?: true;
  /** A value for --help's example, `--NAME EXAMPLE`. */
  readonly example: string;
}

export const OPTIONS = {
  out: { value: 'OUTPUT.xlsx', example: 'summary.xlsx' },
  kpis: { value: 'ID,ID,…', example: 'CAC,CPL,NPS' },
  mode: { choices: ['portable', 'live', 'values'], default: 'portable', example: 'values' },
  period: { choices: ['none', ...PERIODS], default: 'none', example: 'month' },
  calendar: { choices: CALENDARS, example: 'persian' },
  lang: { choices: LANGUAGES, example: 'fa' },
  target: { value: 'ID=N|ID=LOW..HIGH', multiple: true, example: 'CAC=25000' },
  locale: { value: 'LOCALE', default: 'en_US', example: 'ru_RU' },
  'time-zone': { value: 'ZONE', default: 'UTC', example: 'Asia/Tehran' },
} as const satisfies Readonly<Record<string, OptionSpec>>;

export type OptionName = keyof typeof OPTIONS;
type ValueOf<S> = S extends { readonly choices: readonly (infer C)[] } ? C : string;
type Parsed<S> = S extends { readonly multiple: true } ? ValueOf<S>[] : S extends { readonly default: string } ? ValueOf<S> : ValueOf<S> | undefined;
/** Every option's value as given (or its default), typed from its entry in OPTIONS. */
export type OptionValues = { -readonly [K in OptionName]: Parsed<(typeof OPTIONS)[K]> };

const NAMES = Object.keys(OPTIONS) as OptionName[];
const spec = (name: OptionName): OptionSpec => OPTIONS[name];

/** What the command line asks for: help, or a summary of INPUT written to --out. */
export type Request =
  | { readonly help: true; readonly language: Language }
  | {
      readonly help: false;
      readonly language: Language;
      readonly input: string;
      readonly out: string;
      readonly kpis?: string[];
      readonly targets: Record<string, number | [number, number]>;
      readonly values: OptionValues;
    };

/** The process environment the language is read from. */
export type Environment = Readonly<Record<string, string | undefined>>;

/** The product language of the system locale: LC_ALL, else LC_MESSAGES, else LANG (`fa_IR.UTF-8` → fa); English for any other. */
export const systemLanguage = (env: Environment): Language => languageOf(env.LC_ALL || env.LC_MESSAGES || env.LANG || '');

/** Reads the arguments after `kpi-sheets`: refuses an unknown option, a missing or stray value, a value outside its choices. */
export function parseCommandLine(argv: readonly string[], env: Environment): Request {
  const { tokens } = parseArgs({
    args: [...argv],
    options: { ...Object.fromEntries(NAMES.map((name) => [name, { type: 'string' as const }])), help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  // The language comes first, so that every other refusal is in it.
  const given = new Map<string, string[]>();
  for (const token of tokens) if (token.kind === 'option' && token.value !== undefined) given.set(token.name, [...(given.get(token.name) ?? []), token.value]);
  const lang = given.get('lang')?.at(-1);
  const language = LANGUAGES.find((code) => code === lang) ?? systemLanguage(env);
  const messages = CLI_MESSAGES[language];
  if (tokens.some((token) => token.kind === 'option' && token.name === 'help')) return { help: true, language };

  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    if (token.kind !== 'option') continue;
    if (!NAMES.includes(token.name as OptionName)) fail(messages.unknownOption(token.rawName));
    // parseArgs takes `--out --kpis` as --out="--kpis": a value that looks like an option must be written --out=-x.
    if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) fail(messages.needsValue(token.rawName));
  }
  const [command, input, ...extra] = positionals;
  if (command === undefined) throw new UsageError(messages.usageShort);
  if (command !== 'summary') fail(messages.unknownCommand(command));
  if (input === undefined) fail(messages.missingInput);
  if (extra.length > 0) fail(messages.extraArgument(extra[0]));

  const values = Object.fromEntries(NAMES.map((name) => [name, readOption(name, given.get(name) ?? [], messages)])) as OptionValues;
  if (!values.out) fail(messages.outRequired);
  return { help: false, language, input, out: values.out, targets: readTargets(values.target, messages), values, ...(values.kpis === undefined ? {} : { kpis: readKpis(values.kpis, messages) }) };
}

/** One option's value: the last one given (every one for a repeatable option), checked against its choices, or its default. */
function readOption(name: OptionName, given: readonly string[], messages: CliMessages): string | string[] | undefined {
  const { choices, multiple } = spec(name);
  for (const value of given) if (choices && !choices.includes(value)) fail(messages.notOneOf(`--${name}`, value, messages.list(choices)));
  return multiple ? [...given] : (given.at(-1) ?? spec(name).default);
}

/** `--kpis CAC, cpl` → ["CAC", "CPL"]. */
function readKpis(text: string, messages: CliMessages): string[] {
  const ids = text.split(',').map((id) => id.trim().toUpperCase()).filter(Boolean);
  if (ids.length === 0) fail(messages.needsValue('--kpis'));
  return ids;
}

// ID=number or ID=low..high, a number being 25000, -0.5, .5 or 2. (so that `30..50` reads as a band, not one number).
const TARGET = /^(\w+)=(-?(?:\d+\.?\d*|\.\d+))(?:\.\.(-?(?:\d+\.?\d*|\.\d+)))?$/;

/** `--target CAC=25000 --target NPS=30..50` → { CAC: 25000, NPS: [30, 50] }. */
function readTargets(given: readonly string[], messages: CliMessages): Record<string, number | [number, number]> {
  const targets: Record<string, number | [number, number]> = {};
  for (const value of given) {
    const match = TARGET.exec(value);
    if (!match) fail(messages.badTarget(value));
    targets[match[1].toUpperCase()] = match[3] === undefined ? Number(match[2]) : [Number(match[2]), Number(match[3])];
  }
  return targets;
}

/** `--help`: what the command does, every option with its values, default and an example, and two whole commands. */
export function helpLines(language: Language): string[] {
  const messages = CLI_MESSAGES[language];
  const lines = [messages.about, '', messages.usage, '', ...messages.details, '', messages.optionsHeading];
  for (const name of NAMES) {
    const { value, choices, default: fallback, example } = spec(name);
    lines.push(`  --${name} ${choices ? choices.join('|') : value}`);
    lines.push(`      ${messages.options[name]}${fallback === undefined ? '' : ` ${messages.defaultIs(fallback)}`}`);
    lines.push(`      ${messages.example} --${name} ${example}`);
  }
  lines.push('  -h, --help', `      ${messages.help}`, '', messages.examplesHeading);
  for (const example of EXAMPLES) lines.push(`  ${example}`);
  return lines;
}

/** Whole commands --help and the README show. */
export const EXAMPLES = [
  'npx kpi-sheets summary data.xlsx --out summary.xlsx --kpis CAC,CPL,NPS --period month --target CAC=25000',
  'npx kpi-sheets summary data.csv --out summary.xlsx --mode values --lang fa',
] as const;
