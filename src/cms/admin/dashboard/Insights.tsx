import type { ServerProps } from 'payload'

import { publishedQuestions, readInsights } from '@/cms/insights/totals'
import { readTally } from '@/shared/insights/contributions'
import { isStaff } from '@/shared/roles'

import type { User } from '@payload-types'

const dateText = (iso: string) =>
  new Intl.DateTimeFormat('tr-TR', {
    timeZone: 'Europe/Istanbul',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso))
const percent = (count: number, of: number) => (of ? `%${Math.round((count / of) * 100)}` : '–')

/**
 * "İçgörüler", staff only: how the anonymous contributions spread over each published
 * question's answers, and "Önce bunları gözden geçirin": the advice of the most chosen answers,
 * oldest text first among them (docs/decisions/011-anonymous-contributions.md).
 */
export default async function Insights({ payload, user }: ServerProps) {
  if (!isStaff(user as User | undefined)) return null
  const { questions } = await readInsights(payload)
  const answered = questions.filter((q) => q.contributions > 0)
  const totals = await readTally(payload)
  if (!answered.length)
    return (
      <section className="rota-insights" aria-labelledby="rota-insights">
        <h2 id="rota-insights">İçgörüler</h2>
        <p>
          Henüz anonim katkı yok: raporlardaki “Cevaplarımı anonim istatistiklere ekle” formuyla gelenler burada
          sayılır.
        </p>
      </section>
    )

  // The most chosen answers, and their advice's last change.
  const published = await publishedQuestions(payload)
  const chosen = published
    .flatMap((q) =>
      q.choices.map((c) => ({ question: q.number, choice: c, count: totals.questions.get(q.id)?.all.get(c.id) ?? 0 })),
    )
    .filter((c) => c.count > 0)
    .sort((a, b) => b.count - a.count)
    .slice(0, 10)
  const { docs: advice } = await payload.find({
    collection: 'advice',
    where: { choice: { in: chosen.map((c) => c.choice.id) } },
    overrideAccess: true,
    pagination: false,
    depth: 0,
    select: { choice: true, updatedAt: true },
  })
  const adviceOf = new Map(advice.map((a) => [typeof a.choice === 'object' ? a.choice?.id : a.choice, a]))
  const review = chosen
    .flatMap((c) => {
      const a = adviceOf.get(c.choice.id)
      return a ? [{ ...c, advice: a }] : []
    })
    .sort((a, b) => Date.parse(a.advice.updatedAt) - Date.parse(b.advice.updatedAt))
    .slice(0, 5)

  return (
    <section className="rota-insights" aria-labelledby="rota-insights">
      <h2 id="rota-insights">İçgörüler</h2>
      <p>
        {totals.contributions} örgüt cevaplarını anonim istatistiklere ekledi.{' '}
        <a href="/api/assessment-insights/csv">CSV olarak indir</a>
      </p>
      {review.length ? (
        <>
          <h3>Önce bunları gözden geçirin</h3>
          <p>En çok seçilen cevapların reçeteleri, metni en eski olandan başlayarak:</p>
          <ol>
            {review.map((r) => (
              <li key={r.choice.id}>
                <a href={`/admin/collections/advice/${r.advice.id}`}>
                  Soru {r.question} · Seçenek {r.choice.number}
                </a>{' '}
                — {r.count} örgüt seçti; reçete son olarak {dateText(r.advice.updatedAt)} tarihinde değişti.
              </li>
            ))}
          </ol>
        </>
      ) : null}
      <table>
        <caption>Soru başına cevapların dağılımı</caption>
        <thead>
          <tr>
            <th scope="col">Soru</th>
            <th scope="col">Katkı</th>
            <th scope="col">Seçenekler (sayı, oran)</th>
          </tr>
        </thead>
        <tbody>
          {answered.map((q) => (
            <tr key={q.number}>
              <th scope="row">{q.number}</th>
              <td>{q.contributions}</td>
              <td>
                {q.choices.map((c) => `${c.number}: ${c.count} (${percent(c.count, q.contributions)})`).join(' · ')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
