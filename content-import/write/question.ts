import { contentHash } from '@/rich-text/content-hash'
import type { ConvertedBody } from '@content-import/convert'
import type { SourceHeader } from '@content-import/parse'
import { createdLive, isDefault, nowLive, type Run } from '@content-import/run'
import { areaKey } from '@content-import/state'
import type { FileWriter } from '@content-import/write/file-writer'

/** Step 5 of an import, for a question file: its area (found, created or translated) and the question. */
export async function writeQuestion(
  run: Run,
  h: SourceHeader,
  converted: ConvertedBody,
  writer: FileWriter,
): Promise<void> {
  const { state } = run
  const question = state.questions.get(h.questionNumber)
  const area = await ensureArea(run, h, question?.area ?? null, writer)
  const source = {
    path: h.file.label,
    hash: h.sourceHash,
    contentHash: contentHash([h.title, area], converted.body),
    importedAt: run.now,
  }
  const data = {
    text: h.title,
    explanation: converted.body,
    area,
    source,
    ...(isDefault(run) ? { sample: h.sample } : {}),
  }
  if (question) {
    await writer.update('questions', question.id, data)
    Object.assign(question, { text: h.title, explanation: converted.body, area, source })
    question.live = nowLive(run, question.live, h.sourceHash)
  } else {
    const id = await writer.create('questions', { ...data, number: h.questionNumber })
    state.questions.set(h.questionNumber, {
      id,
      text: h.title,
      explanation: converted.body,
      area,
      source,
      live: createdLive(run, h.sourceHash),
    })
  }
}

/**
 * The area named in a question file. In Turkish the name finds (or creates) the area; in
 * a translation it is the area's translated name, filled in when the area has none yet.
 */
async function ensureArea(
  run: Run,
  h: SourceHeader,
  currentArea: string | null,
  writer: FileWriter,
): Promise<string | null> {
  if (!h.area) return currentArea
  const { state, options } = run
  const found = state.areas.get(areaKey(h.area))
  if (found) {
    // An area first created by a --status draft import goes live with its published question.
    if (options.status === 'published' && !found.published) {
      await writer.update('areas', found.id, {})
      found.published = true
    }
    return found.id
  }
  if (!isDefault(run)) {
    if (currentArea) {
      await writer.update('areas', currentArea, { title: h.area })
      state.areas.set(areaKey(h.area), { id: currentArea, title: h.area, published: options.status === 'published' })
    } else {
      run.report.warnings.push({
        file: h.file.label,
        line: null,
        message: `Sorunun bir alanı yok; "${h.area}" çevirisi kaydedilemedi.`,
      })
    }
    return currentArea
  }
  const id = await writer.create('areas', { title: h.area, order: state.areas.size + 1 })
  state.areas.set(areaKey(h.area), { id, title: h.area, published: options.status === 'published' })
  return id
}
