import { beforeAll, describe, expect, it } from 'vitest'

import type { User } from '@payload-types'
import { usePayload } from '@tests/support/boot'
import { createCast, createDraftOnlyAdvice, createPublishedAdvice, type Cast } from '@tests/support/content'
import { paragraphs, textOf } from '@tests/support/lexical'

/**
 * Every cell of the role table, through the Local API with access control on
 * (`overrideAccess: false`), the way REST and GraphQL requests are checked.
 */
const ctx = usePayload()
let cast: Cast
let published: Awaited<ReturnType<typeof createPublishedAdvice>>
let draftOnly: Awaited<ReturnType<typeof createDraftOnlyAdvice>>

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  published = await createPublishedAdvice(ctx.payload, 1)
  draftOnly = await createDraftOnlyAdvice(ctx.payload, 2)
})

type Who = 'anonymous' | keyof Cast
const userOf = (who: Who): User | undefined => (who === 'anonymous' ? undefined : cast[who])
const as = (who: Who) => ({ overrideAccess: false, user: userOf(who) })

async function outcome(run: () => Promise<unknown>): Promise<'allowed' | 'denied'> {
  try {
    await run()
    return 'allowed'
  } catch (error) {
    const status = (error as { status?: number }).status
    if (status === 401 || status === 403 || status === 404) return 'denied'
    throw error
  }
}

describe('read published', () => {
  it.each<Who>(['anonymous', 'translator', 'editor', 'admin'])('%s reads published advice', async (who) => {
    const doc = await ctx.payload.findByID({ collection: 'advice', id: published.advice.id, ...as(who) })
    expect(textOf(doc.body)).toBe('Yayımlanmış reçete')
  })
})

describe('read drafts and versions', () => {
  it('anonymous readers see no draft-only document, even asking for drafts', async () => {
    for (const draft of [false, true]) {
      const found = await ctx.payload.find({ collection: 'advice', draft, ...as('anonymous') })
      expect(found.docs.map((d) => d.id)).toEqual([published.advice.id])
      await expect(
        ctx.payload.findByID({ collection: 'advice', id: draftOnly.advice.id, draft, ...as('anonymous') }),
      ).rejects.toMatchObject({ status: 404 })
    }
  })

  it('anonymous readers cannot list versions', async () => {
    await expect(ctx.payload.findVersions({ collection: 'advice', ...as('anonymous') })).rejects.toMatchObject({
      status: 403,
    })
  })

  it.each<Who>(['translator', 'editor', 'admin'])('%s reads drafts and versions', async (who) => {
    const doc = await ctx.payload.findByID({ collection: 'advice', id: draftOnly.advice.id, draft: true, ...as(who) })
    expect(textOf(doc.body)).toBe('Gizli taslak reçete')
    const versions = await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: published.advice.id } },
      ...as(who),
    })
    expect(versions.totalDocs).toBeGreaterThan(0)
  })
})

describe('create and delete content', () => {
  const expected: Record<Who, 'allowed' | 'denied'> = {
    anonymous: 'denied',
    translator: 'denied',
    frenchTranslator: 'denied',
    editor: 'allowed',
    admin: 'allowed',
  }
  let next = 100
  it.each<Who>(['anonymous', 'translator', 'editor', 'admin'])('%s creating and deleting a question', async (who) => {
    const number = next++
    const created = await outcome(() =>
      ctx.payload.create({ collection: 'questions', draft: true, data: { number, text: 'Yeni soru' }, ...as(who) }),
    )
    expect(created).toBe(expected[who])
    const victim = await ctx.payload.create({
      collection: 'areas',
      data: { title: `Silinecek ${number}`, _status: 'published' },
    })
    const deleted = await outcome(() => ctx.payload.delete({ collection: 'areas', id: victim.id, ...as(who) }))
    expect(deleted).toBe(expected[who])
  })
})

describe('edit Turkish (default-language) fields', () => {
  it.each<[Who, 'allowed' | 'denied']>([
    ['anonymous', 'denied'],
    ['translator', 'denied'],
    ['editor', 'allowed'],
    ['admin', 'allowed'],
  ])('%s saving a Turkish draft: %s', async (who, expected) => {
    const result = await outcome(() =>
      ctx.payload.update({
        collection: 'advice',
        id: published.advice.id,
        locale: 'tr',
        draft: true,
        data: { body: paragraphs(`Türkçe taslak (${who})`) },
        ...as(who),
      }),
    )
    expect(result).toBe(expected)
  })
})

