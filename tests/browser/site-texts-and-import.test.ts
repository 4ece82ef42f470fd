import { execFileSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { describe, expect, inject, it } from 'vitest'

import { useBrowser } from '@tests/support/browser'
import { browserTestSecret } from '@tests/support/browser-setup'
import { richText, siteApi } from '@tests/support/site-api'

/** Editors change the site's wording without a developer; imports reach a running site. */
const ctx = useBrowser()
const api = siteApi(ctx.baseUrl)

async function within2s(path: string, check: (html: string) => boolean): Promise<boolean> {
  const deadline = Date.now() + 2000
  for (;;) {
    if (check(await (await fetch(`${ctx.baseUrl}${path}`)).text())) return true
    if (Date.now() > deadline) return false
    await new Promise((r) => setTimeout(r, 100))
  }
}

describe('site texts', () => {
  it('a fresh install has an introduction, an about page and an accessibility statement in both languages', async () => {
    const page = await ctx.newPage()
    await page.goto('/tr/accessibility')
    expect(await page.locator('h1').innerText()).toBe('Erişilebilirlik beyanı')
    await expect(page.getByText('WCAG 2.2 AA').first().isVisible()).resolves.toBe(true)
    await page.goto('/en/about')
    expect(await page.locator('h1').innerText()).toBe('About ROTA')
  })

  it('an editor’s published change of the introduction is on the home page within 2 seconds', async () => {
    const token = await api.editorToken('texts-editor@example.org')
    const updated = await api.call('globals/site-texts?locale=tr', {
      method: 'POST',
      token,
      body: JSON.stringify({ intro: richText('Yeni giriş metni: reçetelerimizi keşfedin.'), _status: 'published' }),
    })
    expect(updated.status).toBe(200)
    expect(await within2s('/tr', (html) => html.includes('Yeni giriş metni: reçetelerimizi keşfedin.'))).toBe(true)
  })
})

describe('import into a running site', () => {
  it('the CLI with SERVER_URL makes the changed pages show the new text within seconds', async () => {
    expect(await (await fetch(`${ctx.baseUrl}/tr/questions/3`)).text()).toContain('Stratejik plan')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-live-import-'))
    writeFileSync(
      path.join(dir, 'soru-3.md'),
      '---\ntitle: Örgütünüzün yazılı bir stratejik planı var mı?\nquestion_id: 3\narea: Yönetişim\n---\nCanlı içe aktarmayla güncellenen açıklama.\n',
    )
    execFileSync('npm', ['run', '-s', 'import', '--', dir], {
      env: {
        ...process.env,
        DATABASE_URI: inject('databaseUri'),
        PAYLOAD_SECRET: browserTestSecret,
        SERVER_URL: ctx.baseUrl,
      },
      stdio: 'pipe',
    })
    expect(
      await within2s('/tr/questions/3', (html) => html.includes('Canlı içe aktarmayla güncellenen açıklama.')),
    ).toBe(true)
  })

  it('readers cannot trigger the revalidation that the CLI uses', async () => {
    const response = await fetch(`${ctx.baseUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'x-rota-signature': `${Date.now()}.deadbeef` },
    })
    expect(response.status).toBe(401)
  })
})
