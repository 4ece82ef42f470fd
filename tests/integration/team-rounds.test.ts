import { beforeAll, describe, expect, it } from 'vitest'

import type { Assessment, AssessmentQuestion } from '@/site/assessment'
import { compareRounds } from '@/site/team/compare'
import { teamResults } from '@/site/team/results'
import type { Member, Team } from '@/site/team/store'
import { purgeStaleTeamAssessments } from '@collections/TeamAssessments/purge'
import { limits } from '@/shared/limits'
import { wasDeleted } from '@/shared/team/team-tombstone'
import { usePayload } from '@tests/support/boot'
import { createCast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

/**
 * A team over time (issue 26): the coordinator starts a new round of the same team through the
 * site's own store (src/site/team/rounds.ts), the one key opens every round, the results compare
 * a round with the one before, and a team is deleted, by whoever, and purged only whole.
 */
const ctx = usePayload()
const day = 24 * 60 * 60 * 1000

// The site's store reads the Payload config when it is loaded, so it is loaded once the test's
// database is set (tests/support/payload.ts): the same Payload instance then serves both.
let store: typeof import('@/site/team/store')
let rounds: typeof import('@/site/team/rounds')
const createTeam = (name: string) => store.createTeam(name)
const deleteTeam = (team: Team) => store.deleteTeam(team)
const findTeam = (publicId: string) => store.findTeam(publicId)
const findTeamAsCoordinator = (publicId: string, key: string) => store.findTeamAsCoordinator(publicId, key)
const saveMember = (publicId: string, member: Member) => store.saveMember(publicId, member)
const roundsOf = (team: Team) => rounds.roundsOf(team)
const earlierRound = (team: Team) => rounds.earlierRound(team)
const startRound = (team: Team) => rounds.startRound(team)

beforeAll(async () => {
  await createCast(ctx.payload)
  store = await import('@/site/team/store')
  rounds = await import('@/site/team/rounds')
})

let nextMember = 0
/** A member answering a round: question number → choice number (0: not sure). */
async function answer(team: Team, answers: Record<string, number>) {
  const member: Member = { id: `member-${++nextMember}`, role: 'staff', name: '', answers, at: '' }
  expect(await saveMember(team.publicId, member)).toBe('saved')
}

async function asCoordinator(publicId: string, key: string): Promise<Team> {
  const team = await findTeamAsCoordinator(publicId, key)
  expect(team, publicId).not.toBeNull()
  return team!
}

async function newTeam(name: string) {
  const { publicId, key } = await createTeam(name)
  return { key, team: await asCoordinator(publicId, key) }
}

async function nextRound(team: Team, key: string): Promise<Team> {
  const started = await startRound(team)
  if (started === 'too-many') throw new Error('too many rounds')
  return asCoordinator(started.publicId, key)
}

const roundRows = (series: string | null) =>
  ctx.payload.count({ collection: 'team-assessments', where: { series: { equals: series } }, overrideAccess: true })
const answerRows = async (teamId: string) =>
  (await ctx.payload.count({ collection: 'team-answers', where: { team: { equals: teamId } } })).totalDocs

describe('a new round of the same team', () => {
  it('has a new members’ link, the same name and key, closes the earlier link and keeps its answers', async () => {
    const { key, team: first } = await newTeam('Yıllık Dernek')
    await answer(first, { '16': 1 })
    await answer(first, { '16': 2 })
    const second = await nextRound(first, key)

    expect(second.publicId).not.toBe(first.publicId)
    expect(second.name).toBe('Yıllık Dernek')
    expect(second.members).toEqual([])
    expect(second.closed).toBe(false)
    expect(second.series).toBe(first.series)
    expect(second.previousRound).toBe(first.id)
    // The same key opens both rounds; the earlier round is closed, its answers kept.
    const firstNow = await asCoordinator(first.publicId, key)
    expect(firstNow.closed).toBe(true)
    expect(firstNow.members).toHaveLength(2)
    expect(await findTeamAsCoordinator(second.publicId, 'another-key')).toBeNull()
    // Members answer the new round through its own link.
    await answer(second, { '16': 2 })
    const rounds = await roundsOf(second)
    expect(rounds.map((r) => [r.number, r.publicId, r.members])).toEqual([
      [1, first.publicId, 2],
      [2, second.publicId, 1],
    ])
    expect(Date.parse(rounds[0]!.startedAt)).toBeLessThanOrEqual(Date.parse(rounds[1]!.startedAt))
    // The earlier round with its answers, the round the comparison reads.
    expect((await earlierRound(second))?.members.map((m) => m.answers)).toEqual([{ '16': 1 }, { '16': 2 }])
    expect(await earlierRound(first)).toBeNull()
  })

  it('sent twice, from two tabs at once or from an earlier round, starts one round and leads to the latest', async () => {
    const { key, team: first } = await newTeam('Çift Tık')
    const [a, b] = await Promise.all([startRound(first), startRound(first)])
    expect(a).toEqual(b)
    expect((await roundRows(first.series)).totalDocs).toBe(2)
    const second = await asCoordinator((a as { publicId: string }).publicId, key)
    const third = await nextRound(second, key)
    // From the first round's page, later: no new round, the latest one.
    expect(await startRound(await asCoordinator(first.publicId, key))).toEqual({ publicId: third.publicId })
    expect((await roundsOf(first)).map((r) => r.publicId)).toEqual([first.publicId, second.publicId, third.publicId])
  })

  it(`stops at ${limits.team.rounds} rounds`, async () => {
    const { key, team } = await newTeam('Uzun Soluklu')
    let round = team
    for (let i = 1; i < limits.team.rounds; i++) round = await nextRound(round, key)
    expect(await startRound(round)).toBe('too-many')
    expect((await roundRows(team.series)).totalDocs).toBe(limits.team.rounds)
  })

  it('a team from before rounds (no series) gets one when its second round starts', async () => {
    const { key, team } = await newTeam('Eski Ekip')
    await ctx.payload.db.updateOne({ collection: 'team-assessments', id: team.id, data: { series: null } })
    const legacy = await asCoordinator(team.publicId, key)
    expect(legacy.series).toBeNull()
    expect((await roundsOf(legacy)).map((r) => r.publicId)).toEqual([team.publicId])
    const second = await nextRound(legacy, key)
    expect(second.series).toEqual(expect.any(String))
    expect((await asCoordinator(team.publicId, key)).series).toBe(second.series)
    expect((await roundsOf(second)).map((r) => r.number)).toEqual([1, 2])
  })
})

describe('round comparison', () => {
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
  const questions = [1, 2, 3, 4, 5].map(question)
  const assessment: Assessment = {
    areas: [{ index: 1, id: 'a', title: null, questions }],
    questions: new Map(questions.map((q) => [q.number, q])),
    levels: [],
  }

  it('per question: the most common answer then and now, and whether agreement went up or down', async () => {
    const { key, team: first } = await newTeam('Karşılaştırma')
    // Round 1. Q1: 3 × answer 1, 1 × answer 2 (3/4). Q2: 2 × 1, 2 × 2 (tied, 2/4).
    // Q3: 2 × 3, 2 unsure (2/4). Q4: 2 × 1, 2 × 2 (2/4). Q5: nobody.
    await answer(first, { '1': 1, '2': 1, '3': 3, '4': 1 })
    await answer(first, { '1': 1, '2': 1, '3': 3, '4': 1 })
    await answer(first, { '1': 1, '2': 2, '3': 0, '4': 2 })
    await answer(first, { '1': 2, '2': 2, '3': 0, '4': 2 })
    const second = await nextRound(first, key)
    // Round 2. Q1: 2 × 2, 1 × 1 (moved to 2, 2/3 < 3/4: down). Q2: 3 × 1 (the tie resolved: moved, up).
    // Q3: 3 × 3 (same, 3/3: up). Q4: 3 × 1, 3 × 2 (still tied, 3/6 = 2/4: same). Q5: 1 × 2 (new).
    await answer(second, { '1': 2, '2': 1, '3': 3, '4': 1, '5': 2 })
    await answer(second, { '1': 2, '2': 1, '3': 3, '4': 1 })
    await answer(second, { '1': 1, '2': 1, '3': 3, '4': 1 })
    for (let i = 0; i < 3; i++) await answer(second, { '4': 2 })

    const now = await asCoordinator(second.publicId, key)
    const earlier = await earlierRound(now)
    const changes = compareRounds(
      teamResults(earlier!.members, assessment).questions,
      teamResults(now.members, assessment).questions,
    )
    const summary = changes.map((c) => ({
      q: c.question.number,
      then: c.then && { choices: c.then.choices.map((x) => x.number), share: `${c.then.count}/${c.then.answered}` },
      now: c.now && { choices: c.now.choices.map((x) => x.number), share: `${c.now.count}/${c.now.answered}` },
      moved: c.moved,
      agreement: c.agreement,
    }))
    expect(summary).toEqual([
      {
        q: 1,
        then: { choices: [1], share: '3/4' },
        now: { choices: [2], share: '2/3' },
        moved: true,
        agreement: 'down',
      },
      {
        q: 2,
        then: { choices: [1, 2], share: '2/4' },
        now: { choices: [1], share: '3/3' },
        moved: true,
        agreement: 'up',
      },
      {
        q: 3,
        then: { choices: [3], share: '2/4' },
        now: { choices: [3], share: '3/3' },
        moved: false,
        agreement: 'up',
      },
      {
        q: 4,
        then: { choices: [1, 2], share: '2/4' },
        now: { choices: [1, 2], share: '3/6' },
        moved: false,
        agreement: 'same',
      },
      { q: 5, then: null, now: { choices: [2], share: '1/1' }, moved: false, agreement: null },
    ])
  })
})

describe('deleting a team', () => {
  it('the coordinator’s deletion of any round deletes every round, its answers, and leaves a tombstone of each link', async () => {
    const { key, team: first } = await newTeam('Silinen Ekip')
    await answer(first, { '16': 1 })
    const second = await nextRound(first, key)
    await answer(second, { '16': 2 })
    const third = await nextRound(second, key)
    await answer(third, { '16': 2 })
    // The middle round's page deletes the team.
    await deleteTeam(await asCoordinator(second.publicId, key))
    for (const round of [first, second, third]) {
      expect(await findTeam(round.publicId), round.publicId).toBeNull()
      expect(await wasDeleted(ctx.payload, round.publicId)).toBe(true)
      expect(await answerRows(round.id)).toBe(0)
    }
    expect((await roundRows(first.series)).totalDocs).toBe(0)
  })

  it('an administrator’s deletion of one round in the admin deletes the whole team too', async () => {
    const http = httpClient(ctx.payload)
    const token = await tokenFor(ctx.payload, 'admin@example.org')
    const { key, team: first } = await newTeam('Yöneticinin Sildiği')
    const second = await nextRound(first, key)
    await answer(second, { '16': 1 })
    expect((await http.rest('DELETE', `team-assessments/${first.id}`, { token })).status).toBe(200)
    for (const round of [first, second]) {
      expect(await findTeam(round.publicId)).toBeNull()
      expect(await wasDeleted(ctx.payload, round.publicId)).toBe(true)
      expect(await answerRows(round.id)).toBe(0)
    }
  })
})

describe('the nightly purge', () => {
  it('keeps a team while any round of it is recent, and deletes every round once none is', async () => {
    const ago = (days: number) => new Date(Date.now() - days * day).toISOString()
    const age = (team: Team, days: number) =>
      ctx.payload.db.updateOne({ collection: 'team-assessments', id: team.id, data: { lastActivityAt: ago(days) } })

    // The first round untouched for 300 days, the second answered yesterday: both kept.
    const kept = await newTeam('Süren Ekip')
    const keptSecond = await nextRound(kept.team, kept.key)
    await age(kept.team, 300)
    await age(keptSecond, 1)
    // Every round older than the limit: all go.
    const stale = await newTeam('Biten Ekip')
    await answer(stale.team, { '16': 1 })
    const staleSecond = await nextRound(stale.team, stale.key)
    await answer(staleSecond, { '16': 1 })
    await age(stale.team, 400)
    await age(staleSecond, limits.team.retentionDays + 1)

    await purgeStaleTeamAssessments(ctx.payload)

    expect(await findTeam(kept.team.publicId)).not.toBeNull()
    expect(await findTeam(keptSecond.publicId)).not.toBeNull()
    for (const round of [stale.team, staleSecond]) {
      expect(await findTeam(round.publicId)).toBeNull()
      expect(await wasDeleted(ctx.payload, round.publicId)).toBe(true)
      expect(await answerRows(round.id)).toBe(0)
    }
  })
})
