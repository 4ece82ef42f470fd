import { contentHash } from '@/rich-text/content-hash'
import type { ConvertedBody } from '@content-import/convert'
import { FileProblem, type SourceHeader } from '@content-import/parse'
import type { ImportReport } from '@content-import/report'
import { isDefault, type Run } from '@content-import/run'
import { areaKey, choiceKey } from '@content-import/state'

/**
 * Step 4 of an import: what a file would change. A file is unchanged (it is what the CMS
 * holds, or the very file of the last import), a conflict (an editor changed the text in
 * the CMS since: their work is kept unless --force), or to be written with its converted
 * body. Nothing is written here.
 */
export type Plan = { outcome: 'unchanged' } | { outcome: 'conflict' } | { outcome: 'write'; converted: ConvertedBody }

/** Two files for the same question (and choice) in one run: neither wins silently. */
export function rejectDuplicates(headers: SourceHeader[], report: ImportReport): SourceHeader[] {
  const groups = new Map<string, SourceHeader[]>()
  for (const h of headers) {
    const key = `${h.questionNumber}/${h.choiceNumber ?? '-'}`
    groups.set(key, [...(groups.get(key) ?? []), h])
  }
  const kept: SourceHeader[] = []
  for (const group of groups.values()) {
    if (group.length === 1) {
      kept.push(group[0])
      continue
    }
    const names = group.map((h) => h.file.label).join(', ')
    const what =
      group[0].choiceNumber === null
        ? `soru ${group[0].questionNumber}`
        : `soru ${group[0].questionNumber}, seçenek ${group[0].choiceNumber}`
    for (const h of group) {
      report.errors.push({
        file: h.file.label,
        line: null,
        message: `Aynı ${what} için bu çalıştırmada birden fazla dosya var (${names}). Hangisinin doğru olduğuna karar verip diğerlerini çıkarın; hiçbiri içe aktarılmadı.`,
      })
    }
  }
  return kept.sort((a, b) => headers.indexOf(a) - headers.indexOf(b))
}

/** A conflict reported with when the editor's change happened relative to the last import. */
function conflict(run: Run, header: SourceHeader, what: string, importedAt: string | null | undefined): Plan {
  const since = importedAt
    ? `son içe aktarmadan (${importedAt.slice(0, 16).replace('T', ' ')}) sonra`
    : 'içe aktarma dışında'
  run.report.conflicts.push({
    file: header.file.label,
    message: `${what} ${since} CMS'te değiştirilmiş; editörün çalışmasını korumak için dosya içe aktarılmadı. Üzerine yazmak için --force kullanın (editörün sürümü geçmişte kalır).`,
  })
  return { outcome: 'conflict' }
}

/** What the CMS holds for an advice file, and whether the file is the very one last imported. */
function adviceFacts(run: Run, h: SourceHeader) {
  const { state, options } = run
  const choiceNumber = h.choiceNumber as number
  const question = state.questions.get(h.questionNumber)
  const choice = question ? state.choices.get(choiceKey(question.id, choiceNumber)) : undefined
  if (!isDefault(run) && !choice) {
    throw new FileProblem(
      `Soru ${h.questionNumber}, seçenek ${choiceNumber} Türkçe içerikte yok. Çeviriden önce Türkçe dosyayı içe aktarın ya da numaraları kontrol edin.`,
    )
  }
  const advice = choice ? state.advice.get(choice.id) : undefined
  // Changed in the CMS since the last import (or never imported): an editor's work.
  const cmsContent = advice && choice ? contentHash([choice.label], advice.body) : null
  const edited = Boolean(advice && choice && (advice.body || choice.label) && advice.source?.contentHash !== cmsContent)
  const live =
    options.status === 'draft' || Boolean(advice?.live.published && choice?.live.published && question?.live.published)
  const lastImported =
    !edited && live && advice && (options.status === 'draft' ? advice.source?.hash : advice.live.hash) === h.sourceHash
  return { question, choice, advice, choiceNumber, cmsContent, edited, live, lastImported: Boolean(lastImported) }
}

