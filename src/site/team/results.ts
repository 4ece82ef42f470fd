import { dontKnow } from '@/site/answers'
import type { Assessment, AssessmentChoice, AssessmentQuestion } from '@/site/assessment'
import type { Member, Role } from '@/site/team/store'

export type ChoiceCount = { choice: AssessmentChoice; count: number }
export type QuestionResult = {
  question: AssessmentQuestion
  counts: ChoiceCount[]
  /** Members who chose "not sure": counted apart. */
  unsure: number
  /** How divided the team is: 0 when all who answered agree, towards 1 the more their answers spread. */
  division: number
  /** Per role, the choices its members made; only roles with at least two members, so nobody's answers are exposed. */
  byRole: Array<{ role: Role; counts: ChoiceCount[] }>
}

/** Roles shown apart need this many members: one volunteer's answers must not be told from the others'. */
export const minRoleSize = 2

function countsOf(question: AssessmentQuestion, members: Member[]): ChoiceCount[] {
  return question.choices.map((choice) => ({
    choice,
    count: members.filter((m) => m.answers[question.number] === choice.number).length,
  }))
}

/**
 * The team's picture: for every question how many chose each answer (and "not sure" apart),
 * per role where a role has at least two members, and how divided the team is; and the agenda
 * for the team's meeting: the questions answered differently, most divided first.
 */
export function teamResults(members: Member[], assessment: Assessment) {
  const roleSizes = new Map<Role, number>()
  for (const m of members) roleSizes.set(m.role, (roleSizes.get(m.role) ?? 0) + 1)
  const shownRoles = [...roleSizes].filter(([, size]) => size >= minRoleSize).map(([role]) => role)
  const questions: QuestionResult[] = [...assessment.questions.values()].map((question) => {
    const counts = countsOf(question, members)
    const answered = counts.reduce((sum, c) => sum + c.count, 0)
    const largest = Math.max(0, ...counts.map((c) => c.count))
    return {
      question,
      counts,
      unsure: members.filter((m) => m.answers[question.number] === dontKnow).length,
      division: answered < 2 ? 0 : 1 - largest / answered,
      byRole: shownRoles.map((role) => ({
        role,
        counts: countsOf(
          question,
          members.filter((m) => m.role === role),
        ),
      })),
    }
  })
  const agenda = questions
    .filter((r) => r.counts.filter((c) => c.count > 0).length > 1)
    .sort((a, b) => b.division - a.division || a.question.number - b.question.number)
  return { questions, agenda, roleSizes, hiddenRoles: [...roleSizes].some(([, size]) => size < minRoleSize) }
}

const cell = (value: string) => {
  // A spreadsheet must not run a cell as a formula: =, +, - and @ are written as text.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** All answers as CSV, one row per member (by number and role, without names), a column per question. */
export function teamCsv(
  members: Member[],
  assessment: Assessment,
  labels: { member: string; role: string; date: string; question: string; unsure: string; roles: Record<Role, string> },
): string {
  const questions = [...assessment.questions.values()]
  const header = [
    labels.member,
    labels.role,
    labels.date,
    ...questions.map((q) => `${labels.question} ${q.number}: ${q.text.value}`),
  ]
  const rows = members.map((m, i) => [
    String(i + 1),
    labels.roles[m.role],
    m.at.slice(0, 10),
    ...questions.map((q) => {
      const answer = m.answers[q.number]
      if (answer === undefined) return ''
      return answer === dontKnow ? labels.unsure : (q.choices.find((c) => c.number === answer)?.label.value ?? '')
    }),
  ])
  // A byte-order mark so that spreadsheet programs read the Turkish letters as UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
