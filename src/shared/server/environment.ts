import { z } from 'zod'

/**
 * Every environment variable the app reads, in one schema: what a good value is, its default,
 * and what to do about a wrong one, in Turkish and English. `npm start` prints every problem at
 * once before it does anything (src/cli/start.ts); elsewhere the first read of a wrong
 * environment throws with the same lines. README's table of variables ("Environment variables")
 * lists exactly these (tests/unit/server/environment.test.ts). Node's and Next.js's own variables
 * (NODE_ENV, NEXT_PHASE) are theirs to define and are read where they are needed.
 *
 * A value is trimmed, and an empty one counts as unset (a `.env` line `PORT=` means the default).
 */
const flag = z
  .enum(['0', '1'])
  .default('0')
  .transform((value) => value === '1')
// 0: a free port the system picks (tests).
const port = z.coerce.number().int().min(0).max(65535)

const schema = z.object({
  DATABASE_URI: z
    .string()
    .regex(/^(file:|libsql:\/\/|mongodb(\+srv)?:\/\/)/)
    .optional(),
  PAYLOAD_SECRET: z.string().optional(),
  PORT: port.default(3000),
  SERVER_URL: z.url({ protocol: /^https?$/ }).optional(),
  REVALIDATE_URL: z.url({ protocol: /^https?$/ }).optional(),
  ADMIN_EMAIL: z.email().optional(),
  ADMIN_PASSWORD: z.string().optional(),
  ADMIN_NAME: z.string().optional(),
  LOAD_SAMPLE_CONTENT: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  EMAIL_FROM_ADDRESS: z.email().default('rota@localhost'),
  EMAIL_FROM_NAME: z.string().default('STGM ROTA'),
  NOTIFY_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(9),
  // Never below 5: with fewer, a figure about "organisations like yours" points at a few of them.
  INSIGHTS_MIN_GROUP: z.coerce.number().int().min(5).max(1000).default(10),
  LINK_CHECK_ALLOW_PRIVATE: flag,
  ROTA_LOG_TO_STDERR: flag,
  ROTA_RUN_JOBS: flag,
  ROTA_SQLITE_TRANSACTIONS: flag,
})

export type Environment = z.infer<typeof schema>
export type VariableName = keyof Environment

