import { randomUUID } from 'node:crypto'

import { createClient } from '@libsql/client'

import { profileDimensions } from '@/shared/insights/profile'

/**
 * `count` anonymous contributions written straight into a benchmark site's SQLite file before
 * the app starts (as the form stores them: src/shared/insights/contributions.ts), each answering
 * `questions` with a random choice of ten and a random profile, so the report's "Örgütler
 * arasında" has every figure and every filter to compute.
 */
export async function storeContributions(databaseFile: string, count: number, questions: number[]): Promise<void> {
  const db = createClient({ url: `file:${databaseFile}` })
  try {
    const choices = new Map<number, { question: string; choices: Array<{ id: string; number: number }> }>()
    for (const number of questions) {
      const question = (await db.execute({ sql: 'select id from questions where number = ?', args: [number] })).rows[0]
      if (!question) throw new Error(`question ${number} is not in the benchmark site`)
      const rows = await db.execute({
        sql: 'select id, number from choices where question_id = ? order by number',
        args: [question.id],
      })
      choices.set(number, {
        question: String(question.id),
        choices: rows.rows.map((r) => ({ id: String(r.id), number: Number(r.number) })),
      })
    }
    const pick = <T>(list: T[]): T => list[Math.floor(Math.random() * list.length)]
    const statements = Array.from({ length: count }, () => {
      const answers = questions.map((number) => {
        const q = choices.get(number)!
        const c = pick(q.choices)
        return { question: q.question, questionNumber: number, choice: c.id, choiceNumber: c.number }
      })
      const profile = profileDimensions.map((d) => pick([...d.groups.map((g) => g.key), 'none']))
      return {
        sql: 'insert into assessment_contributions (id, month, size, field, region, answers) values (?, ?, ?, ?, ?, ?)',
        args: [randomUUID(), '2026-12', ...profile, JSON.stringify(answers)],
      }
    })
    for (let i = 0; i < statements.length; i += 1_000) await db.batch(statements.slice(i, i + 1_000), 'write')
  } finally {
    db.close()
  }
}
