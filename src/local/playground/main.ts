/**
 * `npm start [-- FILE.xlsx|FILE.csv] [--port N] [--locale fa_IR] [--lang fa] [--time-zone Asia/Tehran]`:
 * the playground on 127.0.0.1 with the real add-on (npm start builds dist/ first). Runs until interrupted.
 */
import { devArguments } from '../dev-arguments';
import { startPlayground, type PlaygroundOptions } from './server';

const USAGE = 'usage: npm start -- [FILE.xlsx|FILE.csv] [--port N] [--locale en_US] [--lang en|fa|ar|ru] [--time-zone UTC]';
const DEFAULT_PORT = 8600;

function parse(argv: readonly string[]): PlaygroundOptions & { explicitPort: boolean } {
  const { own, ...options } = devArguments(argv, USAGE, ['port']);
  const port = own.port ?? process.env.PORT;
  return { ...options, ...(port !== undefined ? { port: Number(port) } : {}), explicitPort: port !== undefined };
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
