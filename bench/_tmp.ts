import { loadXlsx } from '../src/local/xlsx';
const fake = await loadXlsx('examples/sample.xlsx');
for (const s of fake.spreadsheet.getSheets()) console.log(s.getName(), s.getLastRow(), s.getLastColumn(), JSON.stringify(s.getRange(1,1,1,s.getLastColumn()).getValues()[0]), fake.spreadsheet.getSpreadsheetLocale());
