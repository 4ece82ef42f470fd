import { createServer, type Server } from 'node:net'

import { afterAll, describe, expect, it } from 'vitest'

import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'

/**
 * With SMTP_URL set (README, "E-mail"), a password reset reaches the user's inbox: here, a
 * minimal SMTP server on this machine that keeps what it is sent.
 */
const received: string[] = []
const smtp: Server = createServer((socket) => {
  let data: string | null = null
  socket.write('220 test ESMTP\r\n')
  socket.on('data', (chunk) => {
    const text = chunk.toString('utf8')
    if (data !== null) {
      data += text
      if (data.includes('\r\n.\r\n')) {
        received.push(data)
        data = null
        socket.write('250 ok\r\n')
      }
      return
    }
    for (const line of text.split('\r\n').filter(Boolean)) {
      const command = line.slice(0, 4).toUpperCase()
      if (command === 'DATA') {
        data = ''
        socket.write('354 go ahead\r\n')
      } else if (command === 'QUIT') socket.end('221 bye\r\n')
      else if (command === 'EHLO') socket.write('250-test\r\n250 OK\r\n')
      else socket.write('250 ok\r\n')
    }
  })
})
await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
process.env.SMTP_URL = `smtp://127.0.0.1:${(smtp.address() as { port: number }).port}`
process.env.EMAIL_FROM_ADDRESS = 'rota@stgm.example'
afterAll(() => new Promise<void>((resolve) => smtp.close(() => resolve())))

const ctx = usePayload()

describe('e-mail', () => {
  it('a password reset is sent through the SMTP server of SMTP_URL, from EMAIL_FROM_ADDRESS', async () => {
    await createCast(ctx.payload)
    await ctx.payload.forgotPassword({ collection: 'users', data: { email: 'editor@example.org' } })
    await expect.poll(() => received.length, { timeout: 10_000 }).toBe(1)
    expect(received[0]).toContain('To: editor@example.org')
    expect(received[0]).toContain('rota@stgm.example')
    expect(received[0]).toMatch(/reset/i)
  })
})
