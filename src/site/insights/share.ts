import { createHmac } from 'node:crypto'

import type { Payload } from 'payload'

import { dontKnow, readAnswers } from '@/site/answers'
import type { Assessment } from '@/site/assessment'
import { storeContribution } from '@/shared/insights/contributions'
import { readProfile } from '@/shared/insights/profile'
import { makeShareToken, shareTokenIsGood, useShareToken } from '@/shared/insights/share-token'
import type { StoredAnswer } from '@/shared/insights/tally'
import { attemptLimiter, giveBack, take, type AttemptLimit } from '@/shared/requests/attempt-limits'
import { limits } from '@/shared/limits'

const perAddress: AttemptLimit = {
  name: 'assessment-contributions',
  points: limits.insights.contributionsPerDay,
  windowMs: 24 * 60 * 60_000,
}

export type ShareOutcome =
  | { kind: 'added'; answers: number }
  /** Nothing published was answered: nothing to add. */
  | { kind: 'empty' }
  | { kind: 'too-many' }
  /**
   * The token was used already, is too old or was never ours: nothing is added, and the reader
   * is asked once more with a token of their own (the report they came from is a kept page, the
   * same for everyone who opens its address: docs/decisions/011-anonymous-contributions.md).
   */
  | { kind: 'confirm'; token: string }

/**
 * One organisation's answers added to the anonymous statistics, from the share form: the
 * answers (`q16=2`, as in the report's address, checked against the published questionnaire),
 * the profile (fixed lists), the token. Kept: each answer's question and choice (ids and
 * numbers), the profile and the month. The address only counts, in the attempt limits' table,
 * apart from the contribution.
 */
export async function contribute(
  payload: Payload,
  assessment: Assessment,
  form: URLSearchParams,
  address: string,
  now = new Date(),
): Promise<ShareOutcome> {
  const token = form.get('token')
  if (!shareTokenIsGood(payload.secret, token, now.getTime()))
    return { kind: 'confirm', token: makeShareToken(payload.secret, now.getTime()) }
  const limiter = attemptLimiter(payload, perAddress)
  // The counter's key is derived from the address, never the address itself (the privacy text says so).
  const counted = createHmac('sha256', payload.secret).update(`contribution:${address}`).digest('hex').slice(0, 32)
  if ((await take(limiter, counted)).waitMs) return { kind: 'too-many' }
  let added = false
  try {
    const { answers } = readAnswers(Object.fromEntries(form), assessment)
    const kept: StoredAnswer[] = []
    for (const [number, choiceNumber] of answers) {
      if (choiceNumber === dontKnow) continue
      const question = assessment.questions.get(number)!
      const choice = question.choices.find((c) => c.number === choiceNumber)!
      kept.push({ question: question.id, questionNumber: number, choice: choice.id, choiceNumber })
    }
    if (!kept.length) return { kind: 'empty' }
    if (!(await useShareToken(payload, token!, now)))
      return { kind: 'confirm', token: makeShareToken(payload.secret, now.getTime()) }
    await storeContribution(
      payload,
      readProfile((name) => form.get(name)),
      kept,
      now,
    )
    added = true
    return { kind: 'added', answers: kept.length }
  } finally {
    // Only what was added counts against the address.
    if (!added) await giveBack(limiter, counted)
  }
}
