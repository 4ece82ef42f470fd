import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import { memoryIndex } from '@/cms/translation-memory/lookup'
import { normalized, type MemoryIndex, type MemoryMatch } from '@/cms/translation-memory/memory-index'
import { fingerprintOf, plainOf, type Inline, type Unit } from '@/rich-text/segments'
import { limits } from '@/shared/limits'
import type { Locale } from '@/shared/locales'
import { relationId } from '@/shared/relation-id'
import type { TranslationState } from '@/shared/states/translation-states'
import { recordMissingStates } from '@content-import/export'
import {
  questionOf,
  readTexts,
  sameLayout,
  translatable,
  translationPlaces,
  unitsFingerprint,
  unitsOf,
  type DocumentTexts,
  type TranslatableCollection,
} from '@content-import/xliff/documents'
import {
  xliffFile,
  type TargetState,
  type XliffDocument,
  type XliffMatch,
  type XliffUnit,
} from '@content-import/xliff/write-xliff'

export type XliffExportOptions = { locale: Locale; only?: TranslationState[] | null }
/**
 * `units` to translate; `context` units written with translate="no" (an outdated translation's
 * unchanged ones); `matched` units that carry translation memory candidates, `prefilled` those
 * whose target is a 100 % match (state="initial"), `unlooked` units to translate written without
 * looking the memory up, its time (limits.import.xliff.matchSeconds) spent.
 */
export type XliffExportReport = {
  files: number
  documents: number
  units: number
  context: number
  matched: number
  prefilled: number
  unlooked: number
  skipped: string[]
}

/** Candidates per unit: the best few, as a CAT tool's match pane shows them. */
const matchesPerUnit = 3

/**
 * The memory as one export looks it up: a text met again (the same paragraph in many advice)
 * is looked up once, and no lookup starts after the export's time for them is spent.
 */
type MemoryLookups = { index: MemoryIndex; found: Map<string, MemoryMatch[]>; until: number; unlooked: number }

const pad = (n: number) => String(n).padStart(3, '0')
export const xliffFileName = (question: number | null) =>
  question === null ? 'alanlar.xlf' : `soru-${pad(question)}.xlf`

const collectionTitle: Record<TranslatableCollection, (doc: Record<string, unknown>) => string> = {
  areas: (doc) => `Alan: ${String(doc.title ?? '')}`,
  questions: (doc) => `Soru ${String(doc.number)}`,
  choices: (doc) => `Seçenek: ${String(doc.label ?? '')}`,
  // Without the numbers an agency saw a thousand files' documents all called "Reçete".
  advice: (doc) =>
    doc.questionNumber && doc.choiceNumber
      ? `Reçete: Soru ${String(doc.questionNumber)} · Seçenek ${String(doc.choiceNumber)}`
      : 'Reçete',
}

/**
 * Where a translation stands, as XLIFF's segment state: `final` is the published translation,
 * current and with no newer draft; `initial` one whose Turkish changed since (outdated) or that
 * a reviewer sent back; any other draft is `translated`. ROTA has no step between a reviewer's
 * approval and publishing, so it never writes `reviewed` (it reads it, as any state).
 */
function stateOf(texts: DocumentTexts, units: Unit[], published: Unit[]): TargetState {
  if (texts.status === 'outdated' || texts.translation?.reviewState === 'changes_requested') return 'initial'
  if (texts.status === 'current' && unitsFingerprint(units) === unitsFingerprint(published)) return 'final'
  return 'translated'
}

/**
 * A translation unit's content with its codes renamed to the Turkish unit's (a target names
 * the source's codes): each code matched, in order, to an unused Turkish code that does the
 * same. Null when one has no match (the translator then sees the Turkish's codes afresh).
 */
function alignedTarget(source: Unit, translation: Unit): Inline[] | null {
  const used = new Set<string>()
  const renamed = new Map<string, string>()
  const meaning = (unit: Unit, id: string) => fingerprintOf([{ kind: 'span', code: id, children: [] }], unit.codes)
  for (const id of translation.codes.keys()) {
    const match = [...source.codes.keys()].find((s) => !used.has(s) && meaning(source, s) === meaning(translation, id))
    if (!match) return null
    used.add(match)
    renamed.set(id, match)
  }
  const rename = (content: Inline[]): Inline[] =>
    content.map((i) => (i.kind === 'span' ? { ...i, code: renamed.get(i.code)!, children: rename(i.children) } : i))
  return rename(translation.content)
}

/**
 * The memory's best matches for a unit to translate, and the target a 100 % match gives one
 * with none. The memory keeps plain text, so only a unit that is plain text too (no formatting,
 * link or line break) is pre-filled: a plain target for a unit with codes would lose them, and
 * the import would refuse it. A candidate equal to the target the unit already has is left out.
 */
function memoryFor(
  memory: MemoryLookups,
  unit: Unit,
  target: Inline[] | null,
): { matches: XliffMatch[]; prefill: Inline[] | null } {
  // The endpoint's bound: a longer text is no paragraph the memory pairs.
  if (unit.text.trim() === '' || unit.text.length > limits.translationMemory.textChars)
    return { matches: [], prefill: null }
  const key = normalized(unit.text)
  let found = memory.found.get(key)
  if (!found) {
    if (performance.now() > memory.until) {
      memory.unlooked++
      return { matches: [], prefill: null }
    }
    found = memory.index.lookup(unit.text, matchesPerUnit + 1)
    memory.found.set(key, found)
  }
  const existing = target ? plainOf(target) : null
  const matches = found
    .filter((m) => m.target !== existing)
    .slice(0, matchesPerUnit)
    .map((m) => ({
      source: m.source,
      target: m.target,
      score: m.score,
      origin: `ROTA ${m.document.collection}/${m.document.id}`,
    }))
  const best = matches[0]
  const plain = unit.content.every((i) => i.kind === 'text')
  const prefill =
    !target && best?.score === 100 && plain && !best.target.includes('\n')
      ? [{ kind: 'text' as const, text: best.target }]
      : null
  return { matches, prefill }
}

