/**
 * `npm start [-- FILE.xlsx|FILE.csv] [--port N] [--locale fa_IR] [--lang fa] [--time-zone Asia/Tehran]`:
 * the playground on 127.0.0.1 with the real add-on (npm start builds dist/ first). Runs until interrupted.
 */
import { resolve } from 'node:path';
import { startPlayground, type PlaygroundOptions } from './server';

const USAGE = 'usage: npm start -- [FILE.xlsx|FILE.csv] [--port N] [--locale en_US] [--lang en|fa|ar|ru] [--time-zone UTC]';
const DEFAULT_PORT = 8600;

function parse(argv: readonly string[]): PlaygroundOptions & { explicitPort: boolean } {
  const options: PlaygroundOptions & { explicitPort: boolean } = { explicitPort: false };
  // npm runs scripts from the package folder; a relative path is relative to where npm was called.
  const base = process.env.INIT_CWD ?? process.cwd();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value\n${USAGE}`);
      return next;
    };
    if (arg === '--help' || arg === '-h') throw new Error(USAGE);
    else if (arg === '--port') {
      options.port = Number(value());
      options.explicitPort = true;
    } else if (arg === '--locale') options.locale = value();
    else if (arg === '--lang') options.userLocale = value();
    else if (arg === '--time-zone') options.timeZone = value();
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}\n${USAGE}`);
    else if (options.file === undefined) options.file = resolve(base, arg);
    else throw new Error(`one file at a time\n${USAGE}`);
  }
  if (options.port === undefined && process.env.PORT) {
    options.port = Number(process.env.PORT);
    options.explicitPort = true;
  }
  return options;
}

async function main(): Promise<void> {
  const { explicitPort, ...options } = parse(process.argv.slice(2));
  const log = (line: string): void => console.log(`  ${line}`);
  let playground;
  try {
    playground = await startPlayground({ ...options, port: options.port ?? DEFAULT_PORT, log });
  } catch (error) {
    // The default port is taken (another playground?): any free port will do.
    if (explicitPort || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    playground = await startPlayground({ ...options, port: 0, log });
  }
  console.log(`KPI Sheets playground: ${playground.url}`);
  const stop = (): void => {
    void playground.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
