/**
 * Adds one sheet of the fake spreadsheet (the KPI summary) to the user's own .xlsx package, leaving
 * every other part of the package as it was, byte for byte: sheets, shared strings, drawings, charts,
 * images, notes, hyperlinks, data validation, merges, hidden rows, `_xlfn.` formulas, themes, macros.
 *
 * Parts rewritten, by insertion only (nothing in them is removed, reordered or renumbered):
 * - the workbook part (`xl/workbook.xml`): one `<sheet>` at the end of `<sheets>` and the new sheet's
 *   `<definedName>`s at the end of `<definedNames>`;
 * - its relationships (`xl/_rels/workbook.xml.rels`): one worksheet relationship with a fresh id;
 * - `[Content_Types].xml`: one Override for the new sheet part;
 * - the styles part (`xl/styles.xml`): the number formats, fonts, fills, borders, cell formats and
 *   differential formats the new sheet uses, appended after the existing ones.
 * Part added: `xl/worksheets/sheetN.xml` (a fresh N), lifted from a one-sheet package that ExcelJS
 * writes from the fake (sheetXlsxBuffer), with its strings inline (so sharedStrings.xml is untouched),
 * its style indices moved past the existing ones, and each formula's cached result.
 * Not carried into the file: charts on the added sheet (ExcelJS cannot write them), and the sheet's
 * title in docProps/app.xml (a cached list that Excel and LibreOffice rewrite on save).
 */
import { absoluteA1, parseA1, resolveRange } from './fake/a1';
import type { FakeSpreadsheet, WorkbookModel } from './fake/index';
import { sheetXlsxBuffer } from './xlsx';
import { appendChildren, attribute, childElements, childrenNamed, escapeXml, insertAt, prefixOf, rootElement, type XmlElement } from './xml-scan';
import { entryData, findEntry, readZip, writeZip, ZipError, type ZipArchive } from './zip';

/** A package the sheet cannot be added to, said in one line. */
export class PackageError extends Error {}

export interface AddedSheet {
  /** The fake's sheet to add. */
  sheetName: string;
  /** Defined names to add with it (the names the summary created). */
  namedRanges: WorkbookModel['namedRanges'];
}

const RELATIONSHIP_NAMESPACES = ['http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'];
const WORKSHEET_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet';
const STYLES_RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles';
const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
/** The styles part's collections, in the order the schema wants them. */
const STYLE_COLLECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'];
/** Children of the workbook element that come after `<definedNames>`. */
const AFTER_DEFINED_NAMES = ['calcPr', 'oleSize', 'customWorkbookViews', 'pivotCaches', 'smartTagPr', 'smartTagTypes', 'webPublishing', 'fileRecoveryPr', 'webPublishObjects', 'extLst'];

/** A part's text, or undefined when the package has no such part. */
function partText(archive: ZipArchive, name: string): string | undefined {
  const entry = findEntry(archive, name);
  return entry ? entryData(archive, entry).toString('utf8') : undefined;
}

function requiredPart(archive: ZipArchive, name: string): { name: string; xml: string } {
  const entry = findEntry(archive, name);
  if (!entry) throw new PackageError(`the package has no ${name}`);
  return { name: entry.name, xml: entryData(archive, entry).toString('utf8') };
}

/** The folder of a part name ('xl' for 'xl/workbook.xml'; '' at the root). */
function folderOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** A relationship target resolved against the folder of its source part ('/xl/x.xml' and '../x.xml' too). */
function resolveTarget(folder: string, target: string): string {
  const parts = target.startsWith('/') ? [] : folder.split('/').filter(Boolean);
  for (const piece of target.split('/')) {
    if (piece === '..') parts.pop();
    else if (piece !== '.' && piece !== '') parts.push(piece);
  }
  return parts.join('/');
}

/** `fragment` with `prefix` ('x:') put on every element name that has none. */
function withPrefix(fragment: string, prefix: string): string {
  return prefix ? fragment.replace(/<(\/?)(?![\w.-]+:)([A-Za-z_])/g, `<$1${prefix}$2`) : fragment;
}

