/**
 * The work of `kpi-sheets summary` once its options and files are checked: loads the .xlsx or .csv into the fake
 * spreadsheet (HyperFormula, ExcelJS), builds the summary, writes the output. cli.ts loads this module only for a
 * summary, so that --help and refusals start without the formula engine.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { customFunctions, kpiById } from '../kpi/catalog';
import { run } from '../server/custom-functions';
import { buildSummary, readRange } from '../server/summary';
import { qualifiedA1 } from '../summary/a1';
import { proposeKpis } from '../summary/bindings';
import { describeRange } from '../summary/facts';
import { computeProblem } from '../summary/snapshot';
import { writeFileAtomically } from './cli-files';
import { CLI_MESSAGES, fail } from './cli-messages';
import type { Request } from './cli-options';
import { addSheetToXlsx, PackageError } from './xlsx-package';
import { loadCsvText, loadXlsx, toXlsxBuffer } from './xlsx';

/** Builds the summary of `request.input` and writes it to `request.out`; returns the lines to print. */
export async function summarizeFile(request: Extract<Request, { help: false }>, now: Date): Promise<string[]> {
  const { input, out, language, values } = request;
  const messages = CLI_MESSAGES[language];
  const locale = values.locale;
  const timeZone = values['time-zone'];
  const isCsv = extname(input).toLowerCase() === '.csv';
  const stem = basename(input, extname(input));
  const fakeOptions = { locale, timeZone, name: stem };
  let bytes: Buffer;
  let fake;
  try {
    bytes = await readFile(input);
    fake = isCsv ? loadCsvText(bytes.toString('utf8'), { ...fakeOptions, sheetName: stem }) : await loadXlsx(bytes, fakeOptions);
  } catch (error) {
    fail(messages.cannotRead(input, (error as Error).message));
  }
  const namesBefore = new Set(fake.spreadsheet.getNamedRanges().map((named) => named.getName().toLowerCase()));
  fake.registerCustomFunctions(Object.fromEntries(customFunctions().map((entry) => [entry.id, (...args: unknown[]) => run(entry.id, args)])));
  // Every sheet's used range is selected.
  const ranges = fake.spreadsheet
    .getSheets()
    .filter((sheet) => sheet.getLastRow() > 0)
    .map((sheet) => qualifiedA1(sheet.getName(), { row: 1, column: 1, numRows: sheet.getLastRow(), numColumns: sheet.getLastColumn() }));
  const inputs = ranges.map((a1) => readRange(fake.spreadsheet.getRange(a1)));
  const facts = inputs.map((range) => describeRange(range, locale, {}, timeZone, values.calendar));
  const check = { locale, timeZone };
  const proposals = proposeKpis(facts, language, (entry, binding) => computeProblem(entry, binding, facts, inputs.map((range) => range.values), check));
  // Without --kpis: every KPI the columns feed, but for those that cannot be computed on this data (each said why).
  const leftOut = request.kpis ? [] : proposals.filter((p) => p.available && p.problem);
  const chosen = request.kpis ?? proposals.filter((p) => p.available && !p.problem).map((p) => p.id);
  for (const id of chosen) {
    const proposal = proposals.find((p) => p.id === id);
    if (!kpiById(id)) fail(messages.unknownKpi(id));
    if (!proposal) fail(messages.tableKpi(id));
    if (!proposal.available) fail(messages.kpiNeeds(id, proposal.needs ?? '', input));
  }
  if (chosen.length === 0) fail(messages.noKpi(input));
  // Other programs do not have our functions: a live summary is saved as values.
  const mode = values.mode === 'live' ? 'values' : values.mode;
  const result = buildSummary(fake, { ranges, kpis: chosen, mode, period: values.period, ...(values.calendar ? { calendar: values.calendar } : {}), language, targets: request.targets }, now, { program: 'file' });
  // An .xlsx keeps every part of the user's package; only the summary sheet and its names are added.
  let output: Buffer;
  if (isCsv) output = await toXlsxBuffer(fake);
  else {
    const namedRanges = fake.exportModel({ sheet: result.sheetName }).namedRanges.filter((named) => !namesBefore.has(named.name.toLowerCase()));
    try {
      output = await addSheetToXlsx(bytes, fake, { sheetName: result.sheetName, namedRanges });
    } catch (error) {
      if (error instanceof PackageError) fail(messages.cannotAdd(input, error.message));
      throw error;
    }
  }
  await writeFileAtomically(out, output, messages);
  const lines = [messages.wrote(out, result.sheetName, result.kpis.length, mode, ranges.join(messages.comma))];
  if (values.mode === 'live') lines.push(messages.note(messages.liveAsValues));
  for (const note of result.notes) lines.push(messages.note(note));
  for (const proposal of leftOut) lines.push(messages.note(messages.leftOut(proposal.id, proposal.problem!)));
  return lines;
}
