import { readFileSync, statSync } from 'node:fs'

import { createLocalReq, type Payload } from 'payload'

import { activityRecordedByCaller } from '@/shared/activity'
import { formatNumber, limits } from '@/shared/limits'
import { defaultLocale, isLocale, localeCodes, type Locale } from '@/shared/locales'
import { madeFromContext } from '@/shared/states/translation-states'
import { collectFiles, xliffExtensions, type SourceFile } from '@content-import/files'
import { recordRun } from '@content-import/import'
import { emptyReport, type ImportReport } from '@content-import/report'
import type { ImportOptions } from '@content-import/run'
import { draftBatchCollections, saveDraftsInBatch } from '@/cms/drafts/draft-batch'
import { Batch } from '@content-import/write/batch'
import { failureText } from '@content-import/write/failure'
import { FileWriter } from '@content-import/write/file-writer'
import { readTexts, type DocumentTexts, type TranslatableCollection } from '@content-import/xliff/documents'
import { documentRef, planDocument, type Write } from '@content-import/xliff/plan-document'
import { readXliff, XliffProblem, type ReadXliff } from '@content-import/xliff/read-xliff'

/*
 * The import of translated XLIFF 2.0 files (docs/kullanim/xliff.md), beside the Markdown one
 * and through the same parts: files.ts finds the files, read-xliff.ts reads each (bounded, no
 * DTD), plan-document.ts decides per document and unit, write/ saves the documents as drafts in
 * the file's language through Payload's operations, all or nothing per file, and the report is
 * the Markdown import's with the units that were not applied.
 */

export { retranslateMessage } from '@content-import/xliff/plan-document'

const inDraftBatch = (collection: string) => (draftBatchCollections as readonly string[]).includes(collection)

type Parsed = { file: SourceFile; xliff: ReadXliff; locale: Locale }

/** Reads and checks one file: its size before it is read, its XML, its languages. */
function parseFile(file: SourceFile, options: ImportOptions, explicitLocale: boolean): Parsed {
  const bytes = statSync(file.path).size
  if (bytes > limits.import.xliff.fileBytes)
    throw new XliffProblem(
      `Dosya çok büyük (${formatNumber(Math.ceil(bytes / 1024))} KB; en çok ${formatNumber(limits.import.xliff.fileBytes / 1024)} KB). Daha küçük dosyalara bölün.`,
    )
  const xliff = readXliff(readFileSync(file.path, 'utf8'))
  if (xliff.sourceLanguage.toLowerCase() !== defaultLocale)
    throw new XliffProblem(
      `Kaynak dil "${xliff.sourceLanguage}"; bu dosyalar Türkçeden (srcLang="tr") çevrilir. Dosyayı ROTA'nın dışa aktardığı dosyadan yeniden oluşturun.`,
    )
  const target = xliff.targetLanguage.toLowerCase()
  if (!isLocale(target) || target === defaultLocale)
    throw new XliffProblem(
      `Hedef dil "${xliff.targetLanguage}" bu sitenin çeviri dillerinden biri değil (${localeCodes.filter((l) => l !== defaultLocale).join(', ')}).`,
    )
  if (explicitLocale && target !== options.locale)
    throw new XliffProblem(
      `Dosyanın hedef dili "${target}", ama --locale ${options.locale} verildi. Doğru dosyayı seçin ya da --locale'i düzeltin.`,
    )
  return { file, xliff, locale: target }
}

/** The documents the parsed files name, read once for all files (published Turkish and the translation). */
async function loadTexts(payload: Payload, parsed: Parsed[]): Promise<Map<string, DocumentTexts>> {
  const wanted = new Map<string, Map<TranslatableCollection, Set<string>>>()
  for (const { xliff, locale } of parsed) {
    const byCollection = wanted.get(locale) ?? new Map<TranslatableCollection, Set<string>>()
    wanted.set(locale, byCollection)
    for (const doc of xliff.documents) {
      try {
        const { collection, id } = documentRef(doc)
        byCollection.set(collection, (byCollection.get(collection) ?? new Set()).add(id))
      } catch {
        // Reported with its file.
      }
    }
  }
  const texts = new Map<string, DocumentTexts>()
  for (const [locale, byCollection] of wanted)
    for (const [collection, ids] of byCollection) {
      const list = [...ids]
      for (let i = 0; i < list.length; i += 500)
        for (const t of await readTexts(payload, collection, locale as Locale, list.slice(i, i + 500)))
          texts.set(`${locale}/${collection}/${t.id}`, t)
    }
  return texts
}

/** Imports translated XLIFF 2.0 files as drafts in their language and reports what happened. */
export async function importXliff(
  payload: Payload,
  inputs: string[],
  options: ImportOptions & { explicitLocale?: boolean },
): Promise<ImportReport> {
  const report: ImportReport = { ...emptyReport(), units: [] }
  const { files, errors, warnings } = collectFiles(inputs, xliffExtensions)
  report.files = files.length
  report.errors.push(...errors)
  report.warnings.push(...warnings)
  const parsed: Parsed[] = []
  for (const file of files) {
    try {
      parsed.push(parseFile(file, options, Boolean(options.explicitLocale)))
    } catch (error) {
      report.errors.push({
        file: file.label,
        line: error instanceof XliffProblem ? error.line : null,
        message: `${error instanceof XliffProblem ? error.message : `Dosya okunamadı: ${failureText(error)}`} Dosyadan hiçbir şey yazılmadı.`,
      })
    }
  }
  const texts = await loadTexts(payload, parsed)
  await importFiles(payload, parsed, texts, report, options)
  if (!options.dryRun && parsed.length > 0)
    await recordRun(payload, { ...options, status: 'draft' }, report, 'XLIFF dosyası', {
      format: 'xliff',
      unitsNotApplied: report.units?.length ?? 0,
    })
  return report
}

