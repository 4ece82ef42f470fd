import { describe, expect, it } from 'vitest'

import { levelDistribution, type AssessmentArea, type AssessmentLevel } from '@/site/assessment'

const level = (rank: number, title: string): AssessmentLevel => ({
  id: `l${rank}`,
  rank,
  title: { value: title, lang: 'tr' },
})
const levels = [level(0, 'Başlangıç'), level(1, 'Gelişmekte'), level(2, 'Yerleşik')]

/** An area whose questions' choices carry the levels given (null: a choice without one). */
function area(choiceLevels: Array<Array<AssessmentLevel | null>>): AssessmentArea {
  return {
    index: 1,
    id: 'a',
    title: null,
    questions: choiceLevels.map((choices, i) => ({
      id: `q${i + 1}`,
      number: i + 1,
      text: { value: `Soru ${i + 1}`, lang: 'tr' },
      sample: false,
      area: 1,
      choices: choices.map((l, c) => ({
        id: `c${i + 1}.${c + 1}`,
        number: c + 1,
        label: { value: `${c + 1}`, lang: 'tr' },
        level: l,
        advice: null,
      })),
    })),
  }
}
/** The choices made, per question number: one reader's answer, or a team's. */
const answering = (answers: Record<number, number[]>) => (q: AssessmentArea['questions'][number]) =>
  (answers[q.number] ?? []).flatMap((n) => q.choices.find((c) => c.number === n) ?? [])

describe('the level distribution of an area', () => {
  it('counts the answers per level, earliest first, zeros included', () => {
    const a = area([
      [levels[0], levels[1], levels[2]],
      [levels[0], levels[2]],
      [levels[1], levels[2]],
    ])
    const counts = levelDistribution(a, levels, answering({ 1: [1], 2: [1], 3: [2] }))
    expect(counts?.map((c) => [c.level.title.value, c.count])).toEqual([
      ['Başlangıç', 2],
      ['Gelişmekte', 0],
      ['Yerleşik', 1],
    ])
  })

  it('counts every member’s answer for a team', () => {
    const a = area([[levels[0], levels[1], levels[2]]])
    const counts = levelDistribution(a, levels, answering({ 1: [3, 3, 1] }))
    expect(counts?.map((c) => c.count)).toEqual([1, 0, 2])
  })

  it('shows nothing when one choice of the area has no level: no score is invented', () => {
    const a = area([
      [levels[0], levels[1]],
      [levels[0], null],
    ])
    expect(levelDistribution(a, levels, answering({ 1: [1], 2: [1] }))).toBeNull()
  })

  it('shows nothing when no levels are set, or no question of the area was answered', () => {
    expect(levelDistribution(area([[null, null]]), [], answering({ 1: [1] }))).toBeNull()
    expect(levelDistribution(area([[levels[0], levels[1]]]), levels, answering({}))).toBeNull()
  })
})
