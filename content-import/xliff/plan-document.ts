import type { RichTextNode } from '@/rich-text/node'
import { contentToNodes, plainOf, richTextUnits, withUnitContent, type Inline, type Unit } from '@/rich-text/segments'
import type { ImportReport } from '@content-import/report'
import type { ImportOptions } from '@content-import/run'
import { codeProblem } from '@content-import/xliff/codes'
import {
  isTranslatable,
  sameLayout,
  translatable,
  translationPlaces,
  unitsFingerprint,
  unitsOf,
  type DocumentTexts,
  type TranslatableCollection,
} from '@content-import/xliff/documents'
import { XliffProblem, type ReadDocument } from '@content-import/xliff/read-xliff'
import { noteCategory } from '@content-import/xliff/write-xliff'

/**
 * The plan of the XLIFF import (import-xliff.ts) for one `<file>`: which of its units apply to
 * its document, which are reported instead (Turkish changed since the export, codes missing or
 * reordered, unknown units), and the draft they make.
 */

export const retranslateMessage = 'Türkçesi değişmiş, yeniden çevrilmeli: bu birimin çevirisi uygulanmadı.'

export type Write = {
  collection: TranslatableCollection
  id: string
  data: Record<string, unknown>
  madeFrom: string | null
}

export const unitNotApplied = (report: ImportReport, file: string, document: string, unit: string, message: string) =>
  report.units!.push({ file, document, unit, message })

/** The document a `<file>` names, or a problem: the whole file is refused. */
export function documentRef(doc: ReadDocument): { collection: TranslatableCollection; id: string } {
  const original = doc.original || doc.notes[noteCategory.document] || ''
  const [collection, id, ...rest] = original.split('/')
  if (!collection || !id || rest.length || !isTranslatable(collection))
    throw new XliffProblem(
      `Bilinmeyen belge "${original || doc.id}": <file> öğesinin original özniteliği ROTA'nın yazdığı gibi kalmalı (ör. advice/…).`,
    )
  return { collection, id }
}

/** A unit id's field: the whole id for a title or label, the part before the path for rich text. */
function fieldOfUnit(collection: TranslatableCollection, unitId: string): string | null {
  const fields = translatable[collection] as Record<string, 'text' | 'rich'>
  if (fields[unitId] === 'text') return unitId
  const match = /^(\w+)-\d+(?:\.\d+)*$/.exec(unitId)
  return match && fields[match[1]] === 'rich' ? match[1] : null
}

const hasContent = (content: Inline[] | null): content is Inline[] =>
  Boolean(content && (plainOf(content).trim() !== '' || content.some((i) => i.kind === 'span')))

/**
 * What one `<file>` changes in its document: the targets that apply (their Turkish unchanged,
 * their codes whole), laid into the translation, or into the Turkish where the translation is
 * laid out otherwise or missing. Null when nothing changes.
 */
