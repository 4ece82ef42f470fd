import type { GlobalBeforeOperationHook } from 'payload'

import { markGlobalRestore } from '@/cms/activity/hooks'
import { isLocale } from '@/shared/locales'
import { localize, messages } from '@/cms/messages'
import { otherLanguagesHavePendingDrafts } from '@/cms/hooks/pending-drafts'
import { isStaff, isTranslator } from '@/shared/roles'
import { Refused } from '@/cms/refused'

/**
 * The publishing rules of the collections (src/cms/hooks/publishing.ts), for the site texts:
 * readers never see drafts, translators save drafts only and restore nothing, and a publish
 * does not take another language's pending draft live with it.
 */
export const siteTextsPublishingRules: GlobalBeforeOperationHook = async ({
  args,
  global,
  operation,
  req,
  overrideAccess,
}) => {
  if (operation === 'read') {
    if (!overrideAccess && !isStaff(req.user)) (args as { draft?: boolean }).draft = false
    return args
  }
  if (operation === 'restoreVersion') {
    if (isTranslator(req.user)) throw new Refused(localize(req, messages.translatorsCannotRestore), 403)
    // Payload writes a global restored "as draft" over the live one: readers would lose every text.
    if ((args as { draft?: boolean }).draft) throw new Refused(localize(req, messages.siteTextsRestoreAsDraft), 400)
    markGlobalRestore(req)
    return args
  }
  if (operation !== 'update') return args
  const write = args as { draft?: boolean; data?: { _status?: string }; publishSpecificLocale?: string }
  const savingDraft = Boolean(write.draft) && write.data?._status !== 'published'
  // As for the collections: tells the activity log a draft save is not activity.
  req.context.savingDraft = savingDraft
  if (savingDraft) return args
  if (isTranslator(req.user)) throw new Refused(localize(req, messages.translatorsSaveDrafts), 403)
  // As for the collections (src/cms/hooks/publishing.ts): limited to one language only when another has a pending draft.
  if (isLocale(req.locale) && (await otherLanguagesHavePendingDrafts(req, { global: global.slug }, req.locale))) {
    write.publishSpecificLocale = req.locale
  } else {
    delete write.publishSpecificLocale
  }
  return args
}
