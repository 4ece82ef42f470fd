import { en } from '@/site/assessment-texts/en'
import { tr, type AssessmentText } from '@/site/assessment-texts/tr'
import type { Locale } from '@/shared/locales'

/** Texts of the self-assessment flow. A language without its own entry reads the English ones. */
const dictionaries: Partial<Record<string, AssessmentText>> = { tr, en }

export const assessmentText = (locale: Locale): AssessmentText => dictionaries[locale] ?? en
