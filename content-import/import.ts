import { userInfo } from 'node:os'

import { createLocalReq, type Payload } from 'payload'

import { Converter } from '@content-import/converter'
import { collectFiles } from '@content-import/files'
import { FileProblem, readHeader, type SourceHeader } from '@content-import/parse'
import { needsConversion, planAdvice, planQuestion, rejectDuplicates } from '@content-import/plan'
import { emptyReport, type ImportReport } from '@content-import/report'
import type { ImportOptions, Run } from '@content-import/run'
import { loadState } from '@content-import/state'
import { failureText } from '@content-import/write/failure'
import { writeAdvice } from '@content-import/write/advice'
import { Batch } from '@content-import/write/batch'
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
export async function recordRun(
  payload: Payload,
  options: ImportOptions,
  report: ImportReport,
  kind = 'dosya',
  more: Record<string, unknown> = {},
): Promise<void> {
  const by = options.by ?? `${systemPerson} (komut satırı: ${userInfo().username})`
  const files = `${report.imported}/${report.files} ${kind}`
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
        ...more,
      },
    },
    depth: 0,
    overrideAccess: true,
  })
}

/**
 * Each file all or nothing; one file's failure is its error, never the run's end. Files are
 * written in batches of one transaction (write/batch.ts); a file that fails after writing
 * ends its batch, and the batch's files are written again one transaction each, so that only
 * the failing file is left out.
 */
/**
 * Files the converter's worker works on ahead of the one being written. Converting a file and
 * writing one take about as long (5–7 ms each on bench:import): with one file ahead, the writing
 * waited whenever a conversion took longer than the write before it (a tenth of a first import).
 */
const convertAhead = 4

async function importFiles(run: Run, ordered: SourceHeader[]): Promise<void> {
  const { payload, options } = run
  const batch = new Batch(payload)
  let dryRunIds = 0
  const dryRunId = () => `dry-run-${++dryRunIds}`
  let start = { index: 0, report: structuredClone(run.report) }
  // Files up to this one are written one transaction each: their batch was rolled back.
  let alone = -1
  let reported = 0
  for (let index = 0; index < ordered.length; index++) {
    const header = ordered[index]
    for (const later of ordered.slice(index + 1, index + 1 + convertAhead))
      if (needsConversion(run, later)) run.converter.ahead(later)
    if (!batch.open) start = { index, report: structuredClone(run.report) }
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
    const transactional = options.dryRun ? false : await batch.join(req)
    const writer = new FileWriter(payload, req, options, run.report, dryRunId, transactional)
    const error = await importFile(run, header, writer)
    if (error && writer.touched && transactional && batch.holdsOthers) {
      await batch.abandon()
      Object.assign(run.report, structuredClone(start.report))
      run.state = await loadState(payload, options.locale)
      alone = index
      index = start.index - 1
      continue
    }
    if (error) {
      // Its batch holds no other file: rolled back, it undoes this file's writes alone.
      if (writer.touched) await batch.abandon()
      await recordFailure(run, header, writer, error)
    }
    if (batch.open && (index <= alone || batch.full || index === ordered.length - 1)) await batch.commit()
    if (index + 1 > reported) options.onProgress?.((reported = index + 1), ordered.length)
  }
}

/** One file planned and written; what went wrong, if anything (its counts then do not stand). */
async function importFile(run: Run, header: SourceHeader, writer: FileWriter): Promise<unknown> {
  const { report } = run
  const countsBefore = JSON.stringify([report.created, report.updated])
  const { req } = writer
  try {
    const plan = header.kind === 'advice' ? await planAdvice(run, header) : await planQuestion(run, header)
    if (plan.outcome === 'write') {
      report.warnings.push(...plan.converted.warnings)
      if (header.kind === 'advice') await writeAdvice(run, header, plan.converted, writer)
      else await writeQuestion(run, header, plan.converted, writer)
      // The rows of the file's new documents, held until now (write/deferred-inserts.ts).
      await writer.finish()
    }
    for (const scope of (req.context[leftOutdatedContext] as string[] | undefined) ?? [])
      report.warnings.push({
        file: header.file.label,
        line: null,
        message: `${outdatedScope[scope] ?? scope}: Türkçe metin bu dosya dışa aktarıldıktan sonra değişti; çeviri kaydedildi ama "güncel değil" olarak kaldı. Türkçedeki değişikliği çeviriye işleyin.`,
      })
    if (plan.outcome === 'unchanged') report.unchanged++
    if (plan.outcome !== 'conflict') report.imported++
    return null
  } catch (error) {
    ;[report.created, report.updated] = JSON.parse(countsBefore)
    return error
  }
}

/** A failed file's error in the report, once its undo log (where it had no transaction) put back what it wrote. */
async function recordFailure(run: Run, header: SourceHeader, writer: FileWriter, error: unknown): Promise<void> {
  const { payload, options, report } = run
  if (!writer.touched) {
    report.errors.push(fileError(header, error, null))
    return
  }
  const undone = await writer.undo().then(
    () => null,
    (undoError: Error) => undoError,
  )
  report.errors.push(fileError(header, error, undone))
  if (!options.dryRun) run.state = await loadState(payload, options.locale)
}

function fileError(header: SourceHeader, error: unknown, undone: Error | null): ImportReport['errors'][number] {
  const problem = error instanceof FileProblem ? error : null
  return {
    file: header.file.label,
    line: problem?.line ?? null,
    message: problem
      ? problem.message
      : undone
        ? `İçe aktarılamadı ve yazılanlar geri alınamadı (${failureText(undone)}); bu dosyanın belgelerini CMS'te kontrol edin: ${failureText(error)}`
        : `İçe aktarılamadı, hiçbir şey yazılmadı: ${failureText(error)}`,
  }
}
