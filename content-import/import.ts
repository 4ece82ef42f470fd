import { userInfo } from 'node:os'

import { commitTransaction, createLocalReq, initTransaction, killTransaction, type Payload } from 'payload'

import { Converter } from '@content-import/converter'
import { collectFiles } from '@content-import/files'
import { FileProblem, readHeader, type SourceHeader } from '@content-import/parse'
import { needsConversion, planAdvice, planQuestion, rejectDuplicates } from '@content-import/plan'
import { emptyReport, type ImportReport } from '@content-import/report'
import type { ImportOptions, Run } from '@content-import/run'
import { loadState } from '@content-import/state'
import { failureText } from '@content-import/write/failure'
import { writeAdvice } from '@content-import/write/advice'
import { FileWriter } from '@content-import/write/file-writer'
import { writeQuestion } from '@content-import/write/question'
import { leftOutdatedContext, madeFromContext } from '@/shared/states/translation-states'
import { activityRecordedByCaller, activitySummary, systemPerson } from '@/shared/activity'

export type { ImportOptions, ImportStatus } from '@content-import/run'

/*
 * An import in the order a file goes through it:
 * 1. files.ts: the content files under the paths given;
 * 2. parse.ts: each file's front matter, checked (cheap: unchanged files are known from it);
 * 3. convert.ts, converter.ts: the Markdown body as rich text, in a bounded worker;
 * 4. plan.ts: unchanged, a conflict with an editor's work, or to be written;
 * 5. write/: the documents, all or nothing per file (file-writer.ts keeps the undo);
 * 6. report.ts, summary.ts: what happened, for the editor and as JSON.
 */

const outdatedScope: Record<string, string> = {
  questions: 'Soru metni',
  choices: 'Seçenek metni',
  advice: 'Reçete metni',
}

/** Imports Markdown files into the CMS and reports what happened (see docs/kullanim/ice-aktarma.md). */
export async function importContent(payload: Payload, inputs: string[], options: ImportOptions): Promise<ImportReport> {
  const report = emptyReport()
  const { files, errors, warnings } = collectFiles(inputs)
  report.files = files.length
  report.errors.push(...errors)
  report.warnings.push(...warnings)

  const headers: SourceHeader[] = []
  for (const file of files) {
    try {
      const header = readHeader(file)
      report.warnings.push(...header.warnings)
      headers.push(header)
    } catch (error) {
      report.errors.push({
        file: file.label,
        line: error instanceof FileProblem ? error.line : null,
        message: error instanceof FileProblem ? error.message : `Dosya okunamadı: ${failureText(error)}`,
      })
    }
  }

  const unique = rejectDuplicates(headers, report)
  // Question files first, so an advice file in the same run finds its question.
  const ordered = [...unique.filter((h) => h.kind === 'question'), ...unique.filter((h) => h.kind === 'advice')]

  const converter = new Converter()
  try {
    const run: Run = {
      payload,
      options,
      report,
      converter,
      state: await loadState(payload, options.locale),
      now: new Date().toISOString(),
    }
    await importFiles(run, ordered)
  } finally {
    await converter.close()
  }
  if (!options.dryRun && ordered.length > 0) await recordRun(payload, options, report)
  return report
}

/** The run in the activity log as one entry with its counts (its documents are not entries of their own). */
async function recordRun(payload: Payload, options: ImportOptions, report: ImportReport): Promise<void> {
  const by = options.by ?? `${systemPerson} (komut satırı: ${userInfo().username})`
  const files = `${report.imported}/${report.files} dosya`
  await payload.create({
    collection: 'activity-log',
    data: {
      action: 'import',
      personName: by,
      documentTitle: files,
      locale: options.locale,
      summary: activitySummary('import', files, options.locale),
      details: {
        status: options.status,
        files: report.files,
        imported: report.imported,
        created: report.created,
        updated: report.updated,
        unchanged: report.unchanged,
        conflicts: report.conflicts.length,
        errors: report.errors.length,
      },
    },
    depth: 0,
    overrideAccess: true,
  })
}

/** Each file in its own all-or-nothing write; one file's failure is its error, never the run's end. */
async function importFiles(run: Run, ordered: SourceHeader[]): Promise<void> {
  const { payload, options, report } = run
  let done = 0
  let dryRunIds = 0
  const dryRunId = () => `dry-run-${++dryRunIds}`
  for (const [index, header] of ordered.entries()) {
    const next = ordered[index + 1]
    if (next && needsConversion(run, next)) run.converter.ahead(next)
    const req = await createLocalReq(
      {
        locale: options.locale,
        context: {
          disableRevalidate: true,
          [activityRecordedByCaller]: true,
          [madeFromContext]: header.turkishSource,
        },
      },
      payload,
    )
    const countsBefore = JSON.stringify([report.created, report.updated])
    const ownsTransaction = options.dryRun ? false : await initTransaction(req)
    const writer = new FileWriter(payload, req, options, report, dryRunId, ownsTransaction)
    try {
      const plan = header.kind === 'advice' ? await planAdvice(run, header) : await planQuestion(run, header)
      if (plan.outcome === 'write') {
        run.report.warnings.push(...plan.converted.warnings)
        if (header.kind === 'advice') await writeAdvice(run, header, plan.converted, writer)
        else await writeQuestion(run, header, plan.converted, writer)
      }
      if (ownsTransaction) await commitTransaction(req)
      for (const scope of (req.context[leftOutdatedContext] as string[] | undefined) ?? [])
        report.warnings.push({
          file: header.file.label,
          line: null,
          message: `${outdatedScope[scope] ?? scope}: Türkçe metin bu dosya dışa aktarıldıktan sonra değişti; çeviri kaydedildi ama "güncel değil" olarak kaldı. Türkçedeki değişikliği çeviriye işleyin.`,
        })
      if (plan.outcome === 'unchanged') report.unchanged++
      if (plan.outcome !== 'conflict') report.imported++
    } catch (error) {
      if (ownsTransaction) await killTransaction(req)
      const undone = await writer.undo().then(
        () => null,
        (undoError: Error) => undoError,
      )
      // Counts of a file that was rolled back do not stand.
      ;[report.created, report.updated] = JSON.parse(countsBefore)
      const problem = error instanceof FileProblem ? error : null
      report.errors.push({
        file: header.file.label,
        line: problem?.line ?? null,
        message: problem
          ? problem.message
          : undone
            ? `İçe aktarılamadı ve yazılanlar geri alınamadı (${failureText(undone)}); bu dosyanın belgelerini CMS'te kontrol edin: ${failureText(error)}`
            : `İçe aktarılamadı, hiçbir şey yazılmadı: ${failureText(error)}`,
      })
      if (!options.dryRun) run.state = await loadState(payload, options.locale)
    }
    options.onProgress?.(++done, ordered.length)
  }
}
