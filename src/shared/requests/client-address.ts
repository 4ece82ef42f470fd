/**
 * The address of the client a request came from, decided once at the server's edge
 * (src/cli/serve.ts): the socket's peer, or with N trusted proxies in front (each appending
 * its peer to X-Forwarded-For) the address the outermost of them saw. What a client wrote in
 * X-Forwarded-For itself never counts beyond that.
 */
export function edgeClientAddress(
  forwardedFor: string | undefined,
  socketAddress: string | undefined,
  trustedProxies: number,
): string {
  const peer = socketAddress ?? 'unknown'
  if (trustedProxies === 0) return peer
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
    peer,
  ]
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]
}

/** The address the server's edge decided, which it passes on as the only X-Forwarded-For value. */
export const clientAddress = (request: Request): string =>
  request.headers.get('x-forwarded-for')?.split(',').at(-1)?.trim() || 'unknown'
