/** `npm run import -- <path>... [--locale <code>] [--status published|draft] [--dry-run] [--force] [--json] [--format markdown|xliff]` */
import { env } from '@/shared/server/environment'
import { localSiteUrl } from '@/shared/server/local-site'
import { assertPathsExist, MissingPathError } from '@content-import/files'
import { importContent } from '@content-import/import'
import { detectFormat } from '@content-import/xliff/detect'
import { importXliff } from '@content-import/xliff/import-xliff'
import { revalidateRunningSite } from '@content-import/revalidate-site'
import { humanSummary } from '@content-import/summary'
import { parseCommandLine, readFormat, readLocale, readStatus, UsageError } from '@content-import/cli/options'
import { fromUserCwd, projectRoot, runCommand } from '@content-import/cli/run'

const usage = `Kullanım: npm run import -- <dosya veya klasör>... [--locale tr|en] [--status published|draft] [--dry-run] [--force] [--json]
  --locale   dosyaların dili (varsayılan: tr)
  --status   published: yayımla (varsayılan) · draft: taslak olarak kaydet, yayındakine dokunma
  --dry-run  her şeyi denetle ve raporla, hiçbir şey yazma
  --force    CMS'te değiştirilmiş reçetelerin de üzerine yaz (editörün sürümü geçmişte kalır)
  --json     standart çıktıya yalnızca JSON raporu yaz
  --format   markdown ya da xliff (verilmezse dosyaların içeriğinden anlaşılır); XLIFF 2.0 çevirileri
             dosyanın hedef dilinde (trgLang) taslak olarak kaydedilir (docs/kullanim/xliff.md)`

await runCommand(
  usage,
  () => {
    const { values, positionals } = parseCommandLine(process.argv.slice(2), {
      locale: { type: 'string' },
      status: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      force: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      format: { type: 'string' },
    })
    if (positionals.length === 0) throw new UsageError('İçe aktarılacak bir dosya ya da klasör verin.')
    const paths = positionals.map(fromUserCwd)
    // Before the database is opened: a mistyped path costs no start-up and creates no database.
    try {
      assertPathsExist(paths)
    } catch (error) {
      if (error instanceof MissingPathError) throw new UsageError(error.message)
      throw error
    }
    const format = readFormat(values.format) ?? detectFormat(paths)
    if (format === 'xliff' && values.status === 'published')
      throw new UsageError(
        "XLIFF çevirileri taslak olarak kaydedilir; yayımlamayı CMS'te bir editör yapar. --status published vermeyin.",
      )
    return {
      paths,
      format,
      explicitLocale: values.locale !== undefined,
      locale: readLocale(values.locale),
      status: readStatus(values.status),
      dryRun: values['dry-run'],
      force: values.force,
      json: values.json,
    }
  },
  async (payload, args) => {
    const say = (line: string) => process[args.json ? 'stderr' : 'stdout'].write(`${line}\n`)
    let report
    const options = {
      locale: args.locale,
      status: args.status,
      dryRun: args.dryRun,
      force: args.force,
      onProgress: (done: number, total: number) => {
        if (done === total || done % 100 === 0)
          process.stderr.write(`  içe aktarılabilir ${total} dosyanın ${done} tanesi işlendi\n`)
      },
    }
    try {
      report =
        args.format === 'xliff'
          ? await importXliff(payload, args.paths, { ...options, status: 'draft', explicitLocale: args.explicitLocale })
          : await importContent(payload, args.paths, options)
    } catch (error) {
      if (error instanceof MissingPathError) throw new UsageError(error.message)
      throw error
    }
    if (args.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`)
    say(humanSummary(report, args.dryRun))
    const changed = Object.values(report.created).some(Boolean) || Object.values(report.updated).some(Boolean)
    // An explicit address refreshes that site even when nothing changed: e.g. a re-run after
    // an import that could not reach it. REVALIDATE_URL first: inside the app's container
    // (docker-compose.yml) SERVER_URL is the public address, which that container cannot reach.
    const siteUrl = env().REVALIDATE_URL || env().SERVER_URL
    if (!args.dryRun && (changed || siteUrl))
      say(await revalidateRunningSite(payload, siteUrl, localSiteUrl(projectRoot)))
    return report.errors.length > 0 ? 1 : 0
  },
)
