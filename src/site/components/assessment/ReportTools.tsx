/**
 * Copy the report's address (the report itself) and print it. Hidden until the assessment's
 * script (enhance.ts) runs: without it the buttons would do nothing.
 */
export function ReportTools({ texts }: { texts: { copyLink: string; print: string } }) {
  return (
    <div className="report-tools" data-report-tools hidden>
      <button type="button" className="button--secondary" data-copy>
        {texts.copyLink}
      </button>{' '}
      <button type="button" className="button--secondary" data-print>
        {texts.print}
      </button>
      <span role="status" className="report-tools__status" />
    </div>
  )
}