/** The Relationship elements of a .rels part. */
function relationships(xml: string): Array<{ element: XmlElement; id: string; type: string; target: string }> {
  const root = rootElement(xml);
  return childrenNamed(xml, root, 'Relationship').map((element) => ({
    element,
    id: attribute(element, 'Id') ?? '',
    type: attribute(element, 'Type') ?? '',
    target: attribute(element, 'Target') ?? '',
  }));
}

/** Inserts `fragment` as the last child of the document's root element. */
function appendToRoot(xml: string, fragment: string): string {
  const root = rootElement(xml);
  return appendChildren(xml, root, withPrefix(fragment, root.prefix));
}

// ------------------------------------------------------------------ styles

interface StyleOffsets {
  /** Index in the merged cellXfs of the added sheet's cellXfs[0]. */
  cellXfs: number;
  /** Index in the merged dxfs of the added sheet's dxfs[0]. */
  dxfs: number;
}

function collection(xml: string, local: string): XmlElement | undefined {
  return childrenNamed(xml, rootElement(xml), local)[0];
}

function itemsOf(xml: string, local: string): XmlElement[] {
  const found = collection(xml, local);
  return found ? childElements(xml, found) : [];
}

/** `xml` with `items` appended to the styles collection `local`, created at its schema position if missing; `count` updated. */
function appendToCollection(xml: string, local: string, items: string[]): string {
  if (items.length === 0) return xml;
  const root = rootElement(xml);
  const fragment = withPrefix(items.join(''), root.prefix);
  const existing = collection(xml, local);
  if (existing) return appendChildren(xml, existing, fragment, childElements(xml, existing).length + items.length);
  const later = STYLE_COLLECTIONS.slice(STYLE_COLLECTIONS.indexOf(local) + 1);
  const next = childElements(xml, root).find((child) => later.includes(child.local));
  const element = `<${root.prefix}${local} count="${items.length}">${fragment}</${root.prefix}${local}>`;
  return next ? insertAt(xml, next.start, element) : appendChildren(xml, root, element);
}

/** A start tag's attribute set to `value` (added if missing), or removed when `value` is undefined. */
function setAttribute(tag: string, name: string, value: string | undefined): string {
  const pattern = new RegExp(`\\s${name}\\s*=\\s*(?:"[^"]*"|'[^']*')`);
  if (value === undefined) return tag.replace(pattern, '');
  if (pattern.test(tag)) return tag.replace(pattern, ` ${name}="${value}"`);
  return tag.replace(/^(<[\w.:-]+)/, `$1 ${name}="${value}"`);
}

/**
 * The user's styles part with the added sheet's styles appended (never renumbering an existing
 * one), and where the added sheet's cellXfs and dxfs now start.
 */
