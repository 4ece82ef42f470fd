/**
 * The computed titles of choices and advice, as the collections' hooks store them and as the
 * import writes them directly (so both agree to the letter).
 */

/** "Soru 16 · Seçenek 2": the advice's title in admin lists and pickers. */
export const adviceTitle = (questionNumber: number | undefined, choiceNumber: number | undefined) =>
  `Soru ${questionNumber ?? '?'} · Seçenek ${choiceNumber ?? '?'}`

/** "16.2 · Sosyal medya hesaplarımız var…": a choice told apart from all others ("16.2" without a label). */
export const choiceTitle = (questionNumber: number | undefined, number: number, label: string) =>
  label.trim() ? `${questionNumber ?? '?'}.${number} · ${label.trim()}` : `${questionNumber ?? '?'}.${number}`