function documentOf(texts: DocumentTexts, onlyChanged: boolean, memory: MemoryLookups): XliffDocument | null {
  const units = unitsOf(texts.collection, texts.turkish)
  if (units.length === 0) return null
  const translated = unitsOf(texts.collection, texts.translation)
  const published = unitsOf(texts.collection, texts.published)
  const state = stateOf(texts, translated, published)
  // Asked for the outdated alone: the units whose Turkish did not change since the translation
  // was made go as context (translate="no"), so that only the changed ones are translated again.
  const places = onlyChanged ? translationPlaces(texts, units, translated) : null
  // An unchanged unit's translation is as good as a current one's.
  const contextState = stateOf({ ...texts, status: 'current' }, translated, published)
  // Targets only where the translation is laid out as the Turkish (now, or as it was when the
  // translation was made): another layout (paragraphs joined or split in the CMS) would pair a
  // paragraph with another's translation.
  const aligned = sameLayout(units, translated)
  const xliffUnits: XliffUnit[] = units.map((unit, i) => {
    const from = aligned ? translated[i] : (places?.unchanged.get(unit.id) ?? places?.previous.get(unit.id))
    const target = from ? alignedTarget(unit, from) : null
    const context = Boolean(places?.unchanged.has(unit.id))
    const unitState = target ? (context ? contextState : state) : null
    // Candidates only where there is something to translate: no target yet, or one to redo.
    if (context || (target && unitState !== 'initial')) return { unit, target, state: unitState, translate: !context }
    const { matches, prefill } = memoryFor(memory, unit, target)
    if (prefill) return { unit, target: prefill, state: 'initial', translate: true, matches, prefilled: true }
    return { unit, target, state: unitState, translate: true, matches }
  })
  return {
    original: `${texts.collection}/${texts.id}`,
    title: collectionTitle[texts.collection](texts.turkish),
    turkishSource: texts.turkishSource,
    translation: unitsFingerprint(translated),
    units: xliffUnits,
  }
}

/**
 * Writes XLIFF 2.0 files for translating the published Turkish into `locale`: one file per
 * question (the question, its choices and their advice) and one for the areas, each document
 * a `<file>`. With `only`, the documents whose translation is in those states; an outdated
 * one then has only its changed units to translate, the others as context (`translate="no"`).
 */
export async function exportXliff(
  payload: Payload,
  dir: string,
  options: XliffExportOptions,
): Promise<XliffExportReport> {
  const { locale, only } = options
  if (only) await recordMissingStates(payload)
  const collections = Object.keys(translatable) as TranslatableCollection[]
  const all = await Promise.all(collections.map((collection) => readTexts(payload, collection, locale)))
  const texts = all.flat()
  // Read once for the whole export: a unit's lookup is then no query, only the index's work.
  const memory: MemoryLookups = {
    index: await memoryIndex(payload, locale),
    found: new Map(),
    until: performance.now() + limits.import.xliff.matchSeconds * 1000,
    unlooked: 0,
  }
  const questions = new Map(
    texts.filter((t) => t.collection === 'questions').map((t) => [t.id, Number(t.turkish.number)]),
  )
  const choiceQuestion = new Map(
    texts
      .filter((t) => t.collection === 'choices')
      .map((t) => [t.id, relationId(t.turkish.question as never) ?? ''] as const),
  )
  const groups = new Map<number | null, XliffDocument[]>()
  const report: XliffExportReport = {
    files: 0,
    documents: 0,
    units: 0,
    context: 0,
    matched: 0,
    prefilled: 0,
    unlooked: 0,
    skipped: [],
  }
  for (const t of texts) {
    if (only && !only.includes(t.status)) continue
    const question = questionOf(t, questions, choiceQuestion)
    if (t.collection !== 'areas' && question === null) {
      report.skipped.push(`${t.collection}/${t.id}: sorusu yayımda değil.`)
      continue
    }
    // Asked for outdated translations alone, their unchanged paragraphs go as context.
    const document = documentOf(t, Boolean(only?.includes('outdated')), memory)
    if (!document) continue
    groups.set(question, [...(groups.get(question) ?? []), document])
    report.documents++
    const context = document.units.filter((u) => !u.translate).length
    report.units += document.units.length - context
    report.context += context
    report.matched += document.units.filter((u) => u.matches?.length).length
    report.prefilled += document.units.filter((u) => u.prefilled).length
  }
  report.unlooked = memory.unlooked
  mkdirSync(dir, { recursive: true })
  const order: TranslatableCollection[] = ['areas', 'questions', 'choices', 'advice']
  const rank = (d: XliffDocument) => order.indexOf(d.original.split('/')[0] as TranslatableCollection)
  for (const [question, documents] of [...groups].sort(([a], [b]) => (a ?? 0) - (b ?? 0))) {
    documents.sort((a, b) => rank(a) - rank(b))
    writeFileSync(path.join(dir, xliffFileName(question)), xliffFile(locale, documents))
    report.files++
  }
  return report
}
