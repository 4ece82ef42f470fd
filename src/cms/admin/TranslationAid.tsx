'use client'

import { DefaultLanguageText, type ShownField } from '@/cms/admin/DefaultLanguageText'
import TranslatorNotice from '@/cms/admin/TranslatorNotice'

/** The top of every translatable form: what a translator may change, and the Turkish original. */
export default function TranslationAid({ fields }: { fields: ShownField[] }) {
  return (
    <>
      <TranslatorNotice />
      <DefaultLanguageText fields={fields} />
    </>
  )
}
