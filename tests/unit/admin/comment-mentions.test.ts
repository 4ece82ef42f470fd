import { describe, expect, it } from 'vitest'

import { insertMention, mentionedIn, typedMention, unpickedMentions } from '@/cms/admin/comments/mentions'
import { commentTexts } from '@/cms/admin/comments/texts'

/**
 * A comment's @mentions as the form reads them: the name being typed before the caret, the
 * picked name written in its place, and every "@word" no one was picked for, which the form
 * holds back (the server only ever sees the picked people's ids).
 */
const can = { id: '7', name: 'Can Çevirmen' }
const ayse = { id: '8', name: 'Ayşe' }

describe('comment mentions', () => {
  it('offers names for the "@letters" just before the caret, not in addresses', () => {
    expect(typedMention('Bakar mısın @Ca', 15)).toBe('Ca')
    expect(typedMention('@Ca sonra', 3)).toBe('Ca')
    expect(typedMention('@Ca sonra', 9)).toBeUndefined()
    expect(typedMention('yaz: ayse@example.org', 21)).toBeUndefined()
  })

  it('writes the picked name where the letters were, the caret after it', () => {
    expect(insertMention('Bakar mısın @Ca', 15, can.name)).toEqual({
      text: 'Bakar mısın @Can Çevirmen ',
      caret: 26,
    })
    // In the middle of the text the space already there is kept single, the caret past it.
    expect(insertMention('@Ca bakar mısın', 3, can.name)).toEqual({ text: '@Can Çevirmen bakar mısın', caret: 14 })
  })

  it('finds each "@word" that begins no picked name, and only those', () => {
    expect(unpickedMentions('@Can Çevirmen ve @Ay bakın', [can])).toEqual(['@Ay'])
    expect(unpickedMentions('@Ca, @Ca ve @Ayşe', [ayse])).toEqual(['@Ca'])
    expect(unpickedMentions('@Can Çevirmen ve @Ayşe, e-posta: a@b.org @ 5 @!', [can, ayse])).toEqual([])
    // A picked name taken out of the text is no mention any more.
    expect(mentionedIn('@Ayşe bakın', [can, ayse])).toEqual([ayse])
  })

  it('says so in both languages', () => {
    expect(commentTexts.tr.unpicked(['@Ca'])).toBe(
      '“@Ca” kimseyi anmıyor: listeden bir kişi seçin ya da @ işaretini kaldırın.',
    )
    expect(commentTexts.tr.unpicked(['@Ca', '@Ay'])).toMatch(/^“@Ca” ve “@Ay” kimseyi anmıyor/)
    expect(commentTexts.en.unpicked(['@Ca'])).toBe(
      '“@Ca” mentions nobody: pick a person from the list or remove the @.',
    )
    expect(commentTexts.en.unpicked(['@Ca', '@Ay'])).toMatch(/^“@Ca” and “@Ay” mention nobody/)
  })
})
