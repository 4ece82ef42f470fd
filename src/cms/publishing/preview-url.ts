import { isLocale, defaultLocale } from '@/shared/locales'
import { routes } from '@/shared/routes'

type Doc = Record<string, unknown>
const num = (v: unknown) => (typeof v === 'number' ? v : null)

/**
 * Where a document appears on the site, through /preview so an editor sees its newest
 * draft ("view on site" in the admin, and the live preview beside the advice editor).
 */
export function previewUrl(collection: string, doc: Doc, localeArg: unknown): string | null {
  const locale = isLocale(localeArg) ? localeArg : defaultLocale
  let path: string | null = null
  if (collection === 'questions' && num(doc.number)) path = routes.question(locale, num(doc.number)!)
  if (collection === 'choices' && num(doc.questionNumber) && num(doc.number)) {
    path = `${routes.question(locale, num(doc.questionNumber)!)}#choice-${num(doc.number)}`
  }
  if (collection === 'advice' && num(doc.questionNumber) && num(doc.choiceNumber)) {
    path = routes.advice(locale, num(doc.questionNumber)!, num(doc.choiceNumber)!)
  }
  return path ? `/preview?path=${encodeURIComponent(path)}` : null
}
