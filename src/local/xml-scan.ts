/**
 * Just enough XML for editing package parts in place: find elements by local name, list an element's
 * children, read attributes, and splice text in, leaving every other byte of the document as it was.
 * Comments, processing instructions and CDATA sections are skipped; namespace prefixes are kept.
 */

/** One element of a document: where it starts and ends, and where its content lies. */
export interface XmlElement {
  /** Qualified name as written (`x:sheet`). */
  qname: string;
  /** Name without its prefix (`sheet`). */
  local: string;
  /** The prefix with its colon (`x:`), or ''. */
  prefix: string;
  /** The attributes as written in the start tag. */
  attributes: string;
  start: number;
  /** Just past the end tag (or the empty-element tag). */
  end: number;
  /** Content between start and end tags; both equal the end of the start tag for `<a/>`. */
  innerStart: number;
  innerEnd: number;
  empty: boolean;
}

interface Tag {
  kind: 'open' | 'close' | 'empty';
  qname: string;
  attributes: string;
  start: number;
  end: number;
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\?[\s\S]*?\?>|<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

function* tags(xml: string, from: number, to: number): Generator<Tag> {
  TAG.lastIndex = from;
  for (let match = TAG.exec(xml); match && match.index < to; match = TAG.exec(xml)) {
    if (match[2] === undefined) continue;
    const kind = match[1] ? 'close' : match[4] ? 'empty' : 'open';
    const start = match.index;
    const end = TAG.lastIndex;
    yield { kind, qname: match[2], attributes: match[3], start, end };
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** The element whose start tag is `tag`, with its matching end tag found by depth. */
function elementAt(xml: string, tag: Tag, to: number): XmlElement {
  const base = { qname: tag.qname, local: localName(tag.qname), prefix: tag.qname.includes(':') ? tag.qname.slice(0, tag.qname.indexOf(':') + 1) : '', attributes: tag.attributes, start: tag.start };
  if (tag.kind === 'empty') return { ...base, end: tag.end, innerStart: tag.end, innerEnd: tag.end, empty: true };
  let depth = 0;
  for (const inner of tags(xml, tag.end, to)) {
    if (inner.kind === 'open') depth += 1;
    else if (inner.kind === 'close') {
      if (depth === 0) return { ...base, end: inner.end, innerStart: tag.end, innerEnd: inner.start, empty: false };
      depth -= 1;
    }
  }
  throw new Error(`XML element <${tag.qname}> is not closed`);
}

/** The document's root element. */
export function rootElement(xml: string): XmlElement {
  for (const tag of tags(xml, 0, xml.length)) if (tag.kind !== 'close') return elementAt(xml, tag, xml.length);
  throw new Error('XML document has no root element');
}

/** The direct children of `parent`, in order. */
export function childElements(xml: string, parent: XmlElement): XmlElement[] {
  const children: XmlElement[] = [];
  let at = parent.innerStart;
  while (at < parent.innerEnd) {
    let next: Tag | undefined;
    for (const tag of tags(xml, at, parent.innerEnd)) {
      if (tag.kind !== 'close') next = tag;
      break;
    }
    if (!next) break;
    const child = elementAt(xml, next, parent.innerEnd);
    children.push(child);
    at = child.end;
  }
  return children;
}

/** The direct children of `parent` called `local`. */
export function childrenNamed(xml: string, parent: XmlElement, local: string): XmlElement[] {
  return childElements(xml, parent).filter((child) => child.local === local);
}

/** An attribute's value (entities decoded), or undefined. `name` may carry a prefix (`r:id`). */
export function attribute(element: Pick<XmlElement, 'attributes'>, name: string): string | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const match = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(element.attributes);
  return match ? unescapeXml(match[1] ?? match[2]) : undefined;
}

/** The prefix bound to namespace `uri` on `element` (`r`), '' for the default namespace, undefined if not declared there. */
export function prefixOf(element: Pick<XmlElement, 'attributes'>, uri: string): string | undefined {
  const pattern = /xmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let match = pattern.exec(element.attributes); match; match = pattern.exec(element.attributes)) {
    if ((match[2] ?? match[3]) === uri) return match[1] ?? '';
  }
  return undefined;
}

/** Text safe inside an element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Decodes the five predefined entities and numeric character references. */
export function unescapeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_, entity: string) => {
    if (entity[0] === '#') return String.fromCodePoint(entity[1] === 'x' ? parseInt(entity.slice(2), 16) : Number(entity.slice(1)));
    return ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" } as Record<string, string>)[entity];
  });
}

/** `xml` with `text` inserted at `at`. */
export function insertAt(xml: string, at: number, text: string): string {
  return xml.slice(0, at) + text + xml.slice(at);
}

/**
 * `xml` with `children` appended inside `element` (an `<a …/>` becomes `<a …>children</a>`),
 * and its `count` attribute set to `count` when one is given (added if missing).
 */
export function appendChildren(xml: string, element: XmlElement, children: string, count?: number): string {
  let attributes = element.attributes;
  if (count !== undefined) {
    attributes = /\scount\s*=/.test(attributes) ? attributes.replace(/(\scount\s*=\s*)(?:"[^"]*"|'[^']*')/, `$1"${count}"`) : `${attributes.replace(/\s+$/, '')} count="${count}"`;
  }
  const startTag = count === undefined && !element.empty ? xml.slice(element.start, element.innerStart) : `<${element.qname}${attributes.replace(/\s+$/, '')}>`;
  const inner = element.empty ? '' : xml.slice(element.innerStart, element.innerEnd);
  return xml.slice(0, element.start) + startTag + inner + children + `</${element.qname}>` + xml.slice(element.end);
}
