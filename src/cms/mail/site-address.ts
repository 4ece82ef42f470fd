import { env } from '@/shared/server/environment'

/**
 * The site's address for links in e-mails: SERVER_URL, or the local start's own address. Never
 * the request's Host header, which anyone can write (Payload leaves a reset link without an
 * address rather than trust it).
 */
export const siteAddress = (): string => (env().SERVER_URL ?? `http://localhost:${env().PORT}`).replace(/\/$/, '')
