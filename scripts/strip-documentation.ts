/**
 * The catalog's documentation-only text, left out of the bundle: the formula text, definition notes and examples of each
 * KPI, and the one-line description of each parameter. They feed the JSDoc of the generated wrappers, the README and the
 * tests at build time (from the catalog itself); nothing reads them at run time. Found with TypeScript's parser, not by
 * pattern, so a KPI's own description (the summary's definition) is never touched.
 */
import ts from 'typescript';

/** Parameter constructors of src/kpi/define.ts: (name, description, …) → Param. */
const CONSTRUCTORS = ['money', 'count', 'number', 'fraction', 'dates', 'labels', 'values', 'optionalValues', 'option', 'scalar'];

/** Functions a file declares whose first two parameters are `name` and `description`: its own parameter constructors. */
function localConstructors(file: ts.SourceFile): string[] {
  const found: string[] = [];
  const named = (parameters: ts.NodeArray<ts.ParameterDeclaration>): boolean =>
    parameters.length >= 2 && ts.isIdentifier(parameters[0].name) && parameters[0].name.text === 'name' && ts.isIdentifier(parameters[1].name) && parameters[1].name.text === 'description';
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionDeclaration(node) && node.name && named(node.parameters)) found.push(node.name.text);
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && (ts.isArrowFunction(node.initializer) || ts.isFunctionExpression(node.initializer)) && named(node.initializer.parameters)) found.push(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Catalog properties read only when documenting. */
const DOCUMENTATION = new Set(['formula', 'definitionNote', 'example']);

const isString = (node: ts.Node | undefined): node is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => !!node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node));
const propertyName = (node: ts.ObjectLiteralElementLike): string | undefined => (ts.isPropertyAssignment(node) && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined);

/** The source with every documentation-only string emptied (`''`) and documentation-only properties removed. */
export function stripDocumentation(source: string, fileName = 'catalog.ts'): string {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const constructors = new Set([...CONSTRUCTORS, ...localConstructors(file)]);
  const edits: { start: number; end: number; text: string }[] = [];
  const blank = (node: ts.Node): void => void edits.push({ start: node.getStart(file), end: node.getEnd(), text: "''" });
  const visit = (node: ts.Node): void => {
    // money('leads', 'Number of leads …') and every other parameter constructor: the second argument.
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && constructors.has(node.expression.text) && isString(node.arguments[1])) blank(node.arguments[1]);
    // ['won', 'Deals won, or a status column …']: a parameter's name and description passed as a pair.
    if (ts.isArrayLiteralExpression(node) && node.elements.length === 2 && isString(node.elements[0]) && /^[a-z][a-z0-9_]*$/.test(node.elements[0].text) && isString(node.elements[1]) && /\s/.test(node.elements[1].text)) blank(node.elements[1]);
    if (ts.isObjectLiteralExpression(node)) {
      const names = node.properties.map(propertyName);
      // An example passed to a helper by position: { call: '…', result: '…' }.
      if (names.length === 2 && names.includes('call') && names.includes('result')) {
        edits.push({ start: node.getStart(file), end: node.getEnd(), text: 'undefined' });
        return;
      }
      // A parameter: { name, kind, description }, or { ...calendarOption(), description } (a constructor's result, redescribed).
      const isParam = (names.includes('name') && names.includes('kind')) || (node.properties.some(ts.isSpreadAssignment) && !names.includes('id'));
      for (const property of node.properties) {
        const name = propertyName(property);
        if (name && ts.isPropertyAssignment(property)) {
          if (isParam && name === 'description' && isString(property.initializer)) {
            blank(property.initializer);
            continue;
          }
          // { formula: '…', example: { … } } of a KPI entry: the whole property goes.
          if (DOCUMENTATION.has(name) && !isParam && names.includes('id')) {
            const end = source[property.getEnd()] === ',' ? property.getEnd() + 1 : property.getEnd();
            edits.push({ start: property.getStart(file), end, text: '' });
            continue;
          }
        }
        visit(property);
      }
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  edits.sort((a, b) => b.start - a.start);
  let out = source;
  for (const edit of edits) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}
