/** The table KPIs fitted up to a calibration end the user may choose: the sidebar's date field, the request's calibrationEnd (no imports: the sidebar loads it too). */
export const CALIBRATED_TABLES: readonly string[] = ['CLV_FORECAST', 'CLV_TRACKING'];
