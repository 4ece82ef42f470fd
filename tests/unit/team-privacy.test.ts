import { describe, expect, it } from 'vitest'

import type { Assessment, AssessmentQuestion } from '@/site/assessment'
import { roles, type Member, type Role } from '@/site/team/member'
import { teamCsv, teamResults } from '@/site/team/results'

/**
 * Finding 11 of issue 21: a role was shown apart with two members, so one extra submission
 * through the members' link revealed a lone member's answers; the team's totals minus the
 * roles shown revealed the others'; and the CSV gave every row its role. The results page and
 * the CSV now follow one rule (src/site/team/privacy.ts), tried here on every small team.
 */
const question = (number: number): AssessmentQuestion => ({
  id: `q${number}`,
  number,
  text: { value: `Soru ${number}`, lang: 'tr' },
  sample: false,
  area: 1,
  choices: [1, 2, 3].map((c) => ({
    id: `c${number}.${c}`,
    number: c,
    label: { value: `Cevap ${number}.${c}`, lang: 'tr' },
    level: null,
    advice: null,
  })),
})
const questions = [question(3), question(16)]
const assessment: Assessment = {
  areas: [{ index: 1, id: 'a', title: null, questions }],
  questions: new Map(questions.map((q) => [q.number, q])),
  levels: [],
}
const roleLabels: Record<Role, string> = {
  board: 'Yönetim kurulu',
  staff: 'Çalışan',
  volunteer: 'Gönüllü',
  member: 'Üye',
  other: 'Diğer',
}
const labels = {
  member: 'Üye',
  role: 'Rol',
  roleHidden: 'Gösterilmiyor (küçük grup)',
  date: 'Tarih',
  question: 'Soru',
  unsure: 'Emin değilim',
  roles: roleLabels,
}

let next = 0
const member = (role: Role, q3 = 1, q16 = 1): Member => ({
  id: `m${++next}`,
  role,
  name: '',
  answers: { '3': q3, '16': q16 },
  at: `2026-11-${String(10 + (next % 18)).padStart(2, '0')}T10:00:00.000Z`,
})
const team = (sizes: Partial<Record<Role, number>>) =>
  roles.flatMap((role) =>
    Array.from({ length: sizes[role] ?? 0 }, (_, i) => member(role, (i % 3) + 1, ((i + 1) % 3) + 1)),
  )

const shownOnPage = (members: Member[]) =>
  new Set(teamResults(members, assessment).questions[0].byRole.map((r) => r.role))
const csvRows = (members: Member[]) =>
  teamCsv(members, assessment, labels)
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .map((line) => line.split(','))
const roleColumn = (members: Member[]) =>
  csvRows(members)
    .slice(1)
    .map((row) => row[1])

describe('one fake member away', () => {
  it('a lone board member’s answers stay hidden when someone adds one answer as board (two members were shown)', () => {
    const lone = member('board', 2, 3)
    const fake = member('board', 1, 1)
    const members = [lone, ...team({ staff: 3 }), fake]
    expect(shownOnPage(members).has('board')).toBe(false)
    expect(roleColumn(members)).not.toContain('Yönetim kurulu')
  })

  it('the roles not shown are never the team’s totals minus the roles shown: one board member beside two staff', () => {
    const members = [member('board', 2, 3), ...team({ staff: 2 })]
    expect(shownOnPage(members)).toEqual(new Set())
    expect(teamResults(members, assessment).hiddenRoles).toBe(true)
  })

  it('the smallest role shown joins the hidden ones while they are fewer than three (ties: the later role)', () => {
    const members = team({ board: 3, staff: 3, volunteer: 1 })
    expect(shownOnPage(members)).toEqual(new Set(['board']))
    expect(roleColumn(members)).toEqual([
      'Yönetim kurulu',
      'Yönetim kurulu',
      'Yönetim kurulu',
      labels.roleHidden,
      labels.roleHidden,
      labels.roleHidden,
      labels.roleHidden,
    ])
  })

  it('roles of three or more are shown on the page and in the CSV alike', () => {
    const members = team({ board: 3, staff: 4 })
    expect(shownOnPage(members)).toEqual(new Set(['board', 'staff']))
    expect(new Set(roleColumn(members))).toEqual(new Set(['Yönetim kurulu', 'Çalışan']))
    expect(teamResults(members, assessment).hiddenRoles).toBe(false)
  })

  it('every team of up to four members per role: each group whose answers can be read (a role shown, or the rest by subtraction) has three or more, and the CSV names exactly the roles the page shows', () => {
    const sizes = [0, 1, 2, 3, 4]
    let teams = 0
    for (const board of sizes)
      for (const staff of sizes)
        for (const volunteer of sizes)
          for (const memberCount of sizes)
            for (const other of sizes) {
              const members = team({ board, staff, volunteer, member: memberCount, other })
              if (!members.length) continue
              teams++
              const shown = shownOnPage(members)
              const count = (role: Role) => members.filter((m) => m.role === role).length
              for (const role of shown) expect(count(role)).toBeGreaterThanOrEqual(3)
              const rest = members.filter((m) => !shown.has(m.role)).length
              if (shown.size)
                expect(rest === 0 || rest >= 3, JSON.stringify({ board, staff, volunteer, memberCount, other })).toBe(
                  true,
                )
              const named = new Set(roleColumn(members).filter((r) => r !== labels.roleHidden))
              expect(named).toEqual(new Set([...shown].map((role) => roleLabels[role])))
            }
    expect(teams).toBe(5 ** 5 - 1)
  })
})

describe('the CSV tells rows apart by nothing but role and answers', () => {
  it('has no date column, and the same answers in another order give the same file', () => {
    const members = team({ board: 3, staff: 2, volunteer: 2 })
    const [header] = csvRows(members)
    expect(header.slice(0, 2)).toEqual(['Üye', 'Rol'])
    expect(header.join(',')).not.toContain('Tarih')
    expect(csvRows(members).every((row) => !row.some((cell) => /^\d{4}-\d{2}-\d{2}$/.test(cell)))).toBe(true)
    const reversed = [...members].reverse()
    expect(teamCsv(reversed, assessment, labels)).toBe(teamCsv(members, assessment, labels))
  })

  it('a title stored with a bidi control reaches the spreadsheet without it', () => {
    const tricked: Assessment = {
      ...assessment,
      questions: new Map([[3, { ...question(3), text: { value: 'Soru \u202eüç', lang: 'tr' } }]]),
    }
    expect(teamCsv(team({ board: 1 }), tricked, labels)).not.toMatch(/\u202e/)
  })
})
