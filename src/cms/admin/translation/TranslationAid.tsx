'use client'

import { DefaultLanguageText, type ShownField } from '@/cms/admin/translation/DefaultLanguageText'
import { ReviewBanner } from '@/cms/admin/publishing/ReviewBanner'
import TranslatorNotice from '@/cms/admin/translation/TranslatorNotice'
import { TurkishChanges } from '@/cms/admin/translation/TurkishChanges'
import { UntranslatedMemory } from '@/cms/admin/translation/UntranslatedMemory'

/**
 * The top of every translatable form: what a translator may change, where the draft stands in
 * review (a returned draft's note), what changed in the Turkish since an outdated translation
 * was made (with the translation memory's suggestions for each changed paragraph), the memory's
 * suggestions for a translation not begun yet, and the Turkish original.
 */
export default function TranslationAid({ fields }: { fields: ShownField[] }) {
  return (
    <>
      <TranslatorNotice />
      <ReviewBanner />
      <TurkishChanges fields={fields} />
      <UntranslatedMemory fields={fields} />
      <DefaultLanguageText fields={fields} />
    </>
  )
}