export function planDocument(
  run: { report: ImportReport; options: ImportOptions },
  label: string,
  doc: ReadDocument,
  texts: DocumentTexts,
): Write | null {
  const { report, options } = run
  const { collection, id } = texts
  const name = `${collection}/${id}`
  const turkish = new Map(unitsOf(collection, texts.turkish).map((u) => [u.id, u]))
  const translated = unitsOf(collection, texts.translation)
  const applied = new Map<string, { unit: Unit; target: Inline[] }>()
  const seen = new Set<string>()
  // Context units (translate="no") whose Turkish is still the one exported: their translation stands.
  const standing = new Set<string>()
  const places = translationPlaces(texts, [...turkish.values()], translated)
  for (const read of doc.units) {
    const field = fieldOfUnit(collection, read.id)
    if (!field)
      throw new XliffProblem(
        `Belge ${name}: bilinmeyen birim "${read.id}". Birim kimlikleri ROTA'nın yazdığı gibi kalmalı.`,
      )
    if (seen.has(read.id))
      throw new XliffProblem(`Belge ${name}: birim "${read.id}" iki kez var; hangisinin doğru olduğuna karar verin.`)
    seen.add(read.id)
    const current = turkish.get(read.id)
    if (!read.translate) {
      // Sent as context (an outdated translation's unchanged paragraph): never written back,
      // whatever a tool put in its target.
      if (current && read.fingerprint === current.fingerprint) standing.add(read.id)
      continue
    }
    if (!hasContent(read.target)) continue
    const changed =
      !current || (read.fingerprint ? read.fingerprint !== current.fingerprint : plainOf(read.source) !== current.text)
    if (changed) {
      unitNotApplied(report, label, name, read.id, retranslateMessage)
      continue
    }
    const problem =
      current.kind === 'text' && read.target.some((i) => i.kind !== 'text')
        ? 'Bu bir başlık: biçim kodu ya da satır sonu alamaz; çeviri uygulanmadı.'
        : codeProblem(current.content, read.target, current.codes)
    if (problem) {
      unitNotApplied(report, label, name, read.id, problem)
      continue
    }
    applied.set(read.id, { unit: current, target: read.target })
  }
  if (applied.size === 0) return null

  const data: Record<string, unknown> = {}
  const fields = translatable[collection] as Record<string, 'text' | 'rich'>
  for (const [field, kind] of Object.entries(fields)) {
    const mine = [...applied.values()].filter(({ unit }) => unit.field === field)
    if (mine.length === 0) continue
    if (kind === 'text') {
      const value = plainOf(mine[0].target)
      if (value !== texts.translation?.[field]) data[field] = value
      continue
    }
    const turkishUnits = richTextUnits(field, texts.turkish[field])
    const translationUnits = richTextUnits(field, texts.translation?.[field])
    const laidOut = Boolean(texts.translation?.[field]) && sameLayout(turkishUnits, translationUnits)
    const replaced = new Map<string, RichTextNode[]>(
      mine.map(({ unit, target }) => [unit.id, contentToNodes(target, unit.codes)]),
    )
    // Laid out otherwise, the draft takes the Turkish's layout: the units sent as context keep
    // the translation made from their Turkish (laid out as the Turkish it was made from, a
    // paragraph inserted or removed since moves the others), not the Turkish text.
    if (!laidOut && places)
      for (const id of standing) {
        const kept = places.unchanged.get(id)
        if (kept?.field === field && !replaced.has(id)) replaced.set(id, contentToNodes(kept.content, kept.codes))
      }
    const value = withUnitContent(laidOut ? texts.translation![field] : texts.turkish[field], field, replaced)
    if (unitsFingerprint(richTextUnits(field, value)) === unitsFingerprint(translationUnits)) continue
    const leftTurkish = laidOut ? 0 : turkishUnits.filter((u) => !replaced.has(u.id)).length
    if (leftTurkish)
      report.warnings.push({
        file: label,
        line: null,
        message: `Belge ${name}: ${leftTurkish} birimin çevirisi yok; taslakta o birimler Türkçe kaldı. Çevirip yeniden içe aktarın ya da CMS'te tamamlayın.`,
      })
    data[field] = value
  }
  if (Object.keys(data).length === 0) return null

  // The translation changed in the CMS since the export: the editor's work is kept.
  const exported = doc.notes[noteCategory.translation]
  if (exported && exported !== unitsFingerprint(translated) && !options.force) {
    report.conflicts.push({
      file: label,
      message: `Belge ${name}: çevirisi bu dosya dışa aktarıldıktan sonra CMS'te değiştirilmiş; çalışmayı korumak için uygulanmadı. Yeniden dışa aktarıp çevirin ya da üzerine yazmak için --force kullanın.`,
    })
    return null
  }
  const allTranslated = [...turkish.keys()].every((unitId) => applied.has(unitId) || standing.has(unitId))
  return { collection, id, data, madeFrom: allTranslated ? (doc.notes[noteCategory.turkishSource] ?? null) : null }
}
