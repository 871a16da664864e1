/** One problem in an imported ledger, located as a spreadsheet user would look for it. */
export interface LedgerProblem {
  sheet: string;
  /** Spreadsheet row number (the header is row 1). */
  row: number;
  /** Column letter (`C`), or `''` for a problem with the whole row or file. */
  column: string;
  /** The column's header as found in the file. */
  header: string;
  zh: string;
  en: string;
}

/** `台账 Ledger!C5 [进展日期 Update date]`: where to look. */
export function problemPlace(problem: LedgerProblem): string {
  const cell = problem.column ? `${problem.column}${problem.row}` : `row ${problem.row}`;
  const header = problem.header ? ` [${problem.header}]` : '';
  return `${problem.sheet}!${cell}${header}`;
}

/** One line per problem: place, Chinese, English. */
export function formatProblem(problem: LedgerProblem): string {
  return `${problemPlace(problem)}: ${problem.zh} / ${problem.en}`;
}
