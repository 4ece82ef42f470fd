import { describe, expect, it } from 'vitest'

import { requestLanguage } from '@/cms/request-guard/refusal'
import { defaultLocale, localeCodes } from '@/shared/locales'
import { preferredLanguage } from '@/shared/requests/preferred-language'

/** One reading of Accept-Language for the site's home redirect and for the language of a refusal. */
describe('the preferred language', () => {
  const site = (header: string | null) => preferredLanguage(header, localeCodes, defaultLocale)

  it.each([
    ['en-GB,en;q=0.9,tr;q=0.8', 'en'],
    ['EN-gb', 'en'],
    ['tr-TR,tr;q=0.9,en;q=0.8', 'tr'],
    ['de-DE, en;q=0.5', 'en'],
    ['en;q=0.1, tr;q=0.9', 'tr'],
    ['tr;q=0, en;q=0.1', 'en'],
    ['fr, de', 'tr'],
    ['*', 'tr'],
    ['', 'tr'],
    [null, 'tr'],
    [';;;,,,q=abc', 'tr'],
  ])('for the site: %j → %s', (header, expected) => {
    expect(site(header)).toBe(expected)
  })

  it('for a refusal: the admin’s language cookie first, then the browser’s preference among Turkish and English', () => {
    const request = (headers: Record<string, string>) => new Request('http://localhost/api/x', { headers })
    expect(requestLanguage(request({ 'accept-language': 'en-US,en;q=0.9' }))).toBe('en')
    // Not only the first choice: a German reader who also reads English gets English.
    expect(requestLanguage(request({ 'accept-language': 'de, en;q=0.7, tr;q=0.3' }))).toBe('en')
    expect(requestLanguage(request({ 'accept-language': 'de' }))).toBe('tr')
    expect(requestLanguage(request({ 'accept-language': 'en', cookie: 'a=1; payload-lng=tr' }))).toBe('tr')
  })
})