/**
 * Each file all or nothing, written in batches of one transaction as the Markdown import writes
 * its files (write/batch.ts, docs/decisions/008-import-in-batches.md): a file that fails after
 * writing ends its batch, the batch is rolled back and its files are written again one
 * transaction each, so that only the failing file is left out.
 */
async function importFiles(
  payload: Payload,
  parsed: Parsed[],
  texts: Map<string, DocumentTexts>,
  report: ImportReport,
  options: ImportOptions,
): Promise<void> {
  const batch = new Batch(payload)
  let dryRunIds = 0
  const dryRunId = () => `dry-run-${++dryRunIds}`
  const seen = new Map<string, string>()
  let start = { index: 0, report: structuredClone(report), seen: new Map(seen) }
  // Files up to this one are written one transaction each: their batch was rolled back.
  let alone = -1
  let reported = 0
  for (let index = 0; index < parsed.length; index++) {
    const one = parsed[index]
    if (!batch.open) start = { index, report: structuredClone(report), seen: new Map(seen) }
    const fileOptions = { ...options, locale: one.locale }
    const { error, touched } = await importFile(payload, one, texts, seen, report, batch, fileOptions, dryRunId)
    if (error && touched && batch.holdsOthers) {
      await batch.abandon()
      Object.assign(report, structuredClone(start.report))
      seen.clear()
      for (const [key, label] of start.seen) seen.set(key, label)
      alone = index
      index = start.index - 1
      continue
    }
    if (error) {
      // Its batch holds no other file: rolled back, it undoes this file's writes alone.
      if (touched) await batch.abandon()
      report.errors.push({
        file: one.file.label,
        line: error instanceof XliffProblem ? error.line : null,
        message: `${error instanceof XliffProblem ? error.message : `İçe aktarılamadı: ${failureText(error)}`} Dosyadan hiçbir şey yazılmadı.`,
      })
    } else report.imported++
    if (batch.open && (index <= alone || batch.full || index === parsed.length - 1)) await batch.commit()
    if (index + 1 > reported) options.onProgress?.((reported = index + 1), parsed.length)
  }
}

/**
 * One file, all or nothing: planned whole first (a bad document refuses the file), then written
 * in the batch's transaction, or with an undo log where the adapter has none. What went wrong,
 * if anything, and whether a write was begun (its counts then do not stand).
 */
async function importFile(
  payload: Payload,
  { file, xliff, locale }: Parsed,
  texts: Map<string, DocumentTexts>,
  seen: Map<string, string>,
  report: ImportReport,
  batch: Batch,
  options: ImportOptions,
  dryRunId: () => string,
): Promise<{ error: unknown; touched: boolean }> {
  const before = structuredClone({ units: report.units, warnings: report.warnings, conflicts: report.conflicts })
  const writes: Write[] = []
  try {
    for (const doc of xliff.documents) {
      const { collection, id } = documentRef(doc)
      const key = `${locale}/${collection}/${id}`
      const found = texts.get(key)
      if (!found)
        throw new XliffProblem(
          `Belge ${collection}/${id} bulunamadı ya da Türkçesi yayımda değil. Dosya başka bir sitenin ya da silinmiş bir belgenin olabilir; güncel bir dışa aktarımla çalışın.`,
        )
      const other = seen.get(key)
      if (other && other !== file.label)
        throw new XliffProblem(
          `Belge ${collection}/${id} ${other} dosyasında da var; aynı çeviriyi iki kez göndermeyin.`,
        )
      seen.set(key, file.label)
      const write = planDocument({ report, options }, file.label, doc, found)
      if (write) writes.push(write)
    }
  } catch (error) {
    Object.assign(report, structuredClone(before))
    return { error, touched: false }
  }
  if (writes.length === 0) {
    report.unchanged++
    return { error: null, touched: false }
  }
  const counts = JSON.stringify(report.updated)
  const req = await createLocalReq(
    { locale, context: { disableRevalidate: true, [activityRecordedByCaller]: true } },
    payload,
  )
  const draft = { ...options, status: 'draft' as const }
  const transactional = options.dryRun ? false : await batch.join(req)
  const writer = new FileWriter(payload, req, draft, report, dryRunId, transactional)
  // In a transaction, the file's questions, choices and advice are saved together beneath Payload's update
  // operation (docs/decisions/012-xliff-drafts-in-batches.md); without one, each through the
  // operation, whose writes the undo log knows how to take back.
  let batched = transactional && !options.throughOperations ? writes.filter((w) => inDraftBatch(w.collection)) : []
  // A document twice in one file: the second save must start from the first, as through the operation.
  if (new Set(batched.map((w) => `${w.collection}/${w.id}`)).size < batched.length) batched = []
  try {
    for (const write of writes) {
      if (batched.includes(write)) continue
      req.context[madeFromContext] = write.madeFrom ? { [write.collection]: write.madeFrom } : {}
      await writer.update(write.collection, write.id, write.data)
    }
    if (batched.length) {
      writer.touched = true
      for (const write of batched) report.updated[write.collection as 'questions' | 'choices' | 'advice']++
      await saveDraftsInBatch(req, batched)
    }
    return { error: null, touched: writer.touched }
  } catch (error) {
    await writer.undo().catch(() => undefined)
    report.updated = JSON.parse(counts)
    return { error, touched: writer.touched }
  }
}
