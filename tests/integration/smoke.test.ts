import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Payload } from 'payload'

import { bootPayload } from '../support/payload'

let payload: Payload
let cleanup: () => Promise<void>
beforeAll(async () => {
  ;({ payload, cleanup } = await bootPayload())
})
afterAll(async () => cleanup?.())

it('boots', async () => {
  const area = await payload.create({ collection: 'areas', data: { title: 'Kaynak Geliştirme', _status: 'published' } })
  expect(area.slug).toBe('kaynak-gelistirme')
})
