/** A KPI's math refusing its input, by reason; the cell boundary turns it into a one-line message in the spreadsheet's language. */

/** Why a computation cannot give a number. Each code has a message in `src/cells/messages.ts`. */
export type FailureReason =
  | 'divide_by_zero' // detail: { argument }
  | 'no_data' // detail: { argument }
  | 'negative_result' // detail: { argument, other }
  | 'no_repeat_customers'
  | 'no_variation' // every customer observed alike: the model cannot be identified
  | 'fit_did_not_converge'
  | 'survival_not_decreasing' // detail: { position }
  | 'too_few_periods'
  | 'no_closed_rows' // detail: { argument }
  | 'lengths_differ' // detail: { argument, other }
  | 'blank_cell' // detail: { argument, position }: a row with data elsewhere leaves this cell blank
  | 'invalid_value' // detail: { argument, position }: a value the model cannot take (a recency beyond the age, a negative amount)
  | 'no_outcome_labels' // detail: { argument }: a status column without one won or lost label
  | 'unknown_stage' // detail: { argument, position }: a stage label missing from the given stage order
  | 'part_exceeds_whole' // detail: { argument, value, other, whole }: successes above their trials
  | 'too_few_values' // detail: { argument, count }: fewer numbers than the statistic needs
  | 'no_change' // detail: { argument, value }: the effect leaves the rate where it was
  | 'rate_out_of_range' // detail: { argument, value }: the effect takes the rate outside 0…1
  | 'zero_spend' // detail: { argument, position, value, count }: a repeat customer whose mean spend is not above 0
  | 'zero_spend_customer' // detail: { value (the customer), other (the spend), count }: the same, named by customer id
  | 'not_parameter_row'; // detail: { argument, value (the expected names), other (the fit function) }

export class KpiFailure extends Error {
  constructor(
    readonly reason: FailureReason,
    readonly detail: Readonly<Record<string, string | number | readonly string[]>> = {},
  ) {
    super(`${reason} ${JSON.stringify(detail)}`);
    this.name = 'KpiFailure';
  }
}
