/** `npm run export -- <dir> [--locale <code>] [--status published|draft] [--only missing,outdated] [--format markdown|xliff]` */
import { limits } from '@/shared/limits'
import { defaultLocale } from '@/shared/locales'
import { exportContent } from '@content-import/export'
import { exportXliff } from '@content-import/xliff/export-xliff'
import { parseCommandLine, readFormat, readLocale, readOnly, readStatus, UsageError } from '@content-import/cli/options'
import { fromUserCwd, runCommand } from '@content-import/cli/run'

const usage = `Kullanım: npm run export -- <klasör> [--locale tr|en] [--status published|draft] [--only missing,outdated] [--format markdown|xliff]
  --locale   dışa aktarılacak dil (varsayılan: tr); başka dilden doldurulmuş metin yazılmaz
  --status   published: yayımdaki içerik (varsayılan) · draft: en yeni taslaklar
  --only     yalnızca çevirisi bu durumlarda olan belgeler (missing: çevrilmedi, outdated: güncel değil,
             current: güncel); çevirisi olmayan metin Türkçesiyle yazılır. Dosyalar hangi Türkçe metinden
             çıkarıldıklarını (turkish_source) taşır: çeviri --locale ile geri alınınca o metne göre güncel sayılır.
  --format   markdown (varsayılan) ya da xliff: çeviri araçları (Trados, memoQ, OmegaT, Crowdin) için XLIFF 2.0,
             yayımdaki Türkçeden --locale diline, soru başına bir .xlf dosyası (docs/kullanim/xliff.md)`

await runCommand(
  usage,
  () => {
    const { values, positionals } = parseCommandLine(process.argv.slice(2), {
      locale: { type: 'string' },
      status: { type: 'string' },
      only: { type: 'string' },
      format: { type: 'string' },
    })
    if (positionals.length !== 1) throw new UsageError('Dosyaların yazılacağı tek bir klasör verin.')
    const locale = readLocale(values.locale)
    const format = readFormat(values.format) ?? 'markdown'
    if (format === 'xliff' && locale === defaultLocale)
      throw new UsageError(
        'XLIFF Türkçeden bir çeviri dili için yazılır: --locale ile hedef dili verin (ör. --locale en).',
      )
    if (format === 'xliff' && values.status !== undefined)
      throw new UsageError('XLIFF her zaman yayımdaki Türkçeden yazılır; --status ile birlikte kullanılmaz.')
    return {
      format,
      dir: fromUserCwd(positionals[0]),
      locale,
      status: readStatus(values.status),
      only: readOnly(values.only, locale),
    }
  },
  async (payload, args) => {
    if (args.format === 'xliff') {
      const report = await exportXliff(payload, args.dir, { locale: args.locale, only: args.only })
      for (const line of report.skipped) process.stderr.write(`ATLANDI   ${line}\n`)
      if (report.unlooked)
        process.stderr.write(
          `UYARI     Çeviri belleğine bakma süresi (${limits.import.xliff.matchSeconds} sn) doldu: ${report.unlooked} birim öneri aranmadan yazıldı. Daha az belgeyi dışa aktarın (ör. --only missing,outdated).\n`,
        )
      process.stdout.write(
        `${report.files} XLIFF dosyası yazıldı (${report.documents} belge, ${report.units} birim${report.context ? `; Türkçesi değişmeyen ${report.context} birim de bağlam olarak, translate="no"` : ''}${report.matched ? `; ${report.matched} birime çeviri belleğinden öneri eklendi, ${report.prefilled} birimin hedefi %100 eşleşmeyle dolduruldu (state="initial")` : ''}): ${args.dir}\n`,
      )
      return 0
    }
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