/** What the CMS holds for a question file, and whether the file is the very one last imported. */
function questionFacts(run: Run, h: SourceHeader) {
  const { state, options } = run
  const question = state.questions.get(h.questionNumber)
  if (!isDefault(run) && !question) {
    throw new FileProblem(
      `Soru ${h.questionNumber} Türkçe içerikte yok. Çeviriden önce Türkçe soru dosyasını içe aktarın.`,
    )
  }
  const cmsContent = question ? contentHash([question.text, question.area], question.explanation) : null
  const edited = Boolean(
    question && (question.text || question.explanation) && question.source?.contentHash !== cmsContent,
  )
  const live = options.status === 'draft' || Boolean(question?.live.published)
  const lastImported =
    !edited &&
    live &&
    question &&
    (options.status === 'draft' ? question.source?.hash : question.live.hash) === h.sourceHash
  return { question, cmsContent, edited, live, lastImported: Boolean(lastImported) }
}

/**
 * Whether a file's Markdown will have to be converted, judged cheaply on what the CMS holds
 * now (is it the file last imported, by its hash?): the run converts it ahead, while it
 * writes the file before. A wrong guess costs a conversion or a wait, never a wrong outcome:
 * the plan decides again when the file's turn comes.
 */
export function needsConversion(run: Run, h: SourceHeader): boolean {
  if (!h.markdown.trim()) return false
  const { state, options } = run
  const question = state.questions.get(h.questionNumber)
  const choice =
    question && h.choiceNumber !== null ? state.choices.get(choiceKey(question.id, h.choiceNumber)) : undefined
  const imported = h.kind === 'question' ? question : choice ? state.advice.get(choice.id) : undefined
  if (!imported) return true
  return (options.status === 'draft' ? imported.source?.hash : imported.live.hash) !== h.sourceHash
}

/** An advice file: unchanged, in conflict with an editor's change of the advice or its choice text, or to write. */
export async function planAdvice(run: Run, h: SourceHeader): Promise<Plan> {
  const { options } = run
  const { choice, advice, choiceNumber, cmsContent, edited, live, lastImported } = adviceFacts(run, h)
  // The very file of the last import: decided without converting it (a no-op re-import stays fast).
  if (lastImported) return { outcome: 'unchanged' }
  const converted = await run.converter.body(h)
  // Another file with what the CMS already holds (e.g. an export imported back): nothing to
  // write and no editor's work at stake, even if the text was changed in the CMS.
  const newestIsLive = options.status === 'draft' || Boolean(advice?.live.newestIsLive && choice?.live.newestIsLive)
  if (live && newestIsLive && cmsContent !== null && cmsContent === contentHash([h.title], converted.body))
    return { outcome: 'unchanged' }
  // With --force an edited advice is rewritten even when the file itself did not change.
  if (edited && !options.force) {
    return conflict(run, h, `Soru ${h.questionNumber}, seçenek ${choiceNumber} reçetesi`, advice?.source?.importedAt)
  }
  return { outcome: 'write', converted }
}

/** A question file: unchanged, in conflict with an editor's change of the question, or to write. */
export async function planQuestion(run: Run, h: SourceHeader): Promise<Plan> {
  const { state, options } = run
  const { question, cmsContent, edited, live, lastImported } = questionFacts(run, h)
  if (lastImported) return { outcome: 'unchanged' }
  const converted = await run.converter.body(h)
  const newestIsLive = options.status === 'draft' || Boolean(question?.live.newestIsLive)
  const areaId = h.area ? state.areas.get(areaKey(h.area))?.id : question?.area
  const fileContent = areaId === undefined ? null : contentHash([h.title, areaId], converted.body)
  if (live && newestIsLive && cmsContent !== null && cmsContent === fileContent) return { outcome: 'unchanged' }
  if (edited && !options.force) return conflict(run, h, `Soru ${h.questionNumber}`, question?.source?.importedAt)
  return { outcome: 'write', converted }
}
