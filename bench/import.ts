/**
 * `npm run bench:import`: imports 1,000 generated advice files (3–6 KB of Turkish text,
 * about ten links each) plus their question files into a temporary SQLite database, then
 * imports them again unchanged. Goal on the 2-core dev machine: first import ≤ 20 s,
 * no-op re-import ≤ 3 s.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const questions = 100
const choicesPerQuestion = 10
const dir = mkdtempSync(path.join(os.tmpdir(), 'rota-bench-import-'))
Object.assign(process.env, {
  NODE_ENV: 'production',
  DATABASE_URI: `file:${path.join(dir, 'bench.db')}`,
  PAYLOAD_SECRET: 'bench-secret',
  ROTA_LOG_TO_STDERR: '1',
})

const words = (
  'örgüt gönüllü yönetim kurulu strateji iletişim kaynak geliştirme bağışçı hedef kitle şeffaflık hesap verebilirlik ' +
  'katılım savunuculuk proje bütçe raporlama planlama değerlendirme ağ işbirliği sosyal medya eğitim çalıştay ' +
  'üyelik toplantı karar süreç politika güçlendirme sürdürülebilirlik İstanbul Ankara İzmir Diyarbakır'
).split(' ')
let seed = 42
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648)
const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
const sentence = () => {
  const n = 8 + Math.floor(random() * 14)
  const text = Array.from({ length: n }, () => pick(words)).join(' ')
  return `${text.charAt(0).toLocaleUpperCase('tr-TR')}${text.slice(1)}.`
}
const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')

function adviceFile(q: number, c: number): string {
  const tips = Array.from({ length: 4 }, (_, i) => `${i + 1}\\. **${pick(words)}:** ${paragraph()}`)
  const links = Array.from({ length: 10 }, (_, i) => {
    const kind = i % 3
    const url =
      kind === 0
        ? `https://www.youtube.com/watch?v=v${q}x${c}x${i}&list=PLrota${q}&index=${i + 1}`
        : kind === 1
          ? `https://www.stgm.org.tr/sites/default/files/rehber-${(q * 7 + i) % 150}.pdf`
          : `https://www.stgm.org.tr/sivil-toplum-okulu-stok/ders-${(q + i) % 60}`
    return `- [<u>${sentence().slice(0, 40)}</u>](${url})`
  })
  let body = `${paragraph()}\n\n${tips.join('\n\n')}\n\n${paragraph()}\n\n${links.join('\n\n')}\n`
  while (body.length < 3000) body = `${paragraph()}\n\n${body}`
  return `---\ntitle: "${sentence()}"\nquestion_id: ${q}\nchoice_id: ${c}\n---\n${body}`
}

function generate(): { count: number; bytes: number } {
  let bytes = 0
  for (let q = 1; q <= questions; q++) {
    const folder = path.join(dir, 'content', `soru-${q}`)
    mkdirSync(folder, { recursive: true })
    const question = `---\ntitle: "${sentence()}"\nquestion_id: ${q}\narea: ${pick(['Yönetişim', 'İletişim', 'Kaynak Geliştirme', 'İnsan Kaynakları'])}\n---\n${paragraph()}\n`
    writeFileSync(path.join(folder, 'soru.md'), question)
    for (let c = 1; c <= choicesPerQuestion; c++) {
      const text = adviceFile(q, c)
      bytes += Buffer.byteLength(text)
      writeFileSync(path.join(folder, `secenek-${c}.md`), text)
    }
  }
  return { count: questions * choicesPerQuestion, bytes }
}

const generated = generate()
process.stdout.write(
  `generated ${generated.count} advice files (${Math.round(generated.bytes / generated.count / 100) / 10} KB on average) + ${questions} question files\n`,
)

const { getPayload } = await import('payload')
const { default: config } = await import('../payload.config')
const { importContent } = await import('../content-import/import')
const payload = await getPayload({ config })

async function timed(label: string) {
  const started = performance.now()
  const report = await importContent(payload, [path.join(dir, 'content')], { locale: 'tr', status: 'published' })
  const seconds = (performance.now() - started) / 1000
  process.stdout.write(
    `${label}: ${report.files} files in ${seconds.toFixed(2)} s = ${Math.round(report.files / seconds)} files/s ` +
      `(created ${JSON.stringify(report.created)}, unchanged ${report.unchanged}, errors ${report.errors.length})\n`,
  )
  return { seconds, report }
}

const first = await timed('first import ')
const again = await timed('no-op import ')
await payload.destroy()
if (!process.env.BENCH_KEEP) rmSync(dir, { recursive: true, force: true })
else process.stdout.write(`kept ${dir}\n`)

const ok = first.seconds <= 20 && again.seconds <= 3 && again.report.unchanged === again.report.files && first.report.errors.length === 0
process.stdout.write(`goal (first ≤ 20 s, no-op ≤ 3 s, no errors): ${ok ? 'met' : 'NOT met'}\n`)
process.exit(ok ? 0 : 1)
