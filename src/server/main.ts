/** The server bundle's single global (`KpiSheets`): what the top-level functions of Code.js call. */
export { run } from './custom-functions';
export { resetSettings } from './settings';
