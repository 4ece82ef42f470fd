import type { Page } from 'playwright-core'
import { beforeAll, describe, expect, it } from 'vitest'

import { seriousViolations } from '@tests/support/axe'
import { useBrowser } from '@tests/support/browser'
import { richText, siteApi } from '@tests/support/site-api'

/** The public site as readers use it: every route, languages, search, accessibility. */
const ctx = useBrowser()
const api = siteApi(ctx.baseUrl)
let token: string

async function publishAdvice(
  questionNumber: number,
  questionText: string,
  label: string,
  body: string,
  status: 'published' | 'draft' = 'published',
) {
  const draft = status === 'draft' ? '&draft=true' : ''
  const question = await api.call(`questions?locale=tr${draft}`, {
    method: 'POST',
    token,
    body: JSON.stringify({ number: questionNumber, text: questionText, _status: status }),
  })
  const choice = await api.call(`choices?locale=tr${draft}`, {
    method: 'POST',
    token,
    body: JSON.stringify({ question: question.json.doc.id, number: 1, label, _status: status }),
  })
  const advice = await api.call(`advice?locale=tr${draft}`, {
    method: 'POST',
    token,
    body: JSON.stringify({ choice: choice.json.doc.id, body: richText(body), _status: status }),
  })
  expect(advice.status).toBe(201)
  return { question: question.json.doc, choice: choice.json.doc, advice: advice.json.doc }
}

beforeAll(async () => {
  token = await api.editorToken()
  await publishAdvice(
    40,
    'Yönetim kurulunuz düzenli toplanıyor mu?',
    'Evet, İstanbul ofisimizde ayda bir.',
    'Örgütünüzün yönetim kurulu kararlarını yazılı olarak paylaşın.',
  )
  await publishAdvice(41, 'Gizli taslak soru', 'Taslak seçenek', 'Zeytinyağı taslak metni', 'draft')
})

describe('home and navigation', () => {
  it('lists the areas with their questions, and switches language on the same page', async () => {
    const page = await ctx.newPage()
    await page.goto('/tr')
    await expect(page.getByRole('heading', { name: 'İletişim' }).isVisible()).resolves.toBe(true)
    await page.getByRole('link', { name: /Örgütünüz sosyal medyayı nasıl kullanıyor/ }).click()
    await page.waitForURL('**/tr/questions/16')
    await page.getByRole('navigation', { name: 'Dil seçimi' }).getByRole('link', { name: 'English' }).click()
    await page.waitForURL('**/en/questions/16')
    expect(await page.locator('h1').innerText()).toBe('How does your organisation use social media?')
  })

  it('under /en marks untranslated areas and questions as Turkish, visibly and with lang', async () => {
    const page = await ctx.newPage()
    await page.goto('/en')
    const translated = page.getByRole('link', { name: /How does your organisation use social media/ })
    expect(await translated.locator('.fallback-mark').count()).toBe(0)
    const untranslated = page.locator('.question-list a[href="/en/questions/3"]')
    expect(await untranslated.innerText()).toMatch(/\(in Turkish\)$/)
    expect(await untranslated.locator('[lang="tr-TR"]').count()).toBe(1)
  })
})

describe('advice page', () => {
  it('has the choice as heading, the advice, its resources, the last update and the other choices', async () => {
    const page = await ctx.newPage()
    await page.goto('/tr/questions/16/2')
    expect(await page.locator('h1').innerText()).toBe('Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.')
    const resources = page.locator('.advice-resources li a')
    expect(await resources.count()).toBe(14)
    expect(
      await page.locator('.advice-resources a', { hasText: 'Web ve Sosyal Medya Yönetimi' }).getAttribute('href'),
    ).toBe('https://www.stgm.org.tr/sites/default/files/2020-09/web-ve-sosyal-medya-yonetimi-rehberi.pdf')
    expect(await page.locator('time').getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    const others = await page.locator('.other-choices li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(others).toEqual(['/tr/questions/16/1', '/tr/questions/16/3'])
  })

  it('under /en shows an untranslated advice in Turkish, marked lang="tr" with a note, and offers no English alternate', async () => {
    const page = await ctx.newPage()
    await page.goto('/en/questions/16/2')
    await expect(page.getByText('has not been translated into English yet').first().isVisible()).resolves.toBe(true)
    expect(
      await page
        .locator('.advice')
        .first()
        .evaluate((el) => el.closest('[lang]')?.getAttribute('lang')),
    ).toBe('tr-TR')
    const hreflangs = await page
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')))
    expect(hreflangs).not.toContain('en')
    expect(hreflangs).toContain('x-default')
    const translated = await ctx.newPage()
    await translated.goto('/en/questions/16/1')
    const alternates = await translated
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((ls) => ls.map((l) => l.getAttribute('hreflang')))
    expect(alternates).toEqual(expect.arrayContaining(['tr-TR', 'en', 'x-default']))
    expect(await translated.locator('link[rel="canonical"]').getAttribute('href')).toMatch(/\/en\/questions\/16\/1$/)
  })

  it('unknown or draft-only questions and choices are a helpful 404 in the reader’s language', async () => {
    const page = await ctx.newPage()
    for (const [path, title] of [
      ['/en/questions/999', 'Page not found'],
      ['/tr/questions/16/9', 'Sayfa bulunamadı'],
      ['/tr/questions/41', 'Sayfa bulunamadı'],
      ['/tr/questions/41/1', 'Sayfa bulunamadı'],
      ['/olmayan-sayfa', 'Sayfa bulunamadı'],
      ['/en/no/such/page', 'Page not found'],
    ]) {
      const response = await page.goto(path)
      expect(response?.status(), path).toBe(404)
      expect(await page.locator('h1').innerText()).toBe(title)
      await expect(page.locator('form[role="search"]').isVisible()).resolves.toBe(true)
      // The site's frame stays: navigation, language switch to the home pages, footer, a telling title.
      expect(
        await page
          .locator('header.site-header .language-switch a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href'))),
      ).toEqual(['/tr', '/en'])
      await expect(page.locator('footer.site-footer').isVisible()).resolves.toBe(true)
      await expect.poll(() => page.title()).toMatch(new RegExp(`^${title} · ROTA`))
    }
  })
})

