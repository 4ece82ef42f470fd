import { visibleText } from '@content-import/visible-text'

type PayloadValidation = { name?: string; data?: { errors?: { path?: string; message?: string }[] } }

/**
 * An unexpected write error as one short line of the import report, in Turkish where we know
 * the case: a document the database already holds under the same unique value (another import,
 * or an editor in the CMS, wrote it between the plan and the write) or a field Payload refused.
 * Anything else keeps the driver's first line, at most 200 characters: a database error's
 * message can hold the whole SQL statement with every value (megabytes for a file with many links).
 */
export function failureText(error: unknown): string {
  const cause = (error as { cause?: { message?: unknown } }).cause?.message
  const text = String(typeof cause === 'string' ? cause : ((error as Error)?.message ?? error)).split('\n')[0]
  const sqlite = /UNIQUE constraint failed: ([\w.]+)/.exec(text)
  const mongo = /E11000 duplicate key error.*? index: (\S+)/.exec(text)
  if (sqlite || mongo)
    return `veritabanında aynı değere sahip bir kayıt zaten var (${visibleText((sqlite ?? mongo)![1])} benzersiz olmalı); içe aktarma sürerken CMS'te ya da başka bir içe aktarmada oluşturulmuş olabilir. İçe aktarmayı yeniden çalıştırın.`
  const validation = (error as PayloadValidation).name === 'ValidationError' ? (error as PayloadValidation).data : null
  if (validation?.errors?.length) {
    const fields = validation.errors.map((e) =>
      /unique/i.test(e.message ?? '') ? `"${e.path}" (aynı değer başka bir belgede var)` : `"${e.path}"`,
    )
    return visibleText(`CMS şu alanları kabul etmedi: ${fields.join(', ')}`.slice(0, 200))
  }
  return visibleText(text.length > 200 ? `${text.slice(0, 197)}…` : text)
}