describe('edit fields in assigned languages', () => {
  it.each<[Who, 'allowed' | 'denied']>([
    ['anonymous', 'denied'],
    ['frenchTranslator', 'denied'],
    ['translator', 'allowed'],
    ['editor', 'allowed'],
    ['admin', 'allowed'],
  ])('%s saving an English draft: %s', async (who, expected) => {
    const result = await outcome(() =>
      ctx.payload.update({
        collection: 'choices',
        id: published.choice.id,
        locale: 'en',
        draft: true,
        data: { label: `English label (${who})` },
        ...as(who),
      }),
    )
    expect(result).toBe(expected)
  })

  it('a translator cannot change shared fields such as the choice number', async () => {
    await ctx.payload.update({
      collection: 'choices',
      id: published.choice.id,
      locale: 'en',
      draft: true,
      data: { number: 9, label: 'Translated label' },
      ...as('translator'),
    })
    const latest = await ctx.payload.findByID({
      collection: 'choices',
      id: published.choice.id,
      draft: true,
      locale: 'en',
    })
    expect(latest.number).toBe(1)
    expect(latest.label).toBe('Translated label')
  })
})

describe('publish', () => {
  it.each<[Who, 'allowed' | 'denied']>([
    ['anonymous', 'denied'],
    ['translator', 'denied'],
    ['editor', 'allowed'],
    ['admin', 'allowed'],
  ])('%s publishing English: %s', async (who, expected) => {
    const result = await outcome(() =>
      ctx.payload.update({
        collection: 'choices',
        id: published.choice.id,
        locale: 'en',
        data: { label: `Published by ${who}`, _status: 'published' },
        ...as(who),
      }),
    )
    expect(result).toBe(expected)
  })

  it('a translator cannot publish by leaving out the draft flag', async () => {
    const before = await ctx.payload.findByID({
      collection: 'choices',
      id: published.choice.id,
      locale: 'en',
      ...as('anonymous'),
    })
    for (const data of [{ label: 'Sneaky live edit' }, { label: 'Sneaky unpublish', _status: 'draft' as const }]) {
      await expect(
        ctx.payload.update({ collection: 'choices', id: published.choice.id, locale: 'en', data, ...as('translator') }),
      ).rejects.toMatchObject({ status: 403 })
    }
    const after = await ctx.payload.findByID({
      collection: 'choices',
      id: published.choice.id,
      locale: 'en',
      ...as('anonymous'),
    })
    expect(after.label).toBe(before.label)
    expect(after._status).toBe('published')
  })

  it('a translator cannot restore an old version', async () => {
    const versions = await ctx.payload.findVersions({
      collection: 'advice',
      where: { parent: { equals: published.advice.id } },
    })
    await expect(
      ctx.payload.restoreVersion({ collection: 'advice', id: versions.docs.at(-1)!.id, ...as('translator') }),
    ).rejects.toMatchObject({ status: 403 })
  })
})

describe('manage users', () => {
  it.each<[Who, 'allowed' | 'denied']>([
    ['anonymous', 'denied'],
    ['translator', 'denied'],
    ['editor', 'denied'],
    ['admin', 'allowed'],
  ])('%s creating a user: %s', async (who, expected) => {
    const result = await outcome(() =>
      ctx.payload.create({
        collection: 'users',
        data: { email: `new-${who}@example.org`, password: 'another-password-1', name: 'Yeni', role: 'editor' },
        ...as(who),
      }),
    )
    expect(result).toBe(expected)
  })

  it('an editor cannot make themselves an admin', async () => {
    await ctx.payload.update({ collection: 'users', id: cast.editor.id, data: { role: 'admin' }, ...as('editor') })
    const editor = await ctx.payload.findByID({ collection: 'users', id: cast.editor.id })
    expect(editor.role).toBe('editor')
  })

  it('an editor sees only their own account', async () => {
    const users = await ctx.payload.find({ collection: 'users', ...as('editor') })
    expect(users.docs.map((u) => u.email)).toEqual(['editor@example.org'])
  })
})