describe('resource library', () => {
  it('lists cited resources with their URL as href and filters them by kind', async () => {
    const page = await ctx.newPage()
    await page.goto('/tr/resources')
    const all = await page.locator('#resource-library > li').count()
    expect(all).toBeGreaterThanOrEqual(14)
    await page.getByLabel('Tür').selectOption({ label: 'Video (10)' })
    await page.getByRole('button', { name: 'Göster' }).click()
    await page.waitForURL(/kind=video/)
    const shown = page.locator('#resource-library > li')
    expect(await shown.count()).toBe(10)
    expect(await shown.first().locator('a').first().getAttribute('href')).toMatch(
      /^https:\/\/www\.youtube\.com\/watch\?v=/,
    )
    await page.goto('/tr/resources?kind=document')
    expect(await page.locator('#resource-library > li').count()).toBe(1)
    expect(await page.getByLabel('Tür').inputValue()).toBe('document')
  })
})

describe('search', () => {
  const results = async (query: string) => {
    const page = await ctx.newPage()
    const response = await page.goto(`/tr/search?q=${encodeURIComponent(query)}`)
    expect(response?.status()).toBe(200)
    return { page, titles: await page.locator('.search-results a').allInnerTexts() }
  }

  it('is case- and diacritic-insensitive with Turkish casing, and matches word beginnings', async () => {
    expect((await results('orgut')).titles.length).toBeGreaterThan(0)
    expect((await results('YÖNETİM KURULU')).titles).toContain('Evet, İstanbul ofisimizde ayda bir.')
    expect((await results('istanbul')).titles).toContain('Evet, İstanbul ofisimizde ayda bir.')
    // Its label may carry the admin test's edit ("Hayır, henüz …"): the browser tests share one site.
    expect((await results('kurul')).titles).toContainEqual(
      expect.stringMatching(/^Hayır, (henüz )?stratejik planımız yok\.$/),
    )
  })

  it('ranks title matches first and links to the pages', async () => {
    const { page, titles } = await results('yönetim kurulu')
    expect(titles[0]).toBe('Yönetim kurulunuz düzenli toplanıyor mu?')
    await page.locator('.search-results a').first().click()
    await page.waitForURL('**/tr/questions/40')
  })

  it('says so for an empty search and for no hits, and never finds drafts', async () => {
    const empty = await results('')
    await expect(empty.page.getByText('Aramak istediğiniz sözcükleri yazın').isVisible()).resolves.toBe(true)
    const none = await results('zeytinyağı')
    expect(none.titles).toEqual([])
    await expect(none.page.getByText('Bu aramayla eşleşen bir sonuç bulunamadı').isVisible()).resolves.toBe(true)
  })
})

