/**
 * Copy the report's address (the report itself) and print it; the assessment's script
 * (enhance.ts) makes them work. Shown from the start, as before: shown only once the script
 * ran, they moved the page under the reader's eyes (Lighthouse: CLS 0.025).
 */
export function ReportTools({ texts }: { texts: { copyLink: string; print: string } }) {
  return (
    <div className="report-tools" data-report-tools>
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
