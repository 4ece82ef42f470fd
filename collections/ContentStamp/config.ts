import type { GlobalConfig } from 'payload'

/**
 * One value that changes whenever readers' content changes, in the database every instance of
 * the app shares. Each instance watches it (src/cli/content-watch.ts) and refreshes its own
 * page caches when another instance, or the import, published something. Nobody reads or
 * writes it over the API; only the server does, with overrideAccess.
 */
export const ContentStamp: GlobalConfig = {
  slug: 'content-stamp',
  label: { tr: 'İçerik damgası', en: 'Content stamp' },
  admin: { hidden: true },
  graphQL: false,
  access: {
    read: () => false,
    update: () => false,
  },
  fields: [{ name: 'stamp', type: 'text' }],
}
