import { describe, expect, it } from 'vitest'

import { safePreviewPath } from '@/site/preview-path'

describe('the preview path', () => {
  it('is a page of this site', () => {
    expect(safePreviewPath('/tr/questions/16/2')).toBe('/tr/questions/16/2')
    expect(safePreviewPath('/en/search?q=kurul')).toBe('/en/search?q=kurul')
    for (const bad of [
      null,
      '',
      'https://evil.example',
      '//evil.example',
      '/\\evil.example',
      '/admin',
      '/xx/questions',
    ]) {
      expect(safePreviewPath(bad), String(bad)).toBeNull()
    }
  })

  it('never carries CR/LF or other control characters into the Location header (it was a 500)', () => {
    for (const bad of ['/tr/x\r\nSet-Cookie: a=b', '/tr/x\nX', '/tr/\u0000', '/tr/a b', `/tr/${'a'.repeat(2_001)}`]) {
      expect(safePreviewPath(bad), JSON.stringify(bad)).toBeNull()
    }
  })
})
