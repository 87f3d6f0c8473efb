/** The arguments of `npm start` and `npm run selftest`: one file, the shared options, each command's own, one-line refusals with the usage. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { devArguments } from '../../src/local/dev-arguments';

const USAGE = 'usage: test [FILE] [--port N]';

describe('devArguments', () => {
  it('reads the file against the folder npm was called from, the shared options and the own ones', () => {
    const parsed = devArguments(['data.xlsx', '--locale', 'fa_IR', '--lang', 'fa', '--time-zone', 'Asia/Tehran', '--port', '8700'], USAGE, ['port']);
    expect(parsed).toEqual({ file: resolve(process.env.INIT_CWD ?? process.cwd(), 'data.xlsx'), locale: 'fa_IR', userLocale: 'fa', timeZone: 'Asia/Tehran', own: { port: '8700' } });
    expect(devArguments([], USAGE, ['port'])).toEqual({ own: {} });
  });

  it('refuses an unknown option, an option without its value, a second file, and answers --help with the usage', () => {
    expect(() => devArguments(['--perturb', 'CAC'], USAGE, ['port'])).toThrow(/Unknown option '--perturb'[^]*usage: test/);
    expect(() => devArguments(['--locale'], USAGE, [])).toThrow(/--locale[^]*argument missing[^]*usage: test/);
    expect(() => devArguments(['a.xlsx', 'b.xlsx'], USAGE, [])).toThrow(`one file at a time\n${USAGE}`);
    expect(() => devArguments(['-h'], USAGE, [])).toThrow(new RegExp(`^${USAGE.replace(/[[\]]/g, '\\$&')}$`));
  });
});
