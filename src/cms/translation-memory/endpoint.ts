import type { Endpoint } from 'payload'

import { noStore, refuse } from '@/cms/endpoints/endpoint-answers'
import { messages } from '@/cms/messages'
import { translationLocales } from '@/cms/translation-status/read'
import { lookupMemory } from '@/cms/translation-memory/lookup'
import { limits } from '@/shared/limits'
import { isStaff } from '@/shared/roles'

/**
 * GET /api/translation-memory?locale=en&text=<Turkish paragraph>[&limit=5] (staff): the
 * remembered translations of paragraphs like this one, `{ source, target, score, document }`
 * best first (src/cms/translation-memory/lookup.ts). Anonymous callers get 401, anything else
 * than one Turkish paragraph in a translated language a 400 naming the parameter.
 */
export const translationMemoryEndpoint: Endpoint = {
  path: '/translation-memory',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return refuse(req, messages.translationMemoryStaffOnly, 401)
    if (!isStaff(req.user)) return refuse(req, messages.translationMemoryStaffOnly, 403)
    const query = new URL(req.url ?? 'http://x').searchParams
    const locale = query.get('locale') ?? ''
    if (!translationLocales().includes(locale)) return refuse(req, messages.translationMemoryLocale, 400)
    const texts = query.getAll('text')
    const text = texts[0] ?? ''
    if (texts.length !== 1 || text.trim() === '' || text.length > limits.translationMemory.textChars)
      return refuse(req, messages.translationMemoryText, 400)
    const asked = query.get('limit')
    const limit = asked === null ? 5 : Number(asked)
    if (!Number.isInteger(limit) || limit < 1 || limit > limits.translationMemory.results)
      return refuse(req, messages.translationMemoryLimit, 400)
    return Response.json(await lookupMemory(req.payload, locale, text, limit), { headers: noStore })
  },
}
