import { request as httpRequest } from 'node:http'

export type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; body: string }

/**
 * One raw HTTP request to the running app, the path sent exactly as given and, with `from`,
 * from a chosen loopback address (127.0.0.x): per-address limits can then be tested without
 * touching the address the other tests use. With `slowBodyMs`, the body's first byte is sent at
 * once and the rest that much later, as a client on a slow line (or one holding requests open).
 */
export function sendRaw(
  baseUrl: string,
  path: string,
  options: {
    method?: string
    body?: string
    headers?: Record<string, string>
    from?: string
    slowBodyMs?: number
  } = {},
): Promise<RawResponse> {
  const url = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port: url.port,
        path,
        method: options.method ?? 'GET',
        headers: options.headers,
        localAddress: options.from,
      },
      (res) => {
        let body = ''
        res.setEncoding('utf8')
        res.on('data', (chunk: string) => (body += chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }))
      },
    )
    req.on('error', reject)
    if (!options.slowBodyMs || !options.body) return void req.end(options.body)
    const body = Buffer.from(options.body)
    req.setHeader('Content-Length', body.length)
    req.write(body.subarray(0, 1))
    setTimeout(() => req.end(body.subarray(1)), options.slowBodyMs)
  })
}
