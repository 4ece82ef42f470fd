/** The import report; its JSON shape is a contract (`npm run import -- --json`). */
export type Counts = { areas: number; questions: number; choices: number; advice: number; resources: number }
export type Problem = { file: string; line: number | null; message: string }

export type ImportReport = {
  files: number
  imported: number
  created: Counts
  updated: Counts
  unchanged: number
  conflicts: Array<{ file: string; message: string }>
  errors: Problem[]
  warnings: Problem[]
  /**
   * XLIFF only: units whose target was not applied (their Turkish changed since the export, or
   * the target's codes do not match the source's), each with the document and unit it names.
   */
  units?: UnitProblem[]
}
export type UnitProblem = { file: string; document: string; unit: string; message: string }

export const emptyCounts = (): Counts => ({ areas: 0, questions: 0, choices: 0, advice: 0, resources: 0 })

export const emptyReport = (): ImportReport => ({
  files: 0,
  imported: 0,
  created: emptyCounts(),
  updated: emptyCounts(),
  unchanged: 0,
  conflicts: [],
  errors: [],
  warnings: [],
})

export type Entity = keyof Counts
