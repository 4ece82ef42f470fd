import { describe, expect, it } from 'vitest'

import { answersQuery, readAnswers, readDay } from '@/site/answers'
import type { Assessment, AssessmentQuestion } from '@/site/assessment'

const question = (number: number, choices: number[]): AssessmentQuestion => ({
  id: `q${number}`,
  number,
  text: { value: `Soru ${number}`, lang: 'tr' },
  sample: false,
  area: 1,
  choices: choices.map((c) => ({
    id: `c${number}.${c}`,
    number: c,
    label: { value: `${number}.${c}`, lang: 'tr' },
    level: null,
    advice: null,
  })),
})
const questions = [question(3, [1, 2]), question(16, [1, 2, 3])]
const assessment: Assessment = {
  areas: [{ index: 1, id: 'a', title: null, questions }],
  questions: new Map(questions.map((q) => [q.number, q])),
  levels: [],
}

describe('answers in an address', () => {
  it('are read against the published questionnaire; "I don\'t know" is 0', () => {
    const { answers, day, ignored } = readAnswers({ q16: '2', q3: '0', d: '2026-11-29' }, assessment)
    expect([...answers]).toEqual([
      [16, 2],
      [3, 0],
    ])
    expect(day).toBe('2026-11-29')
    expect(ignored).toEqual([])
  })

  it('leave out what they cannot use, and say so: unknown questions and choices, bad values and dates', () => {
    const { answers, day, ignored } = readAnswers(
      { q99: '1', q16: '9', q3: 'x', d: '2026-02-30', other: 'y' },
      assessment,
    )
    expect(answers.size).toBe(0)
    expect(day).toBeNull()
    expect(ignored).toEqual([
      { kind: 'question', name: 'q99' },
      { kind: 'choice', name: 'q16=9' },
      { kind: 'value', name: 'q3' },
      { kind: 'date', name: 'd=2026-02-30' },
    ])
  })

  it('take the first value of a repeated parameter and never more than 1,000 parameters', () => {
    expect(readAnswers({ q16: ['3', '1'] }, assessment).answers.get(16)).toBe(3)
    const flood = Object.fromEntries(Array.from({ length: 5_000 }, (_, i) => [`q${i + 100}`, '1']))
    expect(readAnswers(flood, assessment).ignored).toHaveLength(1_000)
  })

  it('are written back in question order, with the day', () => {
    expect(
      answersQuery(
        new Map([
          [16, 2],
          [3, 0],
        ]),
        { d: '2026-11-29' },
      ),
    ).toBe('q3=0&q16=2&d=2026-11-29')
    expect(readDay('2026-11-29')).toBe('2026-11-29')
    expect(readDay('29.11.2026')).toBeNull()
  })
})