export function mergeStyles(original: string, added: string): { xml: string; offsets: StyleOffsets } {
  let xml = original;
  // Number formats: reuse a user's format of the same code, else a fresh id above every id in use.
  const userFormats = itemsOf(xml, 'numFmts').map((element) => ({ id: Number(attribute(element, 'numFmtId')), code: attribute(element, 'formatCode') ?? '' }));
  const dxfFormatIds = [...xml.matchAll(/<(?:[\w.-]+:)?numFmt\b[^>]*\bnumFmtId\s*=\s*"(\d+)"/g)].map((match) => Number(match[1]));
  let nextFormatId = Math.max(163, ...userFormats.map((format) => format.id), ...dxfFormatIds) + 1;
  const formatIds = new Map<number, number>();
  const newFormats: string[] = [];
  for (const element of itemsOf(added, 'numFmts')) {
    const id = Number(attribute(element, 'numFmtId'));
    const code = attribute(element, 'formatCode') ?? '';
    const same = userFormats.find((format) => format.code === code);
    if (same) formatIds.set(id, same.id);
    else {
      formatIds.set(id, nextFormatId);
      newFormats.push(`<numFmt numFmtId="${nextFormatId}" formatCode="${escapeXml(code)}"/>`);
      nextFormatId += 1;
    }
  }
  const offsets = {
    fonts: itemsOf(xml, 'fonts').length,
    fills: itemsOf(xml, 'fills').length,
    borders: itemsOf(xml, 'borders').length,
    cellXfs: itemsOf(xml, 'cellXfs').length,
    dxfs: itemsOf(xml, 'dxfs').length,
  };
  const hasCellStyleXfs = itemsOf(xml, 'cellStyleXfs').length > 0;
  const textOf = (element: XmlElement): string => added.slice(element.start, element.end);
  const cellXfs = itemsOf(added, 'cellXfs').map((element) => {
    const startTag = added.slice(element.start, element.empty ? element.end : element.innerStart);
    let tag = startTag;
    const numFmtId = Number(attribute(element, 'numFmtId') ?? 0);
    tag = setAttribute(tag, 'numFmtId', String(formatIds.get(numFmtId) ?? numFmtId));
    for (const [name, offset] of [['fontId', offsets.fonts], ['fillId', offsets.fills], ['borderId', offsets.borders]] as const) {
      tag = setAttribute(tag, name, String(Number(attribute(element, name) ?? 0) + offset));
    }
    tag = setAttribute(tag, 'xfId', hasCellStyleXfs ? '0' : undefined);
    return tag + textOf(element).slice(startTag.length);
  });
  xml = appendToCollection(xml, 'numFmts', newFormats);
  xml = appendToCollection(xml, 'fonts', itemsOf(added, 'fonts').map(textOf));
  xml = appendToCollection(xml, 'fills', itemsOf(added, 'fills').map(textOf));
  xml = appendToCollection(xml, 'borders', itemsOf(added, 'borders').map(textOf));
  xml = appendToCollection(xml, 'cellXfs', cellXfs);
  xml = appendToCollection(xml, 'dxfs', itemsOf(added, 'dxfs').map(textOf));
  return { xml, offsets: { cellXfs: offsets.cellXfs, dxfs: offsets.dxfs } };
}

// ------------------------------------------------------------------ the sheet part

/** The added sheet's XML made to stand in the user's package: inline strings, shifted style indices, not selected. */
export function relocateSheet(sheetXml: string, sharedStringsXml: string | undefined, offsets: StyleOffsets): string {
  const strings = sharedStringsXml ? childrenNamed(sharedStringsXml, rootElement(sharedStringsXml), 'si').map((si) => sharedStringsXml.slice(si.innerStart, si.innerEnd)) : [];
  return sheetXml
    .replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, before: string, after: string, index: string) => {
      const text = strings[Number(index)];
      if (text === undefined) throw new Error(`shared string ${index} is missing`);
      return `<c${before} t="inlineStr"${after}><is>${text}</is></c>`;
    })
    .replace(/<(c|row)\b([^>]*?)\ss="(\d+)"/g, (_, tag: string, before: string, index: string) => `<${tag}${before} s="${Number(index) + offsets.cellXfs}"`)
    .replace(/<col\b([^>]*?)\sstyle="(\d+)"/g, (_, before: string, index: string) => `<col${before} style="${Number(index) + offsets.cellXfs}"`)
    .replace(/<cfRule\b([^>]*?)\sdxfId="(\d+)"/g, (_, before: string, index: string) => `<cfRule${before} dxfId="${Number(index) + offsets.dxfs}"`)
    .replace(/\stabSelected="(?:1|true)"/g, '');
}

// ------------------------------------------------------------------ the package