describe('freshness and drafts', () => {
  it('publishing, unpublishing and deleting update the public pages within 2 seconds', async () => {
    const made = await publishAdvice(42, 'Tazelik sorusu', 'Tazelik seçeneği', 'İlk yayımlanan metin')
    const read = async (path: string) => {
      const response = await fetch(`${ctx.baseUrl}${path}`)
      return { status: response.status, html: await response.text() }
    }
    const within2s = async (path: string, check: (r: { status: number; html: string }) => boolean) => {
      const deadline = Date.now() + 2000
      for (;;) {
        const r = await read(path)
        if (check(r)) return true
        if (Date.now() > deadline) return false
        await new Promise((res) => setTimeout(res, 100))
      }
    }
    expect((await read('/tr/questions/42/1')).html).toContain('İlk yayımlanan metin')

    await api.call(`advice/${made.advice.id}?locale=tr`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ body: richText('İkinci yayımlanan metin'), _status: 'published' }),
    })
    expect(await within2s('/tr/questions/42/1', (r) => r.html.includes('İkinci yayımlanan metin'))).toBe(true)

    await api.call(`advice/${made.advice.id}?locale=tr&draft=true`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ body: richText('Yayımlanmamış taslak') }),
    })
    expect((await read('/tr/questions/42/1')).html).not.toContain('Yayımlanmamış taslak')

    await api.call(`advice/${made.advice.id}?locale=tr`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ _status: 'draft' }),
    })
    expect(await within2s('/tr/questions/42/1', (r) => r.status === 404)).toBe(true)
    expect(await within2s('/sitemap.xml', (r) => !r.html.includes('/tr/questions/42/1<'))).toBe(true)

    await api.call(`advice/${made.advice.id}?locale=tr`, {
      method: 'PATCH',
      token,
      body: JSON.stringify({ _status: 'published' }),
    })
    expect(await within2s('/tr/questions/42/1', (r) => r.status === 200)).toBe(true)
    const refused = await api.call(`questions/${made.question.id}`, { method: 'DELETE', token })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(refused.json)).toContain('önce seçeneklerini silin')
    await api.call(`advice/${made.advice.id}`, { method: 'DELETE', token })
    expect(await within2s('/tr/questions/42/1', (r) => r.status === 404)).toBe(true)
    expect(await within2s('/tr/search?q=tazelik', (r) => !r.html.includes('/tr/questions/42/1'))).toBe(true)
  })

  it('only a signed-in editor can enter the draft preview', async () => {
    const denied = await fetch(`${ctx.baseUrl}/preview?path=/tr/questions/41`, { redirect: 'manual' })
    expect(denied.status).toBe(401)
    expect(await denied.text()).not.toContain('Gizli taslak soru')
    // The refusal offers the admin's sign-in, which brings the editor back to the preview.
    const page = await ctx.newPage()
    await page.goto('/preview?path=/tr/questions/41')
    await page.getByRole('link', { name: 'Yönetim paneline giriş yapın' }).click()
    await page.fill('#field-email', 'site-editor@example.org')
    await page.fill('#field-password', 'site-editor-password-1')
    await page.click('button[type="submit"]')
    await page.waitForURL('**/tr/questions/41')
    expect(await page.locator('h1').innerText()).toBe('Gizli taslak soru')
    await expect(page.getByText('Önizleme: yayımlanmamış taslaklar gösteriliyor.').isVisible()).resolves.toBe(true)
    await page.getByRole('link', { name: 'Önizlemeden çık' }).click()
    await page.waitForURL('**/tr/questions/41')
    expect(await page.locator('h1').innerText()).toBe('Sayfa bulunamadı')
  })
})

describe('for search engines', () => {
  it('robots.txt keeps crawlers out of the admin and the API; the sitemap lists only published translations', async () => {
    const robots = await (await fetch(`${ctx.baseUrl}/robots.txt`)).text()
    expect(robots).toMatch(/Disallow: \/admin/)
    expect(robots).toMatch(/Disallow: \/api/)
    const sitemap = await (await fetch(`${ctx.baseUrl}/sitemap.xml`)).text()
    expect(sitemap).toContain('/tr/questions/16/2</loc>')
    expect(sitemap).toContain('/en/questions/16/1</loc>')
    expect(sitemap).not.toContain('/en/questions/16/2</loc>')
    expect(sitemap).not.toContain('/questions/41')
  })
})

describe('accessibility and layout', () => {
  const pages = [
    '/tr',
    '/tr/questions/16',
    '/tr/questions/16/2',
    '/en/questions/16/2',
    '/tr/resources',
    '/tr/search?q=kurul',
    '/tr/about',
    '/tr/accessibility',
    '/tr/questions/999',
  ]

  /**
   * Next.js sends a 404 as an empty shell that the browser fills in (vercel/next.js#62228), so
   * the checks wait for the page's main landmark rather than the first byte.
   */
  const open = async (page: Page, path: string) => {
    await page.goto(path)
    await page.locator('main#main').waitFor()
  }

  it.each(pages)('%s has no serious or critical axe-core violations', async (path) => {
    const page = await ctx.newPage()
    await open(page, path)
    expect(await seriousViolations(page)).toEqual([])
  })

  it.each(pages)('%s fits a 320 px wide screen without sideways scrolling', async (path) => {
    const page = await ctx.newPage()
    await page.setViewportSize({ width: 320, height: 640 })
    await open(page, path)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320)
  })

  it('keyboard users reach the content with the skip link and see where the focus is', async () => {
    const page = await ctx.newPage()
    await page.goto('/tr/questions/16')
    await page.keyboard.press('Tab')
    const skip = page.locator('.skip-link')
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true)
    expect(await skip.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main')
  })

  it('prints an advice page with its links written out and without the navigation', async () => {
    const page = await ctx.newPage()
    await page.goto('/tr/questions/16/2')
    await page.emulateMedia({ media: 'print' })
    const after = await page
      .locator('.advice a')
      .first()
      .evaluate((a) => getComputedStyle(a, '::after').content)
    expect(after).toContain('https://www.stgm.org.tr/stok-ogrenme-platformu')
    expect(await page.locator('.main-nav').isVisible()).toBe(false)
  })
})
