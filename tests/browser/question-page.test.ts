import { describe, expect, it } from 'vitest'

import { useBrowser } from '@tests/support/browser'

/** The real advice file, imported at first start, reads on the site as it did in the original rendering. */
const ctx = useBrowser()

describe('/tr/questions/16', () => {
  it('shows the question, its choices in order and the real advice faithfully', async () => {
    const page = await ctx.newPage()
    const response = await page.goto('/tr/questions/16')
    expect(response?.status()).toBe(200)
    expect(await page.getAttribute('html', 'lang')).toBe('tr-TR')
    expect(await page.locator('h1').innerText()).toBe('Örgütünüz sosyal medyayı nasıl kullanıyor?')

    const choiceIds = await page.locator('[id^="choice-"][id$="-title"]').evaluateAll((els) => els.map((e) => e.id))
    expect(choiceIds).toEqual(['choice-1-title', 'choice-2-title', 'choice-3-title'])

    const advice = page.locator('#choice-2')
    await expect(advice.locator('h3').innerText()).resolves.toContain(
      'Sosyal medya hesaplarımız var; ancak aktif kullanmıyoruz.',
    )
    const paragraphs = await advice.locator('.rich-text p').allInnerTexts()
    const tips = paragraphs.filter((p) => /^\d\. /.test(p)).map((p) => p.slice(0, 14))
    expect(tips).toEqual(['1. Plan yapın:', '2. Hedef kitle', '3. Sosyal medy', '4. Sosyal medy', '5. Deneyimleyi'])

    const text = await advice.innerText()
    expect(text).not.toContain('\\')
    expect(text).not.toContain('<u>')
    expect(text).toContain('“STÖ’ler için Sosyal Medya İpuçları Webinarı”')

    const stok = advice.getByRole('link', { name: 'STOK Çevrimiçi Öğrenme Platformu' })
    expect(await stok.getAttribute('href')).toBe('https://www.stgm.org.tr/stok-ogrenme-platformu')
    expect(await stok.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain('underline')

    const videos = await advice.locator('ul li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(videos).toHaveLength(10)
    expect(videos[0]).toBe(
      'https://www.youtube.com/watch?v=yOQZuMGcO7k&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=4',
    )
    for (const href of videos) expect(href).toMatch(/&list=PLNNUSz3jzVL64sskDhRNadAhwPdVsD14-&index=\d+$/)
  })

  it('is served in English under /en with <html lang="en">', async () => {
    const page = await ctx.newPage()
    await page.goto('/en/questions/16')
    expect(await page.getAttribute('html', 'lang')).toBe('en')
    expect(await page.locator('h1').innerText()).toBe('How does your organisation use social media?')
    expect(await page.locator('#choice-1 h3').innerText()).toContain('We have no social media accounts.')
  })

  it('answers an unknown question with a 404 page', async () => {
    const page = await ctx.newPage()
    const response = await page.goto('/tr/questions/999')
    expect(response?.status()).toBe(404)
    expect(await page.locator('h1').innerText()).toBe('Sayfa bulunamadı')
  })

  it('sends / to the reader’s language', async () => {
    const tr = await fetch(`${ctx.baseUrl}/`, { redirect: 'manual' })
    expect(tr.headers.get('location')).toBe('/tr')
    const en = await fetch(`${ctx.baseUrl}/`, {
      redirect: 'manual',
      headers: { 'Accept-Language': 'en-GB,en;q=0.9,tr;q=0.5' },
    })
    expect(en.headers.get('location')).toBe('/en')
  })
})
