import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { env } from '@/shared/server/environment'

/**
 * Where `npm start` serves the local instance (the default SQLite database under ./data),
 * so that an import on the same machine refreshes it without SERVER_URL, whatever PORT it
 * was started with. Like the local secret, only for the default database: a deployment names
 * its database and its SERVER_URL.
 */
const siteFile = (root: string) => path.join(root, 'data', '.site-url')

export function rememberLocalSite(root: string, url: string): () => void {
  if (env().DATABASE_URI) return () => {}
  mkdirSync(path.dirname(siteFile(root)), { recursive: true })
  writeFileSync(siteFile(root), url)
  return () => rmSync(siteFile(root), { force: true })
}

export function localSiteUrl(root: string): string | null {
  if (env().DATABASE_URI || !existsSync(siteFile(root))) return null
  return readFileSync(siteFile(root), 'utf8').trim() || null
}
