import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { MigrateUpArgs } from '@payloadcms/db-sqlite'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { migrations } from '@migrations/sqlite'
import { membersOf, saveAnswers } from '@/site/team/answers'
import type { Member } from '@/site/team/member'
import { limits } from '@/shared/limits'
import { usePayload } from '@tests/support/boot'
import { moreInstances } from '@tests/support/more-instances'

/**
 * A team's members' answers are one row each (collections/TeamAnswers), written by the member's
 * own insert or update: members answering at the same moment through different instances never
 * overwrite each other, and the team's limit holds however many arrive at once.
 */
const ctx = usePayload()
let instances: Payload[]
let close: () => Promise<void>

beforeAll(async () => {
  ;({ instances, close } = await moreInstances(2))
  instances.unshift(ctx.payload)
})
afterAll(async () => close?.())

const newTeam = async (publicId: string) =>
  (
    await ctx.payload.create({
      collection: 'team-assessments',
      overrideAccess: true,
      data: { publicId, coordinatorKeyHash: 'a'.repeat(64), lastActivityAt: new Date().toISOString() },
    })
  ).id

const member = (i: number, answer = 1): Member => ({
  id: `member-${i}`,
  role: 'staff',
  name: `Üye ${i}`,
  answers: { '16': answer },
  at: '',
})

describe('members answering at the same moment through three instances', () => {
  it('30 members: 30 rows, none lost, each with its own answers', async () => {
    const team = await newTeam('thirty-members-0000000')
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => saveAnswers(instances[i % 3], team, member(i, i % 4))),
    )
    expect(results).toEqual(Array(30).fill('saved'))
    const members = await membersOf(ctx.payload, team)
    expect(members.map((m) => m.id).sort()).toEqual(Array.from({ length: 30 }, (_, i) => `member-${i}`).sort())
    for (const m of members) expect(m.answers).toEqual({ '16': Number(m.id.split('-')[1]) % 4 })
  })

  it('a member who changes their answers keeps one row, with the newer answers', async () => {
    const team = await newTeam('changed-answers-000000')
    await saveAnswers(instances[0], team, member(1, 1))
    await Promise.all([saveAnswers(instances[1], team, member(2, 2)), saveAnswers(instances[2], team, member(1, 3))])
    const members = await membersOf(ctx.payload, team)
    expect(members.map((m) => [m.id, m.answers['16']])).toEqual([
      ['member-1', 3],
      ['member-2', 2],
    ])
  })

  it(`${limits.team.members + 10} arriving at once: exactly ${limits.team.members} saved, the others told it is full`, async () => {
    const team = await newTeam('full-team-000000000000')
    const results = await Promise.all(
      Array.from({ length: limits.team.members + 10 }, (_, i) => saveAnswers(instances[i % 3], team, member(i))),
    )
    expect(results.filter((r) => r === 'saved')).toHaveLength(limits.team.members)
    expect(results.filter((r) => r === 'full')).toHaveLength(10)
    expect(await membersOf(ctx.payload, team)).toHaveLength(limits.team.members)
  }, 120_000)
})

/**
 * Runs `check` on a new SQLite database migrated up to the team answers' migration (not it):
 * with the database, the migrations' arguments and that migration's index.
 */
async function beforeTheMove(
  check: (db: ReturnType<typeof drizzle>, args: MigrateUpArgs, index: number) => Promise<void>,
): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'rota-team-answers-'))
  const client = createClient({ url: `file:${path.join(dir, 'migrated.db')}` })
  try {
    const db = drizzle(client)
    const args = { db, payload: ctx.payload, req: {} } as unknown as MigrateUpArgs
    const index = migrations.findIndex((m) => m.name.endsWith('_team_answers'))
    for (const migration of migrations.slice(0, index)) await migration.up(args)
    await check(db, args, index)
  } finally {
    client.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

describe.skipIf(process.env.TEST_DATABASE === 'mongodb')('the move of the members lists into rows (SQLite)', () => {
  it('every member of every list becomes a row, in order; one listed twice keeps the later answers', async () => {
    await beforeTheMove(async (db, args, index) => {
      const old = (id: string, role: string, answer: number, at: string) => ({
        id,
        role,
        name: id.toUpperCase(),
        answers: { '16': answer },
        at,
      })
      const team = (id: string, members: unknown) =>
        db.run(sql`INSERT INTO team_assessments (id, public_id, coordinator_key_hash, members, member_count)
          VALUES (${id}, ${`public-${id}`}, 'x', ${members === undefined ? null : JSON.stringify(members)}, 0)`)
      await team('t1', [
        old('ayse', 'board', 1, '2026-11-01T10:00:00.000Z'),
        old('ali', 'staff', 2, '2026-11-01T11:00:00.000Z'),
        old('ayse', 'board', 3, '2026-11-02T10:00:00.000Z'),
      ])
      await team('t2', [old('veli', 'volunteer', 0, '2026-11-03T10:00:00.000Z')])
      await team('t3', [])
      await team('t4', undefined)

      await migrations[index].up(args)

      const rows = await db.all<Record<string, unknown>>(
        sql`SELECT team, member, place, role, name, answers, created_at FROM team_answers ORDER BY team, place`,
      )
      expect(rows).toEqual([
        {
          team: 't1',
          member: 'ayse',
          place: 1,
          role: 'board',
          name: 'AYSE',
          answers: '{"16":3}',
          created_at: '2026-11-02T10:00:00.000Z',
        },
        {
          team: 't1',
          member: 'ali',
          place: 2,
          role: 'staff',
          name: 'ALI',
          answers: '{"16":2}',
          created_at: '2026-11-01T11:00:00.000Z',
        },
        {
          team: 't2',
          member: 'veli',
          place: 1,
          role: 'volunteer',
          name: 'VELI',
          answers: '{"16":0}',
          created_at: '2026-11-03T10:00:00.000Z',
        },
      ])
      // And back: the down migration puts the lists together again.
      await migrations[index].down(args)
      const lists = await db.all<{ id: string; members: string; member_count: number }>(
        sql`SELECT id, members, member_count FROM team_assessments ORDER BY id`,
      )
      expect(lists.map((t) => [t.id, JSON.parse(t.members).map((m: Member) => m.id), t.member_count])).toEqual([
        ['t1', ['ayse', 'ali'], 2],
        ['t2', ['veli'], 1],
        ['t3', [], 0],
        ['t4', [], 0],
      ])
    })
  })

  it('a list that is no list stops the move, naming the team, and nothing is lost', async () => {
    await beforeTheMove(async (db, args, index) => {
      await db.run(sql`INSERT INTO team_assessments (id, public_id, coordinator_key_hash, members)
        VALUES ('broken', 'public-broken', 'x', '{"not":"a list"}')`)
      await expect(migrations[index].up(args)).rejects.toThrow(/team_assessments broken: members is not a list/)
      const [kept] = await db.all<{ members: string }>(sql`SELECT members FROM team_assessments`)
      expect(kept.members).toBe('{"not":"a list"}')
    })
  })
})
