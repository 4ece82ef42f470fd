/** `npm run export -- <dir> [--locale <code>] [--status published|draft] [--only missing,outdated]` */
import { exportContent } from '@content-import/export'
import { parseCommandLine, readLocale, readOnly, readStatus, UsageError } from '@content-import/cli/options'
import { fromUserCwd, runCommand } from '@content-import/cli/run'

const usage = `Kullanım: npm run export -- <klasör> [--locale tr|en] [--status published|draft] [--only missing,outdated]
  --locale   dışa aktarılacak dil (varsayılan: tr); başka dilden doldurulmuş metin yazılmaz
  --status   published: yayımdaki içerik (varsayılan) · draft: en yeni taslaklar
  --only     yalnızca çevirisi bu durumlarda olan belgeler (missing: çevrilmedi, outdated: güncel değil,
             current: güncel); çevirisi olmayan metin Türkçesiyle yazılır. Dosyalar hangi Türkçe metinden
             çıkarıldıklarını (turkish_source) taşır: çeviri --locale ile geri alınınca o metne göre güncel sayılır.`

await runCommand(
  usage,
  () => {
    const { values, positionals } = parseCommandLine(process.argv.slice(2), {
      locale: { type: 'string' },
      status: { type: 'string' },
      only: { type: 'string' },
    })
    if (positionals.length !== 1) throw new UsageError('Dosyaların yazılacağı tek bir klasör verin.')
    const locale = readLocale(values.locale)
    return {
      dir: fromUserCwd(positionals[0]),
      locale,
      status: readStatus(values.status),
      only: readOnly(values.only, locale),
    }
  },
  async (payload, args) => {
    const report = await exportContent(payload, args.dir, {
      locale: args.locale,
      status: args.status,
      only: args.only,
    })
    for (const line of report.skipped) process.stderr.write(`ATLANDI   ${line}\n`)
    process.stdout.write(
      `${report.files} dosya yazıldı (${report.questions} soru, ${report.advice} reçete): ${args.dir}\n`,
    )
    return 0
  },
)
