import { createLocalReq } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  countStatesAndParagraphs,
  outdatedTotals,
  outdatedTotalsByRows,
} from '@/cms/translation-status/outdated-paragraphs'
import { usePayload } from '@tests/support/boot'
import { createPublishedAdvice } from '@tests/support/content'
import { paragraphs } from '@tests/support/lexical'

/**
 * The dashboard's English figures (issue 25): outdated translations counted with their
 * paragraphs summed. Three English translations become outdated as their Turkish changes (1 of
 * 3 paragraphs, 2 of 4, and one whose row has no counts, as a translation made before
 * paragraphs were kept), one stays current; the sums the database makes match the rows.
 */
const ctx = usePayload()

async function translated(number: number, turkish: string[], changed: string[] | null) {
  const { advice } = await createPublishedAdvice(ctx.payload, number, turkish[0])
  const update = (locale: 'tr' | 'en', texts: string[]) =>
    ctx.payload.update({
      collection: 'advice',
      id: advice.id,
      locale,
      data: { body: paragraphs(...texts), _status: 'published' },
      ...(locale === 'en' ? { publishSpecificLocale: 'en' } : {}),
    })
  await update('tr', turkish)
  await update(
    'en',
    turkish.map((_, i) => `English paragraph ${number}.${i + 1}.`),
  )
  if (changed) await update('tr', changed)
  return String(advice.id)
}

beforeAll(async () => {
  await translated(1, ['Bir.', 'İki.', 'Üç.'], ['Bir, değişti.', 'İki.', 'Üç.'])
  await translated(2, ['Dört.', 'Beş.', 'Altı.', 'Yedi.'], ['Dört.', 'Beş, değişti.', 'Altı, değişti.', 'Yedi.'])
  const old = await translated(3, ['Sekiz.', 'Dokuz.'], ['Sekiz, değişti.', 'Dokuz.'])
  await translated(4, ['On.'], null)
  const { docs } = await ctx.payload.find({
    collection: 'translation-states',
    where: { and: [{ document: { equals: old } }, { locale: { equals: 'en' } }] },
  })
  expect(docs[0]).toMatchObject({ status: 'outdated', unitsTotal: 2, unitsChanged: 1 })
  await ctx.payload.db.updateOne({
    collection: 'translation-states',
    id: docs[0]!.id,
    data: { unitsTotal: null, unitsChanged: null },
    returning: false,
  })
})

describe("the dashboard's outdated translations", () => {
  it('are counted with their paragraphs summed, those without counts said apart', async () => {
    const req = await createLocalReq({}, ctx.payload)
    expect(await countStatesAndParagraphs(req, 'advice', 'en')).toEqual({
      missing: 0,
      outdated: 3,
      current: 1,
      paragraphs: { total: 7, changed: 3, uncounted: 1 },
    })
  })

  it('are summed by the database as they are read row by row', async () => {
    const req = await createLocalReq({}, ctx.payload)
    expect(await outdatedTotals(req, 'advice', 'en')).toEqual(await outdatedTotalsByRows(req, 'advice', 'en'))
    expect(await outdatedTotals(req, 'questions', 'en')).toEqual({
      outdated: 0,
      paragraphs: { total: 0, changed: 0, uncounted: 0 },
    })
  })
})