/** What a good value of each variable is, in Turkish and English; `secret` values are never printed. */
export const variableHelp: Record<VariableName, { tr: string; en: string; secret?: boolean }> = {
  DATABASE_URI: {
    tr: 'file:./data/cms.db gibi bir SQLite dosyası ya da mongodb://sunucu:27017/rota?replicaSet=rs0 olmalı',
    en: 'must be an SQLite file such as file:./data/cms.db or mongodb://host:27017/rota?replicaSet=rs0',
    secret: true,
  },
  PAYLOAD_SECRET: { tr: 'uzun rastgele bir değer olmalı', en: 'must be a long random value', secret: true },
  PORT: {
    tr: '0 ile 65535 arasında bir tam sayı olmalı, örneğin PORT=3000',
    en: 'must be a whole number from 0 to 65535, e.g. PORT=3000',
  },
  SERVER_URL: {
    tr: 'sitenin http:// ya da https:// ile başlayan adresi olmalı, örneğin SERVER_URL=https://rota.example.org',
    en: "must be the site's address starting with http:// or https://, e.g. SERVER_URL=https://rota.example.org",
  },
  REVALIDATE_URL: {
    tr: 'içe aktarmanın siteyi yenilemek için çağırdığı, http:// ile başlayan adres olmalı, örneğin REVALIDATE_URL=http://app:3000',
    en: 'must be the address, starting with http://, the import calls to refresh the site, e.g. REVALIDATE_URL=http://app:3000',
  },
  ADMIN_EMAIL: { tr: 'bir e-posta adresi olmalı', en: 'must be an e-mail address' },
  ADMIN_PASSWORD: { tr: 'ilk yöneticinin parolası', en: "the first administrator's password", secret: true },
  ADMIN_NAME: { tr: 'ilk yöneticinin adı', en: "the first administrator's name" },
  LOAD_SAMPLE_CONTENT: { tr: 'true ya da false olmalı', en: 'must be true or false' },
  TRUSTED_PROXIES: {
    tr: '0 ile 10 arasında bir tam sayı olmalı: X-Forwarded-For ekleyen vekil sunucu sayısı, örneğin TRUSTED_PROXIES=1',
    en: 'must be a whole number from 0 to 10: how many proxies append to X-Forwarded-For, e.g. TRUSTED_PROXIES=1',
  },
  SMTP_URL: {
    tr: 'smtp:// ya da smtps:// ile başlamalı, örneğin smtps://kullanici:parola@smtp.example.org:465',
    en: 'must start with smtp:// or smtps://, e.g. smtps://user:password@smtp.example.org:465',
    secret: true,
  },
  EMAIL_FROM_ADDRESS: { tr: 'bir e-posta adresi olmalı', en: 'must be an e-mail address' },
  EMAIL_FROM_NAME: { tr: 'gönderenin adı', en: "the sender's name" },
  NOTIFY_DIGEST_HOUR: {
    tr: '0 ile 23 arasında bir saat olmalı: günlük bildirim özetinin İstanbul saatiyle gönderildiği saat, örneğin NOTIFY_DIGEST_HOUR=9',
    en: 'must be an hour from 0 to 23: when the daily notification digest is sent, Istanbul time, e.g. NOTIFY_DIGEST_HOUR=9',
  },
  INSIGHTS_MIN_GROUP: {
    tr: '5 ile 1000 arasında bir tam sayı olmalı: anonim istatistiklerin gösterildiği en küçük örgüt sayısı, örneğin INSIGHTS_MIN_GROUP=10',
    en: 'must be a whole number from 5 to 1000: the fewest organisations the anonymous statistics show a figure for, e.g. INSIGHTS_MIN_GROUP=10',
  },
  LINK_CHECK_ALLOW_PRIVATE: { tr: '1 ya da 0 olmalı', en: 'must be 1 or 0' },
  ROTA_LOG_TO_STDERR: {
    tr: '1 ya da 0 olmalı (araçlar kendisi koyar)',
    en: 'must be 1 or 0 (set by the tools themselves)',
  },
  ROTA_RUN_JOBS: { tr: '1 ya da 0 olmalı (npm start kendisi koyar)', en: 'must be 1 or 0 (set by npm start itself)' },
  ROTA_SQLITE_TRANSACTIONS: {
    tr: '1 ya da 0 olmalı (içe aktarma kendisi koyar)',
    en: 'must be 1 or 0 (set by the import itself)',
  },
}

export const variableNames = Object.keys(schema.shape) as VariableName[]

const valueOf = (name: VariableName): string | undefined => {
  const raw = process.env[name]
  const value = name === 'ADMIN_PASSWORD' ? raw : raw?.trim()
  return value === '' ? undefined : value
}

/** One line per problem, Turkish then English, naming the variable (and its value unless secret). */
function problemLines(issues: z.core.$ZodIssue[]): string[] {
  const names = [...new Set(issues.map((issue) => issue.path[0] as VariableName))]
  return names.flatMap((name) => {
    const help = variableHelp[name]
    const shown = help.secret ? name : `${name}=${JSON.stringify(valueOf(name))}`
    return [`${shown}: ${help.tr}`, `${shown}: ${help.en}`]
  })
}

let last: { key: string; environment?: Environment; problems: string[] } | undefined

function read(): { environment?: Environment; problems: string[] } {
  const values = variableNames.map(valueOf)
  const key = JSON.stringify(values)
  if (last?.key === key) return last
  const parsed = schema.safeParse(Object.fromEntries(variableNames.map((name, i) => [name, values[i]])))
  last = parsed.success
    ? { key, environment: parsed.data, problems: [] }
    : { key, problems: problemLines(parsed.error.issues) }
  return last
}

/** The problems with the environment as it is now, two lines each (Turkish, English); none when it is good. */
export const environmentProblems = (): string[] => read().problems

/** The environment, read and checked now (process.env may change: tests, `npm start` setting a generated secret). */
export function env(): Environment {
  const { environment, problems } = read()
  if (!environment)
    throw new Error(
      `Ortam değişkenlerinde sorun var / The environment variables have problems:\n${problems.join('\n')}`,
    )
  return environment
}
