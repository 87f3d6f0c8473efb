/** The command line's options (util.parseArgs), its language (--lang, else the system locale) and its lines in en, fa, ar, ru. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../src/kpi/types';
import { main } from '../../src/local/cli';
import { CLI_MESSAGES, type CliMessages } from '../../src/local/cli-messages';
import { EXAMPLES, helpLines, OPTIONS, parseCommandLine, systemLanguage } from '../../src/local/cli-options';

const work = mkdtempSync(join(tmpdir(), 'kpi-cli-options-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const EN = { LANG: 'C.UTF-8' };

/** The message main() or the parser refuses `argv` with, under `env`. */
async function refusal(argv: string[], env: Record<string, string> = EN): Promise<string> {
  try {
    await main(argv, new Date(), env);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} was accepted`);
}

describe('the language of the command line', () => {
  it('is that of LC_ALL, else LC_MESSAGES, else LANG; English for any other or none', () => {
    expect(systemLanguage({ LANG: 'fa_IR.UTF-8' })).toBe('fa');
    expect(systemLanguage({ LANG: 'ru_RU.UTF-8', LC_ALL: 'ar_SA.UTF-8' })).toBe('ar');
    expect(systemLanguage({ LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'fa_IR' })).toBe('fa');
    expect(systemLanguage({ LANG: 'ru', LC_ALL: '' })).toBe('ru');
    expect(systemLanguage({ LANG: 'ru_RU@euro' })).toBe('ru');
    expect(systemLanguage({ LANG: 'de_DE.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'C.UTF-8' })).toBe('en');
    expect(systemLanguage({ LANG: 'far_XX' })).toBe('en');
    expect(systemLanguage({})).toBe('en');
  });

  it('--lang wins over the system locale, for the refusals too; an unknown --lang is refused in the system language', async () => {
    expect(await refusal(['summary', 'in.csv', '--lang', 'ru', '--out', 'o.xlsx', '--mode', 'fast'], { LANG: 'fa_IR.UTF-8' })).toBe(
      'kpi-sheets: --mode равно «fast», ожидается portable, live или values',
    );
    expect(await refusal(['summary', 'in.csv', '--out', 'o.xlsx', '--mode', 'fast'], { LANG: 'fa_IR.UTF-8' })).toBe(
      'kpi-sheets: --mode برابر «fast» است؛ باید یکی از portable، live یا values باشد',
    );
    expect(await refusal(['summary', 'in.csv', '--out', 'o.xlsx', '--lang', 'de'], { LC_ALL: 'ar_EG.UTF-8' })).toBe('kpi-sheets: قيمة --lang هي «de»، والمتوقع en، fa، ar أو ru');
  });
});

describe('kpi-sheets options', () => {
  it('reads every option, --name value or --name=value; the last of a repeated one wins, --target repeats', () => {
    const request = parseCommandLine(
      ['summary', 'data.xlsx', '--out=o.xlsx', '--kpis', 'cac, cpl,', '--mode', 'live', '--period=week', '--lang', 'ar', '--target', 'CAC=25000', '--target=nps=30..50', '--locale', 'ru_RU', '--time-zone', 'Asia/Tehran', '--mode', 'values'],
      EN,
    );
    expect(request).toEqual({
      help: false,
      language: 'ar',
      input: 'data.xlsx',
      out: 'o.xlsx',
      kpis: ['CAC', 'CPL'],
      targets: { CAC: 25000, NPS: [30, 50] },
      values: { out: 'o.xlsx', kpis: 'cac, cpl,', mode: 'values', period: 'week', lang: 'ar', target: ['CAC=25000', 'nps=30..50'], locale: 'ru_RU', 'time-zone': 'Asia/Tehran' },
    });
  });

  it('gives an option not given its default', () => {
    const request = parseCommandLine(['summary', 'data.csv', '--out', 'o.xlsx'], { LANG: 'fa_IR.UTF-8' });
    expect(request).toEqual({
      help: false,
      language: 'fa',
      input: 'data.csv',
      out: 'o.xlsx',
      targets: {},
      values: { out: 'o.xlsx', kpis: undefined, mode: 'portable', period: 'none', lang: undefined, target: [], locale: 'en_US', 'time-zone': 'UTC' },
    });
  });

  it('--help and -h win over everything else, in the language of --lang', () => {
    expect(parseCommandLine(['--help'], EN)).toEqual({ help: true, language: 'en' });
    expect(parseCommandLine(['summary', '-h', '--nope', '--lang', 'fa'], EN)).toEqual({ help: true, language: 'fa' });
    expect(parseCommandLine(['--help'], { LANG: 'ru_RU.UTF-8' })).toEqual({ help: true, language: 'ru' });
  });

  it('refuses, in one line each, what it cannot read', async () => {
    const cases: [string[], string][] = [
      [['summary', 'in.csv', '--out', 'o.xlsx', '--colour', 'red'], 'kpi-sheets: unknown option --colour; kpi-sheets --help lists the options'],
      [['summary', 'in.csv', '--out', 'o.xlsx', '-x'], 'kpi-sheets: unknown option -x; kpi-sheets --help lists the options'],
      [['summary', 'in.csv', '--out'], 'kpi-sheets: --out needs a value; see kpi-sheets --help'],
      [['summary', 'in.csv', '--out', '--kpis', 'CAC'], 'kpi-sheets: --out needs a value; see kpi-sheets --help'],
      [['summary', 'in.csv', '--out', 'o.xlsx', '--kpis', ' , '], 'kpi-sheets: --kpis needs a value; see kpi-sheets --help'],
      [['summary', 'in.csv', '--out', 'o.xlsx', '--period', 'fortnight'], 'kpi-sheets: --period is "fortnight", expected none, day, week, month, quarter or year'],
      [['summary', 'in.csv', '--out', 'o.xlsx', '--target', 'CAC'], 'kpi-sheets: --target is "CAC", expected ID=number or ID=low..high'],
      [['summary', 'in.csv'], 'kpi-sheets: --out OUTPUT.xlsx is required'],
      [['summary'], 'kpi-sheets: summary needs an INPUT.xlsx or INPUT.csv file: kpi-sheets summary INPUT --out OUTPUT.xlsx'],
      [['summary', 'a.csv', 'b.csv', '--out', 'o.xlsx'], 'kpi-sheets: unexpected argument b.csv: summary reads one INPUT file'],
      [['sumary', 'a.csv'], 'kpi-sheets: unknown command sumary; the command is summary: kpi-sheets summary INPUT --out OUTPUT.xlsx'],
      [[], 'usage: kpi-sheets summary INPUT.xlsx|INPUT.csv --out OUTPUT.xlsx [options]; kpi-sheets --help lists the options'],
    ];
    for (const [argv, message] of cases) expect(await refusal(argv), argv.join(' ')).toBe(message);
  });

  it('an option value that starts with a dash is given as --name=value', () => {
    const request = parseCommandLine(['summary', 'in.csv', '--out=-summary.xlsx'], EN);
    expect(request.help === false && request.out).toBe('-summary.xlsx');
  });
});

describe('kpi-sheets files', () => {
  const input = join(work, 'in.csv');
  writeFileSync(input, 'Cost,Leads\n100,10\n');

  it('refuses an output that is not an .xlsx, naming the .xlsx to use', async () => {
    expect(await refusal(['summary', input, '--out', 'x.csv'])).toBe('kpi-sheets: --out x.csv: the output is an .xlsx workbook; name it x.xlsx');
    expect(await refusal(['summary', input, '--out', join(work, 'report')])).toBe(`kpi-sheets: --out ${join(work, 'report')}: the output is an .xlsx workbook; name it ${join(work, 'report.xlsx')}`);
    expect(await refusal(['summary', input, '--out', 'x.csv'], { LANG: 'ru_RU.UTF-8' })).toBe('kpi-sheets: --out x.csv: результат — книга .xlsx; назовите файл x.xlsx');
  });

  it('says in one line that the input is a folder, or that the folder of --out is a file', async () => {
    expect(await refusal(['summary', work, '--out', join(work, 'o.xlsx')])).toBe(`kpi-sheets: cannot read ${work}: it is a folder`);
    expect(await refusal(['summary', input, '--out', join(input, 'o.xlsx')])).toBe(`kpi-sheets: cannot write ${join(input, 'o.xlsx')}: ${input} is a file, not a folder`);
    const missing = join(work, 'no', 'such', 'o.xlsx');
    expect(await refusal(['summary', input, '--out', missing], { LANG: 'fa_IR.UTF-8' })).toBe(`kpi-sheets: نوشتن ${missing} ممکن نیست: پوشهٔ ${join(work, 'no', 'such')} وجود ندارد`);
  });

  it('writes the summary and its lines in the system language when --lang is not given', async () => {
    const out = join(work, 'fa.xlsx');
    const lines = await main(['summary', input, '--out', out, '--mode', 'live'], new Date(Date.UTC(2026, 0, 1)), { LANG: 'fa_IR.UTF-8' });
    expect(lines).toEqual([`${out}: «خلاصه شاخص‌ها» با 2 شاخص (values) از in!A1:B2`, 'یادداشت: فرمول‌های زنده به افزونه نیاز دارند، پس خلاصهٔ زنده به صورت مقدار ذخیره شد']);
  });
});

/** Every line a language's table can make, with `§` in each slot, and --help. */
function everyLine(messages: CliMessages, language: (typeof LANGUAGES)[number]): string[] {
  const lines: string[] = [...helpLines(language)];
  for (const [key, entry] of Object.entries(messages)) {
    if (key === 'list') lines.push(messages.list(['§', '§', '§']));
    else if (typeof entry === 'function') lines.push((entry as (...args: unknown[]) => string)(...Array.from({ length: entry.length }, () => '§')));
    else if (typeof entry === 'string') lines.push(entry);
    else lines.push(...Object.values(entry as Record<string, string>));
  }
  return lines;
}

describe('the lines in fa, ar and ru', () => {
  // What stays as written in every language: the command, option names, values and examples, file and
  // placeholder names, KPI ids and other upper-case names (LC_ALL, ID); nothing else may be Latin.
  const kept = new Set<string>(['kpi-sheets', 'summary', 'npx', '-h', '--help', '.xlsx', '.csv', ...EXAMPLES.flatMap((example) => example.split(' '))]);
  for (const [name, spec] of Object.entries(OPTIONS)) {
    kept.add(`--${name}`);
    for (const word of ['value', 'default', 'example'] as const) if (word in spec) kept.add((spec as Record<string, string>)[word]);
    if ('choices' in spec) for (const choice of spec.choices) kept.add(choice);
  }
  const latinLeft = (line: string): string[] =>
    line
      .split(/[\s()،,؛;:«»"'|[\]]+/)
      .map((word) => word.replace(/\.$/, ''))
      .filter((word) => !kept.has(word) && !/^\.?(?:[A-Z_]+|[A-Z]+\.(?:xlsx|csv))$/.test(word.replace(/=.*$/, '')))
      .filter((word) => /[A-Za-z]/.test(word));

  for (const language of ['fa', 'ar', 'ru'] as const) {
    it(`${language}: no English word in any line the command line prints itself`, () => {
      const lines = everyLine(CLI_MESSAGES[language], language);
      expect(lines.length).toBeGreaterThan(60);
      expect(lines.flatMap(latinLeft)).toEqual([]);
    });
  }

  it('the check finds English words: the English table fails it', () => {
    expect(everyLine(CLI_MESSAGES.en, 'en').flatMap(latinLeft)).toEqual(expect.arrayContaining(['unknown', 'option', 'cannot', 'read']));
  });

  it('--help names every option with its example, and differs per language', () => {
    const texts = LANGUAGES.map((language) => helpLines(language).join('\n'));
    for (const text of texts) {
      for (const [name, spec] of Object.entries(OPTIONS)) expect(text).toContain(`--${name} ${spec.example}`);
      expect(text).toContain('-h, --help');
    }
    expect(new Set(texts).size).toBe(4);
    expect(texts[1]).toContain('گزینه‌ها:');
    expect(texts[2]).toContain('الخيارات:');
    expect(texts[3]).toContain('параметры:');
  });
});

describe('README', () => {
  it('every `npx kpi-sheets summary` command it shows is read by the parser', () => {
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const commands = [...readme.matchAll(/npx kpi-sheets (summary [^\n`#]+)/g)].map((match) => match[1].trim().split(/\s+/));
    expect(commands.length).toBeGreaterThanOrEqual(2);
    for (const argv of commands) expect(parseCommandLine(argv, EN).help, argv.join(' ')).toBe(false);
  });
});
