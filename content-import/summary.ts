import type { Counts, ImportReport } from '@content-import/report'

const entityNames: Record<keyof Counts, string> = {
  areas: 'alan',
  questions: 'soru',
  choices: 'seçenek',
  advice: 'reçete',
  resources: 'kaynak',
}

const listCounts = (counts: Counts) =>
  (Object.keys(counts) as Array<keyof Counts>)
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${entityNames[k]}`)
    .join(', ') || 'hiçbir şey'

const where = (p: { file: string; line?: number | null }) => (p.line ? `${p.file}:${p.line}` : p.file)

/** The report as an editor reads it, in Turkish. */
export function humanSummary(report: ImportReport, dryRun: boolean): string {
  const lines: string[] = []
  for (const e of report.errors) lines.push(`HATA      ${where(e)}: ${e.message}`)
  for (const c of report.conflicts) lines.push(`ÇAKIŞMA   ${c.file}: ${c.message}`)
  for (const w of report.warnings) lines.push(`UYARI     ${where(w)}: ${w.message}`)
  for (const u of report.units ?? []) lines.push(`BİRİM     ${u.file} (${u.document}, ${u.unit}): ${u.message}`)
  if (lines.length) lines.push('')
  lines.push(dryRun ? 'Deneme çalıştırması (--dry-run): hiçbir şey yazılmadı. Yazılsaydı:' : 'Özet:')
  lines.push(`  okunan dosya:     ${report.files}`)
  lines.push(`  içe aktarılan:    ${report.imported} (bunların ${report.unchanged} tanesi zaten günceldi, değişmedi)`)
  lines.push(`  oluşturulan:      ${listCounts(report.created)}`)
  lines.push(`  güncellenen:      ${listCounts(report.updated)}`)
  lines.push(`  çakışma:          ${report.conflicts.length}`)
  lines.push(`  hatalı dosya:     ${report.errors.length}`)
  lines.push(`  uyarı:            ${report.warnings.length}`)
  if (report.units) lines.push(`  uygulanmayan birim: ${report.units.length}`)
  return lines.join('\n')
}
