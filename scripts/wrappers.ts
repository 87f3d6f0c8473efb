/** Generates Code.js's top-level custom functions, each with the JSDoc block Sheets reads for autocomplete, from the catalog. */
import { customFunctions } from '../src/kpi/catalog';
import { SERVER_FUNCTIONS } from '../src/server/main';
import type { Kpi, Param } from '../src/kpi/types';

/** The JSDoc type of a parameter as Sheets receives it. */
function jsdocType(param: Param): string {
  switch (param.kind) {
    case 'option':
      return param.choices?.includes('TRUE') ? 'boolean' : 'string';
    case 'labels':
      return 'string[][]|string';
    case 'dates':
      return 'Date[][]|Date';
    case 'list':
    case 'grid':
      return 'number[][]|number';
    default:
      return 'number|number[][]';
  }
}

/** One line of JSDoc text: no comment terminator, no line break. */
const docText = (text: string): string => text.replace(/\*\//g, '*\\/').replace(/\s+/g, ' ').trim();

/** The JSDoc block and the top-level wrapper of one custom function. */
export function wrapperSource(entry: Kpi): string {
  const names = entry.params.map((param) => param.name);
  const lines = [
    '/**',
    ` * ${docText(entry.description)}`,
    ' *',
    ...entry.params.map((param) => ` * @param {${jsdocType(param)}} ${param.name} ${docText(param.description)}`),
    // Sheets shows the description and the parameters; the return line stays short (the formula is in the description).
    ` * @return ${entry.unit === 'table' ? '{*[][]} A table that spills.' : '{number} The value.'}`,
    ' * @customfunction',
    ' */',
    `function ${entry.id}(${names.join(', ')}) {`,
    `  return KpiSheets.run('${entry.id}', [${names.join(', ')}]);`,
    '}',
  ];
  return lines.join('\n');
}

/** Every custom function's wrapper, in catalog order. */
export function allWrappers(): string {
  return customFunctions().map(wrapperSource).join('\n\n');
}

/** Top-level server functions (triggers, menu items, sidebar RPCs) that forward to the bundle; google.script.run can call only these. */
export function serverWrappers(): string {
  return SERVER_FUNCTIONS.map((name) => `function ${name}() {\n  return KpiSheets.${name}.apply(null, arguments);\n}`).join('\n\n');
}
