/**
 * The one adapter between JavaScript custom functions and HyperFormula: a FunctionPlugin whose
 * functions hand their arguments over exactly as Google Sheets hands them to a custom function,
 * and turn the function's return value (or thrown Error) into a cell value.
 *
 * - a range → 2-D array ('' for blanks, Date for date-formatted cells, error cells as '#N/A' …);
 *   a whole-column range is padded with '' rows down to the sheet's last row, as Sheets does;
 * - a single cell, a 1×1 range or a scalar → the value itself;
 * - a missing (or empty) argument → undefined.
 * - a returned 2-D array spills; HyperFormula wants the result size before evaluating, so the
 *   size method answers from a cache keyed by the formula's cell, and when an evaluation finds a
 *   different size the host re-enters the formula (see FakeWorkbook.settle) — the second time the
 *   size is known.
 * - a thrown Error → an #ERROR! cell carrying the Error's message.
 */
import { ArraySize, CellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, SimpleRangeValue } from 'hyperformula';
import type { FunctionPluginDefinition, ImplementedFunctions, SimpleCellAddress } from 'hyperformula';
import { isDate, isErrorLike } from './dates';

type EngineInterpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type EngineAst = Parameters<EngineInterpreter['evaluateAst']>[0];
type EngineState = Parameters<EngineInterpreter['evaluateAst']>[1];
type EngineValue = ReturnType<EngineInterpreter['evaluateAst']>;
type ProcedureAst = Extract<EngineAst, { procedureName: string }>;
type ScalarOf<T> = T extends SimpleRangeValue ? never : T;
type EngineScalar = ScalarOf<EngineValue>;

/** A custom function as Apps Script sees it. */
export type CustomFunction = (...args: unknown[]) => unknown;

export interface ResultSize {
  width: number;
  height: number;
}

/** What the plugin needs from the spreadsheet that owns it. */
export interface CustomFunctionHost {
  lookup(name: string): CustomFunction | undefined;
  /** The value a custom function receives for an engine value read from `address` (if known). */
  toSheetsValue(value: unknown, address?: SimpleCellAddress): unknown;
  /** Number of rows of an engine sheet, as the fake spreadsheet defines it. */
  sheetRows(engineSheetId: number): number;
  /** Date → serial in the spreadsheet's time zone. */
  dateToSerial(date: Date): number;
  cachedSize(address: SimpleCellAddress, name: string): ResultSize | undefined;
  /** Size of a named range, for array-size prediction. */
  namedRangeSize(name: string): ResultSize | undefined;
  /** Records the size a formula's result turned out to have; true when it differs from the known one. */
  reportSize(address: SimpleCellAddress, name: string, size: ResultSize): boolean;
}

const NUMBER_DATE = 'NUMBER_DATE';
const NUMBER_DATETIME = 'NUMBER_DATETIME';

function isRangeReference(ast: EngineAst): boolean {
  const type = ast.type as string;
  return type === 'CELL_RANGE' || type === 'COLUMN_RANGE' || type === 'ROW_RANGE' || type === 'NAMED_EXPRESSION';
}

/** A stable text form of a call's arguments, to recognise the same call again. */
function signature(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (value === undefined ? '\u0000undefined' : value));
}

