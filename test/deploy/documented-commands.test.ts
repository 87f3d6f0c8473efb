/**
 * Every `npx clasp …` line that the README's deploy routes and the Marketplace steps give is a command of the
 * installed clasp (3.x), with options that command takes: checked against clasp's own command table (its
 * `makeProgram()`), so a renamed command or option in a clasp upgrade fails here rather than in someone's terminal.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

interface CommanderCommand {
  name(): string;
  aliases(): string[];
  options: { long?: string; negate?: boolean }[];
}

/** clasp's commands by every name they answer to, with the long options each takes (global ones included). */
async function claspCommands(): Promise<Map<string, Set<string>>> {
  const { makeProgram } = (await import(pathToFileURL(join(root, 'node_modules/@google/clasp/build/src/commands/program.js')).href)) as {
    makeProgram(): CommanderCommand & { commands: CommanderCommand[] };
  };
  const program = makeProgram();
  const global = program.options.map((option) => option.long!).filter(Boolean);
  const table = new Map<string, Set<string>>();
  for (const command of program.commands) {
    const options = new Set([...global, ...command.options.map((option) => option.long!).filter(Boolean)]);
    for (const name of [command.name(), ...command.aliases()]) table.set(name, options);
  }
  return table;
}

/** The `npx clasp` invocations in a Markdown text: command and long options. */
function invocations(markdown: string): { line: string; command: string; options: string[] }[] {
  return [...markdown.matchAll(/npx clasp ([a-z-]+)([^`\n#]*)/g)].map((m) => ({
    line: m[0].trim(),
    command: m[1],
    options: [...m[2].matchAll(/(?:^|\s)(--[a-zA-Z-]+)/g)].map((o) => o[1]),
  }));
}

describe('the clasp commands the documentation gives', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const deploySection = readme.slice(readme.indexOf('## Deploying to Google Sheets'), readme.indexOf('### Checked by hand'));
  const marketplace = readFileSync(join(root, 'docs/marketplace/README.md'), 'utf8');

  it('the README gives both routes and npm run deploy', () => {
    expect(deploySection).toContain('### Route 1: a script bound to one spreadsheet');
    expect(deploySection).toContain('### Route 2: a standalone script tested as an add-on');
    expect(deploySection).toContain('npm run deploy');
    expect(deploySection).toContain('Deploy → Test deployments');
  });

  it('exist in the installed clasp, with the options they are given', async () => {
    const table = await claspCommands();
    const all = [...invocations(deploySection), ...invocations(marketplace)];
    expect(all.map((call) => call.command)).toEqual(expect.arrayContaining(['login', 'create-script', 'clone', 'open-container', 'open-script', 'version', 'deploy', 'deployments', 'redeploy']));
    for (const call of all) {
      const options = table.get(call.command);
      expect(options, call.line).toBeDefined();
      // Commander lists a negatable flag by its negative form (--no-localhost), as it is typed.
      for (const option of call.options) expect([...options!], `${call.line}: ${option}`).toContain(option);
    }
  });
});
