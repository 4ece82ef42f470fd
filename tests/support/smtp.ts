import type { AddressInfo } from 'node:net'

import { simpleParser, type ParsedMail } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * A real SMTP server in the test process: what it is sent, parsed as a mail client reads it. It
 * can be stopped and started again on the same port, as a mail server that goes down and returns.
 */
export async function startSmtpServer() {
  const received: ParsedMail[] = []
  let port = 0
  let server: SMTPServer | null = null
  const start = async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, done) {
        simpleParser(stream).then(
          (mail) => {
            received.push(mail)
            done()
          },
          (error: Error) => done(error),
        )
      },
    })
    await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve))
    port = (server.server.address() as AddressInfo).port
  }
  const stop = () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
  await start()
  return { received, url: () => `smtp://127.0.0.1:${port}`, stop, start }
}
