import { describe, expect, it } from 'vitest'

import { importContent } from '@content-import/import'
import { usePayload } from '@tests/support/boot'
import { realSeed } from '@tests/fixtures/import'

/** Resources the import creates are ordinary, versioned documents with the editors' rules. */
const ctx = usePayload()

describe('resources created by the import', () => {
  it('have a first version, their title in the import language, and are read like any other', async () => {
    await importContent(ctx.payload, [realSeed], { locale: 'tr', status: 'published' })
    const { docs } = await ctx.payload.find({
      collection: 'resources',
      where: { url: { equals: 'https://www.stgm.org.tr/stok-ogrenme-platformu' } },
      overrideAccess: false,
    })
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({
      title: 'STOK Çevrimiçi Öğrenme Platformu',
      kind: 'course',
      publisher: 'STGM',
      _status: 'published',
    })
    const versions = await ctx.payload.findVersions({
      collection: 'resources',
      where: { parent: { equals: docs[0].id } },
    })
    expect(versions.totalDocs).toBe(1)
    expect(versions.docs[0].version.title).toBe('STOK Çevrimiçi Öğrenme Platformu')
    const english = await ctx.payload.findByID({
      collection: 'resources',
      id: docs[0].id,
      locale: 'en',
      fallbackLocale: false,
    })
    expect(english.title ?? null).toBeNull()
  })

  it('created as drafts stay invisible to readers', async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs')
    const dir = mkdtempSync('/tmp/rota-res-')
    writeFileSync(
      `${dir}/a.md`,
      '---\ntitle: Taslak\nquestion_id: 70\nchoice_id: 1\n---\n[Gizli rehber](https://example.org/gizli.pdf)\n',
    )
    await importContent(ctx.payload, [dir], { locale: 'tr', status: 'draft' })
    const reader = await ctx.payload.find({
      collection: 'resources',
      where: { url: { equals: 'https://example.org/gizli.pdf' } },
      overrideAccess: false,
    })
    expect(reader.docs).toHaveLength(0)
    const editor = await ctx.payload.find({
      collection: 'resources',
      where: { url: { equals: 'https://example.org/gizli.pdf' } },
      draft: true,
    })
    expect(editor.docs[0]).toMatchObject({ kind: 'document', _status: 'draft' })
  })
})