export function createCustomFunctionPlugin(host: CustomFunctionHost, names: string[]): FunctionPluginDefinition {
  const pendingResults = new Map<string, { signature: string; result: unknown }>();
  const implementedFunctions: ImplementedFunctions = {};
  for (const name of names) {
    implementedFunctions[name] = {
      method: 'callCustomFunction',
      sizeOfResultArrayMethod: 'customFunctionResultSize',
      parameters: [{ argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      repeatLastArgs: 1,
      vectorizationForbidden: true,
    };
  }

  class SheetsCustomFunctionPlugin extends FunctionPlugin {
    static override implementedFunctions = implementedFunctions;

    constructor(interpreter: EngineInterpreter) {
      super(interpreter);
      teachNamedRangeSizes(this.arraySizePredictor, host);
    }

    callCustomFunction(ast: ProcedureAst, state: EngineState): EngineValue {
      const name = ast.procedureName;
      const fn = host.lookup(name);
      if (!fn) return new CellError(ErrorType.NAME, `Unknown function: '${name}'.`);
      const args = ast.args.map((arg) => this.sheetsArgument(arg, state));
      while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
      const address = state.formulaAddress;
      const key = `${address.sheet}:${address.row}:${address.col}:${name}`;
      // Only a call that is the whole formula spills; a nested call's array goes to its caller.
      const vertex = state.formulaVertex as unknown as { formula?: unknown; width: number; height: number } | undefined;
      const spills = vertex !== undefined && vertex.formula === ast;
      // The re-entry after a size change reuses the result it was re-entered for: one call per change.
      const pending = pendingResults.get(key);
      pendingResults.delete(key);
      let result: unknown;
      if (pending && pending.signature === signature(args)) {
        result = pending.result;
      } else {
        try {
          result = fn(...args);
        } catch (error) {
          if (spills) host.reportSize(address, name, { width: 1, height: 1 });
          return new CellError(ErrorType.ERROR, isErrorLike(error) ? error.message : String(error));
        }
      }
      const rows: unknown[][] = !Array.isArray(result)
        ? [[result]]
        : result.length === 0
          ? [['']]
          : result.map((row: unknown) => (Array.isArray(row) ? row : [row]));
      const width = Math.max(1, ...rows.map((row) => row.length));
      const height = rows.length;
      if (spills) {
        if (host.reportSize(address, name, { width, height })) pendingResults.set(key, { signature: signature(args), result });
        // The engine fixed this cell's size before evaluating; a bigger result must wait for re-entry.
        if (width > vertex.width || height > vertex.height) return new CellError(ErrorType.REF, 'Array result size changed; recalculating.');
      }
      if (width === 1 && height === 1) return this.engineScalar(rows[0][0]);
      const data = rows.map((row) => Array.from({ length: width }, (_, j) => this.engineScalar(j < row.length ? row[j] : '')));
      return SimpleRangeValue.onlyValues(data as never);
    }

    customFunctionResultSize(ast: ProcedureAst, state: EngineState): ArraySize {
      const size = host.cachedSize(state.formulaAddress, ast.procedureName);
      if (!size || (size.width === 1 && size.height === 1)) return ArraySize.scalar();
      return new ArraySize(size.width, size.height);
    }

    private sheetsArgument(arg: EngineAst, state: EngineState): unknown {
      if ((arg.type as string) === 'EMPTY') return undefined;
      const value = this.evaluateAst(arg, state);
      if (value instanceof SimpleRangeValue) {
        const range = isRangeReference(arg) ? value.range : undefined;
        let data: unknown[][] = value.data;
        if (range) {
          const lastRow = Math.min(range.end.row, host.sheetRows(range.start.sheet) - 1);
          const width = data[0]?.length ?? range.end.col - range.start.col + 1;
          if (Number.isFinite(width) && lastRow - range.start.row + 1 > data.length) {
            data = data.concat(
              Array.from({ length: lastRow - range.start.row + 1 - data.length }, () => Array.from({ length: width }, () => EmptyValue)),
            );
          }
          const rows = data.map((row, i) =>
            row.map((cell, j) => host.toSheetsValue(cell, { sheet: range.start.sheet, row: range.start.row + i, col: range.start.col + j })),
          );
          return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
        }
        const rows = data.map((row) => row.map((cell) => host.toSheetsValue(cell)));
        return rows.length === 1 && rows[0].length === 1 ? rows[0][0] : rows;
      }
      if ((arg.type as string) === 'CELL_REFERENCE') {
        const reference = (arg as unknown as { reference: { toSimpleCellAddress(base: SimpleCellAddress): SimpleCellAddress } }).reference;
        return host.toSheetsValue(value, reference.toSimpleCellAddress(state.formulaAddress));
      }
      return host.toSheetsValue(value);
    }

    private engineScalar(value: unknown): EngineScalar {
      if (value === undefined || value === null) return EmptyValue;
      if (typeof value === 'number') return Number.isFinite(value) ? value : new CellError(ErrorType.NUM);
      if (typeof value === 'string' || typeof value === 'boolean') return value;
      if (isDate(value)) {
        const serial = host.dateToSerial(value);
        const type = Math.abs(serial - Math.round(serial)) < 1e-9 ? NUMBER_DATE : NUMBER_DATETIME;
        return this.returnNumberWrapper(serial, type as never) as EngineScalar;
      }
      if (isErrorLike(value)) return new CellError(ErrorType.ERROR, value.message);
      return String(value);
    }
  }

  return SheetsCustomFunctionPlugin;
}

type PluginMethod = (this: FunctionPlugin, ast: ProcedureAst, state: EngineState) => unknown;

/**
 * HyperFormula sizes FILTER and UNIQUE by their input (a FILTER of 100 rows reserves 100 rows even
 * when 2 pass), where Sheets spills exactly the result. This subclass of the built-in plugin
 * remembers each anchor's true size and has the host re-enter the formula when it changes, as for
 * custom functions.
 */
export function exactSizePlugin(base: FunctionPluginDefinition, ids: string[], host: CustomFunctionHost): FunctionPluginDefinition {
  const implementedFunctions: ImplementedFunctions = {};
  for (const id of ids) implementedFunctions[id] = { ...base.implementedFunctions[id] };
  const Base = base as unknown as new (interpreter: EngineInterpreter) => FunctionPlugin;
  class ExactSizePlugin extends Base {
    static implementedFunctions = implementedFunctions;
  }
  const proto = ExactSizePlugin.prototype as unknown as Record<string, PluginMethod>;
  const baseProto = Base.prototype as unknown as Record<string, PluginMethod>;
  for (const id of ids) {
    const { method, sizeOfResultArrayMethod } = implementedFunctions[id];
    const evaluate = baseProto[method];
    proto[method] = function (this: FunctionPlugin, ast: ProcedureAst, state: EngineState): unknown {
      const value = evaluate.call(this, ast, state);
      const vertex = state.formulaVertex as unknown as { formula?: unknown; width: number; height: number } | undefined;
      if (vertex === undefined || vertex.formula !== ast) return value;
      const size = value instanceof SimpleRangeValue ? { width: value.width(), height: value.height() } : { width: 1, height: 1 };
      host.reportSize(state.formulaAddress, id, size);
      if (size.width > vertex.width || size.height > vertex.height) return new CellError(ErrorType.REF, 'Array result size changed; recalculating.');
      return value;
    };
    if (sizeOfResultArrayMethod) {
      const predict = baseProto[sizeOfResultArrayMethod];
      proto[sizeOfResultArrayMethod] = function (this: FunctionPlugin, ast: ProcedureAst, state: EngineState): unknown {
        const predicted = predict.call(this, ast, state) as ArraySize;
        const known = host.cachedSize(state.formulaAddress, id);
        if (!known || predicted.isRef) return predicted;
        return known.width === 1 && known.height === 1 ? ArraySize.scalar() : new ArraySize(known.width, known.height);
      };
    }
  }
  return ExactSizePlugin as unknown as FunctionPluginDefinition;
}

const taught = new WeakSet<object>();

/**
 * HyperFormula cannot predict the size of a named range in an array formula, so
 * =FILTER(kpi_cost, kpi_cost>0) would not spill: this engine's predictor learns it from the host.
 * It also lets a formula that is only a range (=A1:B3) spill, as in Sheets.
 */
function teachNamedRangeSizes(predictor: object, host: CustomFunctionHost): void {
  if (taught.has(predictor)) return;
  taught.add(predictor);
  const target = predictor as {
    checkArraySizeForAst(ast: EngineAst, state: unknown): ArraySize;
    checkArraySize(ast: EngineAst, address: SimpleCellAddress): ArraySize;
  };
  const original = target.checkArraySizeForAst.bind(predictor);
  target.checkArraySizeForAst = (ast: EngineAst, state: unknown): ArraySize => {
    if ((ast.type as string) === 'NAMED_EXPRESSION') {
      const size = host.namedRangeSize((ast as unknown as { expressionName: string }).expressionName);
      if (size) return new ArraySize(size.width, size.height, true);
    }
    return original(ast, state);
  };
  // A formula that is just a range (=A1:B3, =kpi_cost) spills in Sheets; HyperFormula keeps it to one cell.
  const originalTopLevel = target.checkArraySize.bind(predictor);
  target.checkArraySize = (ast: EngineAst, address: SimpleCellAddress): ArraySize => {
    const size = originalTopLevel(ast, address);
    const type = ast.type as string;
    if (size.isRef && (type === 'CELL_RANGE' || type === 'NAMED_EXPRESSION') && (size.width > 1 || size.height > 1)) {
      return new ArraySize(size.width, size.height);
    }
    return size;
  };
}

/**
 * Functions Google Sheets has and HyperFormula lacks, that a summary sheet may write and that need
 * the engine itself (they cannot go through the JavaScript adapter).
 */
export class SheetsNativeExtrasPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SPARKLINE: {
      method: 'sparkline',
      parameters: [{ argumentType: FunctionArgumentType.ANY }, { argumentType: FunctionArgumentType.ANY, optionalArg: true }],
      vectorizationForbidden: true,
    },
    AVERAGEIFS: {
      method: 'averageifs',
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.NOERROR },
      ],
      repeatLastArgs: 2,
      vectorizationForbidden: true,
    },
  };

  /** A sparkline is a picture: its cell value is empty text. */
  /** SPARKLINE draws in Sheets and shows no value here; like Sheets, it fails when its data holds an error (a #DIV/0! period). */
  sparkline(ast: ProcedureAst, state: EngineState): EngineValue {
    const data = ast.args[0] ? this.evaluateAst(ast.args[0] as EngineAst, state) : '';
    if (data instanceof CellError) return data;
    if (data instanceof SimpleRangeValue) for (const row of data.data) for (const cell of row) if (cell instanceof CellError) return cell;
    return '';
  }

  /**
   * AVERAGEIFS(average_range, criteria_range1, criterion1, …) = SUMIFS(…) / the number of matching
   * cells whose average_range value is a number (COUNTIFS with one more pair on average_range).
   */
  averageifs(ast: ProcedureAst, state: EngineState): EngineValue {
    if (ast.args.length < 3 || (ast.args.length - 1) % 2 !== 0) return new CellError(ErrorType.NA, 'Wrong number of arguments.');
    const sum = this.evaluateAst({ ...ast, procedureName: 'SUMIFS' } as EngineAst, state);
    const numbers = (criterion: string): EngineValue =>
      this.evaluateAst(
        { ...ast, procedureName: 'COUNTIFS', args: [...ast.args.slice(1), ast.args[0], { type: 'STRING', value: criterion }] } as unknown as EngineAst,
        state,
      );
    const nonNegative = numbers('>=0');
    const negative = numbers('<0');
    for (const value of [sum, nonNegative, negative]) if (value instanceof CellError) return value;
    const plain = (value: EngineValue): number => Number(typeof value === 'object' && value !== null && 'val' in value ? (value as { val: number }).val : value);
    const count = plain(nonNegative) + plain(negative);
    if (count === 0) return new CellError(ErrorType.DIV_BY_ZERO, 'Evaluation of function AVERAGEIFS caused a divide by zero error.');
    return plain(sum) / count;
  }
}
