import { describe, expect, it } from 'vitest';
import type * as Api from '../../src/server/apps-script-api';

/**
 * Compile-time proof that the real Apps Script services satisfy the subset types: if a subset
 * method's signature drifted from @types/google-apps-script, `tsc --noEmit` fails here.
 */
type Assignable<Real, Subset> = Real extends Subset ? true : false;
const checks: Array<true> = [
  true as Assignable<GoogleAppsScript.Spreadsheet.Range, Api.Range>,
  true as Assignable<GoogleAppsScript.Spreadsheet.Sheet, Api.Sheet>,
  true as Assignable<GoogleAppsScript.Spreadsheet.Spreadsheet, Api.Spreadsheet>,
  true as Assignable<GoogleAppsScript.Spreadsheet.RangeList, Api.RangeList>,
  true as Assignable<GoogleAppsScript.Spreadsheet.NamedRange, Api.NamedRange>,
  true as Assignable<GoogleAppsScript.Spreadsheet.DeveloperMetadata, Api.DeveloperMetadata>,
  true as Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, Api.ConditionalFormatRule>,
  true as Assignable<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, Api.ConditionalFormatRuleBuilder>,
  true as Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChart, Api.EmbeddedChart>,
  true as Assignable<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, Api.EmbeddedChartBuilder>,
  true as Assignable<GoogleAppsScript.Spreadsheet.SpreadsheetApp, Api.SpreadsheetAppApi>,
  true as Assignable<GoogleAppsScript.Base.Ui, Api.UiApi>,
  true as Assignable<GoogleAppsScript.Base.Menu, Api.Menu>,
  true as Assignable<GoogleAppsScript.Properties.PropertiesService, Api.PropertiesServiceApi>,
  true as Assignable<GoogleAppsScript.Properties.Properties, Api.Properties>,
  true as Assignable<GoogleAppsScript.Base.Session, Api.SessionApi>,
  true as Assignable<GoogleAppsScript.HTML.HtmlService, Api.HtmlServiceApi>,
  true as Assignable<GoogleAppsScript.HTML.HtmlOutput, Api.HtmlOutput>,
  true as Assignable<GoogleAppsScript.Charts.Charts, Api.ChartsApi>,
  true as Assignable<GoogleAppsScript.Utilities.Utilities, Api.UtilitiesApi>,
  true as Assignable<GoogleAppsScript.Base.Blob, Api.Blob>,
];

describe('apps-script-api', () => {
  it('the real Apps Script types satisfy every subset type (checked by tsc)', () => {
    expect(checks.every(Boolean)).toBe(true);
  });
});
