import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/**
 * Realistic advice files for benchmarks: Turkish text of 3–6 KB with numbered tips in the
 * corpus's escaped style, bold lead-ins and about ten underlined links (YouTube playlists,
 * PDF guides, STOK courses) each, plus one question file per question.
 */
const words = (
  'örgüt gönüllü yönetim kurulu strateji iletişim kaynak geliştirme bağışçı hedef kitle şeffaflık hesap verebilirlik ' +
  'katılım savunuculuk proje bütçe raporlama planlama değerlendirme ağ işbirliği sosyal medya eğitim çalıştay ' +
  'üyelik toplantı karar süreç politika güçlendirme sürdürülebilirlik İstanbul Ankara İzmir Diyarbakır'
).split(' ')

export function generateContent(
  dir: string,
  questions = 100,
  choicesPerQuestion = 10,
  firstQuestion = 1,
): { count: number; bytes: number } {
  let seed = 42
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(random() * 14) }, () => pick(words)).join(' ')
    return `${text.charAt(0).toLocaleUpperCase('tr-TR')}${text.slice(1)}.`
  }
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ')
  const adviceFile = (q: number, c: number) => {
    const tips = Array.from({ length: 4 }, (_, i) => `${i + 1}\\. **${pick(words)}:** ${paragraph()}`)
    const links = Array.from({ length: 10 }, (_, i) => {
      const url =
        i % 3 === 0
          ? `https://www.youtube.com/watch?v=v${q}x${c}x${i}&list=PLrota${q}&index=${i + 1}`
          : i % 3 === 1
            ? `https://www.stgm.org.tr/sites/default/files/rehber-${(q * 7 + i) % 150}.pdf`
            : `https://www.stgm.org.tr/sivil-toplum-okulu-stok/ders-${(q + i) % 60}`
      return `- [<u>${sentence().slice(0, 40)}</u>](${url})`
    })
    let body = `${paragraph()}\n\n${tips.join('\n\n')}\n\n${paragraph()}\n\n${links.join('\n\n')}\n`
    while (body.length < 3000) body = `${paragraph()}\n\n${body}`
    return `---\ntitle: "${sentence()}"\nquestion_id: ${q}\nchoice_id: ${c}\n---\n${body}`
  }

  let bytes = 0
  for (let q = firstQuestion; q < firstQuestion + questions; q++) {
    const folder = path.join(dir, `soru-${q}`)
    mkdirSync(folder, { recursive: true })
    const area = pick(['Yönetişim', 'İletişim', 'Kaynak Geliştirme', 'İnsan Kaynakları'])
    writeFileSync(
      path.join(folder, 'soru.md'),
      `---\ntitle: "${sentence()}"\nquestion_id: ${q}\narea: ${area}\n---\n${paragraph()}\n`,
    )
    for (let c = 1; c <= choicesPerQuestion; c++) {
      const text = adviceFile(q, c)
      bytes += Buffer.byteLength(text)
      writeFileSync(path.join(folder, `secenek-${c}.md`), text)
    }
  }
  return { count: questions * choicesPerQuestion, bytes }
}
