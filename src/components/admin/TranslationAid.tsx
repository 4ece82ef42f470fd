'use client'

import { DefaultLanguageText, type ShownField } from './DefaultLanguageText'
import TranslatorNotice from './TranslatorNotice'

/** The top of every translatable form: what a translator may change, and the Turkish original. */
export default function TranslationAid({ fields }: { fields: ShownField[] }) {
  return (
    <>
      <TranslatorNotice />
      <DefaultLanguageText fields={fields} />
    </>
  )
}
