import type { IncomingMessage } from 'node:http'

/** An editor's preview (Next.js draft mode): never served from a kept copy, never rewritten. */
export const inDraftMode = (req: IncomingMessage): boolean =>
  /(?:^|;\s*)__prerender_bypass=/.test(req.headers.cookie ?? '')
