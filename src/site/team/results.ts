import { dontKnow } from '@/site/answers'
import type { Assessment, AssessmentChoice, AssessmentQuestion } from '@/site/assessment'
import type { Member, Role } from '@/site/team/member'
import { roleGroups } from '@/site/team/privacy'
import { withoutInvisibleCharacters } from '@/shared/text/invisible-characters'

export type ChoiceCount = { choice: AssessmentChoice; count: number }
export type QuestionResult = {
  question: AssessmentQuestion
  counts: ChoiceCount[]
  /** Members who chose "not sure": counted apart. */
  unsure: number
  /** Members who answered the question, "not sure" included: what each count is a share of. */
  answered: number
  /** How divided the team is: 0 when all who answered agree, towards 1 the more their answers spread. */
  division: number
  /** Per role, the choices its members made; only the roles `roleGroups` shows apart (src/site/team/privacy.ts). */
  byRole: Array<{ role: Role; counts: ChoiceCount[] }>
}

function countsOf(question: AssessmentQuestion, members: Member[]): ChoiceCount[] {
  return question.choices.map((choice) => ({
    choice,
    count: members.filter((m) => m.answers[question.number] === choice.number).length,
  }))
}

/**
 * The team's picture: for every question how many chose each answer (and "not sure" apart),
 * per role where `roleGroups` shows the role apart, and how divided the team is; and the agenda
 * for the team's meeting: the questions answered differently, most divided first.
 */
export function teamResults(members: Member[], assessment: Assessment) {
  const { sizes: roleSizes, shown: shownRoles, pooled } = roleGroups(members)
  const questions: QuestionResult[] = [...assessment.questions.values()].map((question) => {
    const counts = countsOf(question, members)
    const chose = counts.reduce((sum, c) => sum + c.count, 0)
    const largest = Math.max(0, ...counts.map((c) => c.count))
    const unsure = members.filter((m) => m.answers[question.number] === dontKnow).length
    return {
      question,
      counts,
      unsure,
      answered: chose + unsure,
      division: chose < 2 ? 0 : 1 - largest / chose,
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
  return { questions, agenda, roleSizes, hiddenRoles: pooled > 0 }
}

const cell = (value: string) => {
  // A spreadsheet must not run a cell as a formula: =, +, - and @ are written as text. A bidi
  // control stored in a title before they were refused is left out (no markup to isolate it).
  const text = withoutInvisibleCharacters(value)
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
  return /[",\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe
}

/**
 * All answers as CSV, one row per member, a column per question. A row says its member's role
 * only where the results show that role apart (`roleGroups`, src/site/team/privacy.ts); the
 * others say `roleHidden`. Nothing else tells rows apart: no names, no dates, and the rows are
 * ordered by role and then by the answers themselves, not by who answered when (a coordinator
 * who knows who answered first must not find that person's row).
 */
export function teamCsv(
  members: Member[],
  assessment: Assessment,
  labels: {
    member: string
    role: string
    roleHidden: string
    question: string
    unsure: string
    roles: Record<Role, string>
  },
): string {
  const questions = [...assessment.questions.values()]
  const { shown } = roleGroups(members)
  const header = [
    labels.member,
    labels.role,
    ...questions.map((q) => `${labels.question} ${q.number}: ${q.text.value}`),
  ]
  const group = (m: Member) => (shown.includes(m.role) ? shown.indexOf(m.role) : shown.length)
  const answersOf = (m: Member) =>
    questions.map((q) => {
      const answer = m.answers[q.number]
      if (answer === undefined) return ''
      return answer === dontKnow ? labels.unsure : (q.choices.find((c) => c.number === answer)?.label.value ?? '')
    })
  const byAnswers = (a: Member, b: Member) => {
    const [x, y] = [questions.map((q) => a.answers[q.number] ?? -1), questions.map((q) => b.answers[q.number] ?? -1)]
    const differ = x.findIndex((value, i) => value !== y[i])
    return differ === -1 ? 0 : x[differ] - y[differ]
  }
  const ordered = [...members].sort((a, b) => group(a) - group(b) || byAnswers(a, b))
  const rows = ordered.map((m, i) => [
    String(i + 1),
    shown.includes(m.role) ? labels.roles[m.role] : labels.roleHidden,
    ...answersOf(m),
  ])
  // A byte-order mark so that spreadsheet programs read the Turkish letters as UTF-8.
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n')}\r\n`
}