/** The name `stem{N}{extension}` in `folder` that no part uses, N counting up from `from`. */
function freshPartName(archive: ZipArchive, folder: string, stem: string, extension: string, from = 1): string {
  const taken = new Set(archive.entries.map((entry) => entry.name.toLowerCase()));
  for (let n = from; ; n++) {
    const name = `${folder ? `${folder}/` : ''}${stem}${n}${extension}`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}

/** Where `part` is, relative to `folder` (both inside the package, no leading '/'). */
function relativeTarget(folder: string, part: string): string {
  return folder && part.startsWith(`${folder}/`) ? part.slice(folder.length + 1) : `/${part}`;
}

/** The user's .xlsx package with `added.sheetName` of the fake added as its last sheet, plus the given defined names. */
export async function addSheetToXlsx(original: Buffer, fake: FakeSpreadsheet, added: AddedSheet): Promise<Buffer> {
  let archive: ZipArchive;
  try {
    archive = readZip(original);
  } catch (error) {
    throw error instanceof ZipError ? new PackageError(error.message) : error;
  }
  // The workbook part, from the package relationships.
  const packageRels = requiredPart(archive, '_rels/.rels');
  const office = relationships(packageRels.xml).find((rel) => /\/officeDocument$/.test(rel.type));
  if (!office) throw new PackageError('the package names no workbook part');
  const workbook = requiredPart(archive, resolveTarget('', office.target));
  const folder = folderOf(workbook.name);
  const inFolder = (name: string): string => (folder ? `${folder}/${name}` : name);
  const workbookRels = requiredPart(archive, inFolder(`_rels/${workbook.name.slice(folder ? folder.length + 1 : 0)}.rels`));
  const contentTypes = requiredPart(archive, '[Content_Types].xml');
  const rels = relationships(workbookRels.xml);

  // The workbook: names already in use.
  const root = rootElement(workbook.xml);
  const sheetsElement = childrenNamed(workbook.xml, root, 'sheets')[0];
  if (!sheetsElement) throw new PackageError(`${workbook.name} has no <sheets>`);
  const sheets = childrenNamed(workbook.xml, sheetsElement, 'sheet');
  if (sheets.some((sheet) => (attribute(sheet, 'name') ?? '').toLowerCase() === added.sheetName.toLowerCase())) {
    throw new PackageError(`it already has a sheet named "${added.sheetName}"`);
  }
  const definedNamesElement = childrenNamed(workbook.xml, root, 'definedNames')[0];
  const globalNames = new Set(
    (definedNamesElement ? childrenNamed(workbook.xml, definedNamesElement, 'definedName') : [])
      .filter((element) => attribute(element, 'localSheetId') === undefined)
      .map((element) => (attribute(element, 'name') ?? '').toLowerCase()),
  );
  for (const named of added.namedRanges) {
    if (globalNames.has(named.name.toLowerCase())) throw new PackageError(`it already defines the name ${named.name}, which the summary needs; rename it in the file`);
  }

  // The sheet as ExcelJS writes it alone.
  const single = readZip(await sheetXlsxBuffer(fake, added.sheetName));
  const singleSheet = partText(single, 'xl/worksheets/sheet1.xml');
  const singleStyles = partText(single, 'xl/styles.xml');
  if (!singleSheet || !singleStyles) throw new Error('ExcelJS wrote no sheet1.xml or styles.xml');
  if (findEntry(single, 'xl/worksheets/_rels/sheet1.xml.rels')) throw new Error(`sheet "${added.sheetName}" has relationships (links, drawings) that cannot be carried over`);

  const replace = new Map<string, Buffer>();
  const add: Array<{ name: string; data: Buffer }> = [];
  let newRels = workbookRels.xml;
  let newContentTypes = contentTypes.xml;
  const takenIds = new Set(rels.map((rel) => rel.id));
  const freshId = (): string => {
    let n = rels.length + 1;
    while (takenIds.has(`rId${n}`)) n += 1;
    takenIds.add(`rId${n}`);
    return `rId${n}`;
  };

  // Styles: appended to the user's, or the single sheet's styles as the package's own when it has none.
  const stylesRel = rels.find((rel) => /\/styles$/.test(rel.type));
  let offsets: StyleOffsets;
  if (stylesRel) {
    const styles = requiredPart(archive, resolveTarget(folder, stylesRel.target));
    const merged = mergeStyles(styles.xml, singleStyles);
    replace.set(styles.name, Buffer.from(merged.xml, 'utf8'));
    offsets = merged.offsets;
  } else {
    const name = findEntry(archive, inFolder('styles.xml')) ? freshPartName(archive, folder, 'styles', '.xml') : inFolder('styles.xml');
    add.push({ name, data: Buffer.from(singleStyles, 'utf8') });
    newRels = appendToRoot(newRels, `<Relationship Id="${freshId()}" Type="${STYLES_RELATIONSHIP}" Target="${escapeXml(relativeTarget(folder, name))}"/>`);
    newContentTypes = appendToRoot(newContentTypes, `<Override PartName="/${escapeXml(name)}" ContentType="${STYLES_CONTENT_TYPE}"/>`);
    offsets = { cellXfs: 0, dxfs: 0 };
  }

  // The sheet part, its relationship and content type.
  const sheetPart = freshPartName(archive, inFolder('worksheets'), 'sheet', '.xml', sheets.length + 1);
  add.push({ name: sheetPart, data: Buffer.from(relocateSheet(singleSheet, partText(single, 'xl/sharedStrings.xml'), offsets), 'utf8') });
  const sheetRelId = freshId();
  const worksheetType = rels.find((rel) => /\/worksheet$/.test(rel.type))?.type ?? WORKSHEET_RELATIONSHIP;
  newRels = appendToRoot(newRels, `<Relationship Id="${sheetRelId}" Type="${escapeXml(worksheetType)}" Target="${escapeXml(relativeTarget(folder, sheetPart))}"/>`);
  newContentTypes = appendToRoot(newContentTypes, `<Override PartName="/${escapeXml(sheetPart)}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>`);

  // The workbook: one <sheet> last, the names after the user's.
  const sheetId = Math.max(0, ...sheets.map((sheet) => Number(attribute(sheet, 'sheetId') ?? 0))) + 1;
  const relPrefix = RELATIONSHIP_NAMESPACES.map((uri) => prefixOf(root, uri)).find((prefix) => prefix !== undefined && prefix !== '');
  const relAttribute = relPrefix ? `${relPrefix}:id="${sheetRelId}"` : `xmlns:r="${RELATIONSHIP_NAMESPACES[0]}" r:id="${sheetRelId}"`;
  const hidden = fake.exportModel({ sheet: added.sheetName }).sheets[0]?.hidden;
  const p = root.prefix;
  const names = added.namedRanges
    .map((named) => `<${p}definedName name="${escapeXml(named.name)}">${escapeXml(absoluteA1(named.sheet, resolveRange(parseA1(named.a1)!, 1, 1)))}</${p}definedName>`)
    .join('');
  // Edits from the end of the document backwards, so that earlier offsets stay valid.
  let newWorkbook = workbook.xml;
  if (names) {
    if (definedNamesElement) newWorkbook = appendChildren(newWorkbook, definedNamesElement, names);
    else {
      const next = childElements(newWorkbook, root).find((child) => AFTER_DEFINED_NAMES.includes(child.local));
      newWorkbook = insertAt(newWorkbook, next ? next.start : root.innerEnd, `<${p}definedNames>${names}</${p}definedNames>`);
    }
  }
  const sheetsNow = childrenNamed(newWorkbook, rootElement(newWorkbook), 'sheets')[0];
  newWorkbook = appendChildren(
    newWorkbook,
    sheetsNow,
    `<${p}sheet name="${escapeXml(added.sheetName)}" sheetId="${sheetId}"${hidden ? ' state="hidden"' : ''} ${relAttribute}/>`,
  );
  replace.set(workbook.name, Buffer.from(newWorkbook, 'utf8'));
  replace.set(workbookRels.name, Buffer.from(newRels, 'utf8'));
  replace.set(contentTypes.name, Buffer.from(newContentTypes, 'utf8'));
  return writeZip(archive, replace, add);
}
