/** `npm run export -- <dir> [--locale <code>] [--status published|draft]` */
import { exportContent } from '@content-import/export'
import { parseCommandLine, readLocale, readStatus, UsageError } from '@content-import/cli/options'
import { fromUserCwd, runCommand } from '@content-import/cli/run'

const usage = `Kullanım: npm run export -- <klasör> [--locale tr|en] [--status published|draft]
  --locale   dışa aktarılacak dil (varsayılan: tr); başka dilden doldurulmuş metin yazılmaz
  --status   published: yayımdaki içerik (varsayılan) · draft: en yeni taslaklar`

await runCommand(
  usage,
  () => {
    const { values, positionals } = parseCommandLine(process.argv.slice(2), {
      locale: { type: 'string' },
      status: { type: 'string' },
    })
    if (positionals.length !== 1) throw new UsageError('Dosyaların yazılacağı tek bir klasör verin.')
    return { dir: fromUserCwd(positionals[0]), locale: readLocale(values.locale), status: readStatus(values.status) }
  },
  async (payload, args) => {
    const report = await exportContent(payload, args.dir, { locale: args.locale, status: args.status })
    for (const line of report.skipped) process.stderr.write(`ATLANDI   ${line}\n`)
    process.stdout.write(
      `${report.files} dosya yazıldı (${report.questions} soru, ${report.advice} reçete): ${args.dir}\n`,
    )
    return 0
  },
)
