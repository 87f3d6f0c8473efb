import { CATALOG } from '../src/kpi/catalog';
import { summarizable } from '../src/summary/bindings';
const rows = CATALOG.filter((e) => summarizable(e) && e.unit !== 'table');
console.log(rows.length, Math.max(...rows.map((e) => e.params.length)), rows.filter((e) => e.params.length > 3).map((e) => e.id + ':' + e.params.map((p) => p.kind + (p.optional ? '?' : '')).join(',')));
console.log(rows.filter(e=>!e.customFunction).map(e=>e.id+(e.liveAs?'->'+e.liveAs:'')).join(' '));
