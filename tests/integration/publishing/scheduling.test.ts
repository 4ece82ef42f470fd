import { beforeAll, describe, expect, it } from 'vitest'

import { draftFingerprint } from '@/cms/schedules/fingerprint'
import { carryOutDueSchedules, startScheduleRunner } from '@/cms/schedules/runner'
import { contentGeneration } from '@/shared/server/content-generation'
import { limits } from '@/shared/limits'
import { scheduleOutcomes, type ScheduleAction } from '@/shared/states/schedules'
import { usePayload } from '@tests/support/boot'
import { createCast, type Cast } from '@tests/support/content'
import { httpClient, tokenFor } from '@tests/support/http'

import type { Schedule } from '@payload-types'

/**
 * Scheduled publishing: editors schedule a publish or an unpublish per document and language
 * (REST and GraphQL), translators cannot; when it is due the runner publishes only that
 * language and only the text that was scheduled, readers never see it early, and every
 * outcome (done, held, failed) is kept for editors and written in the activity log.
 */
const ctx = usePayload()
const http = httpClient(ctx.payload)
let cast: Cast
let tokens: Record<'editor' | 'translator' | 'admin', string>

const hour = 60 * 60_000
const inAnHour = () => new Date(Date.now() + hour).toISOString()
const twoHoursOn = () => new Date(Date.now() + 2 * hour)

const schedulesOf = async (document: string): Promise<Schedule[]> =>
  (
    await ctx.payload.find({
      collection: 'schedules',
      where: { document: { equals: document } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs

const actionsLogged = async (document: string): Promise<string[]> =>
  (
    await ctx.payload.find({
      collection: 'activity-log',
      where: { document: { equals: document } },
      sort: 'createdAt',
      depth: 0,
      pagination: false,
    })
  ).docs.map((entry) => entry.action)

/** What an anonymous reader gets for the question over REST: its text, or the HTTP status. */
const readerSees = async (id: string, locale = 'tr') => {
  const { status, json } = await http.rest('GET', `questions/${id}?locale=${locale}&fallback-locale=none`)
  return status === 200 ? ((json.text as string | undefined) ?? null) : status
}

const publishedQuestion = async (number: number, text: string) =>
  (
    await ctx.payload.create({
      collection: 'questions',
      locale: 'tr',
      data: { number, text, _status: 'published' },
    })
  ).id

beforeAll(async () => {
  cast = await createCast(ctx.payload)
  tokens = {
    editor: await tokenFor(ctx.payload, cast.editor.email),
    translator: await tokenFor(ctx.payload, cast.translator.email),
    admin: await tokenFor(ctx.payload, cast.admin.email),
  }
})

describe('scheduling a publish', () => {
  it('an editor schedules a new question over REST; readers see nothing until the runner publishes it on time', async () => {
    const created = await http.rest('POST', 'questions?locale=tr&draft=true', {
      token: tokens.editor,
      body: { number: 91, text: 'Zamanlanmış soru?' },
    })
    expect(created.status).toBe(201)
    const id = (created.json.doc as { id: string }).id
    const at = inAnHour()
    const scheduled = await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: at },
    })
    expect(scheduled.status).toBe(200)
    const [pending] = await schedulesOf(id)
    expect(pending).toMatchObject({ action: 'publish', locale: 'tr', state: 'pending', requestedBy: cast.editor.name })
    expect(new Date(pending.at).toISOString()).toBe(at)

    // Not before its time: REST, GraphQL and the runner a minute early.
    expect(await readerSees(id)).toBe(404)
    const early = await http.graphql(`{ Questions(where: { number: { equals: 91 } }) { docs { id } } }`)
    expect(early.json.data?.Questions.docs).toEqual([])
    expect(await carryOutDueSchedules(ctx.payload, new Date(Date.parse(at) - 60_000))).toEqual({
      done: 0,
      held: 0,
      failed: 0,
    })
    expect(await readerSees(id)).toBe(404)

    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toMatchObject({ done: 1 })
    expect(await readerSees(id)).toBe('Zamanlanmış soru?')
    const [done] = await schedulesOf(id)
    expect(done).toMatchObject({ state: 'done', outcome: 'Zamanında yayımlandı.' })
    expect(await actionsLogged(id)).toEqual(['schedule', 'scheduled_publish'])
    const entry = (
      await ctx.payload.find({ collection: 'activity-log', where: { action: { equals: 'scheduled_publish' } } })
    ).docs[0]
    expect(entry).toMatchObject({
      personName: cast.editor.name,
      locale: 'tr',
      documentTitle: 'Soru: Zamanlanmış soru?',
    })
    // The date is used up, and the version names who scheduled it.
    const doc = await ctx.payload.findByID({ collection: 'questions', id, locale: 'tr', draft: true })
    expect(doc.publishAt ?? null).toBeNull()
    expect(doc.changedBy).toBe(`${cast.editor.name} (zamanlanmış)`)
  })

  it('publishes only the scheduled language and exactly the text that was scheduled', async () => {
    const id = await publishedQuestion(92, 'Eski metin')
    await ctx.payload.update({
      collection: 'questions',
      id,
      locale: 'tr',
      draft: true,
      data: { text: 'Yeni metin' },
      user: cast.editor,
      overrideAccess: false,
    })
    const scheduled = await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: inAnHour() },
    })
    expect(scheduled.status).toBe(200)
    // A translator's English draft, saved after the Turkish schedule, is not the schedule's.
    const english = await http.rest('PATCH', `questions/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { text: 'An English draft nobody reviewed' },
    })
    expect(english.status).toBe(200)
    expect(await readerSees(id)).toBe('Eski metin')

    await carryOutDueSchedules(ctx.payload, twoHoursOn())
    expect(await readerSees(id)).toBe('Yeni metin')
    expect(await readerSees(id, 'en')).toBeNull()
    // The English draft is still there for review.
    const draft = await ctx.payload.findByID({ collection: 'questions', id, locale: 'en', draft: true })
    expect(draft.text).toBe('An English draft nobody reviewed')
  })

  it('a draft changed after scheduling is held, not published, and shown with the reason until rescheduled', async () => {
    const id = await publishedQuestion(93, 'Yayındaki metin')
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { text: 'Gözden geçirilmiş metin', publishAt: inAnHour() },
    })
    // Somebody changes the draft afterwards; the form sends the date back unchanged.
    const [{ at }] = await schedulesOf(id)
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.admin,
      body: { text: 'Yarım kalmış bir düzeltme', publishAt: at },
    })
    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toMatchObject({ held: 1 })
    expect(await readerSees(id)).toBe('Yayındaki metin')
    const [held] = await schedulesOf(id)
    expect(held.state).toBe('held')
    expect(held.outcome).toContain('Taslak, zamanlandıktan sonra değişti')
    expect(await actionsLogged(id)).toEqual(['publish', 'schedule', 'schedule_failed'])
    // Editors read it over REST; the runner does not try again by itself.
    const listed = await http.rest('GET', `schedules?where[state][equals]=held`, { token: tokens.editor })
    expect((listed.json.docs as Schedule[]).map((s) => s.document)).toContain(id)
    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toMatchObject({ held: 0 })

    // The editor reviews the draft and schedules it again: that text goes live.
    const again = await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: new Date(Date.now() + 90 * 60_000).toISOString() },
    })
    expect(again.status).toBe(200)
    expect((await schedulesOf(id)).map((s) => s.state)).toEqual(['cancelled', 'pending'])
    await carryOutDueSchedules(ctx.payload, twoHoursOn())
    expect(await readerSees(id)).toBe('Yarım kalmış bir düzeltme')
  })

  it("the form reads the document's open schedules: editors the held one with its reason, translators only a pending publish's time", async () => {
    const id = await publishedQuestion(190, 'Yayındaki metin')
    const at = inAnHour()
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { text: 'Zamanlanmış metin', publishAt: at },
    })
    const open = async (token?: string, locale = 'tr') => {
      const { status, json } = await http.rest('GET', `schedule-state/questions/${id}?locale=${locale}`, { token })
      return { status, schedules: json.schedules as Array<Record<string, unknown>> | undefined }
    }
    expect((await open(tokens.editor)).schedules).toEqual([
      { action: 'publish', at, state: 'pending', outcome: null, draftChanged: false, requestedBy: cast.editor.email },
    ])
    // A translator saving this language's draft would hold it: they are told the time, nothing else.
    expect((await open(tokens.translator)).schedules).toEqual([
      { action: 'publish', at, state: 'pending', outcome: null, draftChanged: false, requestedBy: null },
    ])
    expect((await open(tokens.editor, 'en')).schedules).toEqual([])

    // A colleague changes the draft: the form says at once that it will be held; when due, it
    // is, with the reason and the way out.
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.admin,
      body: { text: 'Sonradan değişen metin', publishAt: at },
    })
    expect((await open(tokens.editor)).schedules?.[0]).toMatchObject({ state: 'pending', draftChanged: true })
    await carryOutDueSchedules(ctx.payload, twoHoursOn())
    const [held] = (await open(tokens.editor)).schedules ?? []
    expect(held).toMatchObject({ action: 'publish', at, state: 'held' })
    expect(held.outcome).toBe(scheduleOutcomes.draftChanged)
    expect((await open(tokens.translator)).schedules).toEqual([])

    // A new time replaces it: nothing held any more.
    const later = new Date(Date.now() + 3 * hour).toISOString()
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: later },
    })
    expect((await open(tokens.editor)).schedules?.map((s) => s.state)).toEqual(['pending'])

    expect((await open()).status).toBe(403)
    expect((await http.rest('GET', `schedule-state/users/${id}?locale=tr`, { token: tokens.editor })).status).toBe(404)
    expect((await http.rest('GET', `schedule-state/questions/${id}?locale=xx`, { token: tokens.editor })).status).toBe(
      404,
    )
  })

  it('a publish that cannot be carried out is kept as failed with its reason and logged', async () => {
    const id = await publishedQuestion(94, 'Soru 94')
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { text: 'Soru 94, yeni', publishAt: inAnHour() },
    })
    // The document goes without the CMS knowing (a database restored from an older backup,
    // an operator's hand): the runner finds nothing to publish.
    await ctx.payload.db.deleteOne({ collection: 'questions', where: { id: { equals: id } } })
    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toMatchObject({ failed: 1 })
    const [failed] = await schedulesOf(id)
    expect(failed).toMatchObject({ state: 'failed', outcome: 'Belge silindi.' })
    expect(await actionsLogged(id)).toEqual(['publish', 'schedule', 'schedule_failed'])
    // Editors read it, with the reason, over REST and GraphQL.
    const rest = await http.rest('GET', `schedules/${failed.id}`, { token: tokens.editor })
    expect(rest.json).toMatchObject({ state: 'failed', outcome: 'Belge silindi.' })
    const graphql = await http.graphql(
      `{ Schedules(where: { state: { equals: failed } }) { docs { document outcome } } }`,
      {
        token: tokens.editor,
      },
    )
    expect(graphql.json.data?.Schedules.docs).toContainEqual({ document: id, outcome: 'Belge silindi.' })
  })

  it('a schedule whose time passed while the app was down is carried out as soon as the runner starts', async () => {
    const id = (
      await ctx.payload.create({
        collection: 'questions',
        draft: true,
        locale: 'tr',
        data: { number: 95, text: 'Kesinti sırasında zamanı gelen soru' },
      })
    ).id
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: new Date(Date.now() - hour).toISOString() },
    })
    const stop = startScheduleRunner(ctx.payload)
    try {
      await expect.poll(() => readerSees(id), { timeout: 10_000 }).toBe('Kesinti sırasında zamanı gelen soru')
    } finally {
      // Left running, it carried out the schedules later tests count themselves (seen under load).
      stop()
    }
  })
})

describe('scheduling an unpublish, and cancelling', () => {
  it('an editor schedules an unpublish over GraphQL; on time the page is off the site', async () => {
    const id = await publishedQuestion(96, 'Kampanya sorusu')
    const mutation = `mutation ($id: String!, $at: String) {
      updateQuestion(id: $id, draft: true, locale: tr, data: { unpublishAt: $at }) { id unpublishAt }
    }`
    const at = inAnHour()
    const result = await http.graphql(mutation, { token: tokens.editor, variables: { id, at } })
    expect(result.json.errors).toBeUndefined()
    expect(await readerSees(id)).toBe('Kampanya sorusu')
    await carryOutDueSchedules(ctx.payload, twoHoursOn())
    expect(await readerSees(id)).toBe(404)
    expect(await actionsLogged(id)).toEqual(['publish', 'schedule', 'scheduled_unpublish'])
  })

  it('null cancels (REST and GraphQL), and a publish by hand ends a pending scheduled publish', async () => {
    const id = await publishedQuestion(97, 'Soru 97')
    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: inAnHour() },
    })
    const cancelled = await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { publishAt: null },
    })
    expect(cancelled.status).toBe(200)
    expect((await schedulesOf(id)).map((s) => s.state)).toEqual(['cancelled'])

    const viaGraphQL = `mutation ($id: String!, $at: String) {
      updateQuestion(id: $id, draft: true, locale: tr, data: { publishAt: $at }) { id }
    }`
    await http.graphql(viaGraphQL, { token: tokens.editor, variables: { id, at: inAnHour() } })
    await http.graphql(viaGraphQL, { token: tokens.editor, variables: { id, at: null } })
    expect((await schedulesOf(id)).map((s) => s.state)).toEqual(['cancelled', 'cancelled'])

    await http.rest('PATCH', `questions/${id}?locale=tr&draft=true`, {
      token: tokens.editor,
      body: { text: 'Soru 97, düzeltilmiş', publishAt: inAnHour() },
    })
    const byHand = await http.rest('PATCH', `questions/${id}?locale=tr`, {
      token: tokens.editor,
      body: { _status: 'published' },
    })
    expect(byHand.status).toBe(200)
    const states = (await schedulesOf(id)).map((s) => s.state)
    expect(states).toEqual(['cancelled', 'cancelled', 'cancelled'])
    expect(await actionsLogged(id)).toEqual([
      'publish',
      'schedule',
      'unschedule',
      'schedule',
      'unschedule',
      'schedule',
      'publish',
      'unschedule',
    ])
  })
})

describe('who may schedule', () => {
  it('translators cannot schedule or cancel, over REST or GraphQL; their drafts still save', async () => {
    const id = await publishedQuestion(98, 'Soru 98')
    const rest = await http.rest('PATCH', `questions/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { text: 'Question 98', publishAt: inAnHour() },
    })
    expect(rest.status).toBe(403)
    expect(JSON.stringify(rest.json)).toContain('zamanlamak editörlerin işidir')
    const graphql = await http.graphql(
      `mutation ($id: String!) { updateQuestion(id: $id, draft: true, locale: en, data: { publishAt: "2030-01-01T09:00:00.000Z" }) { id } }`,
      { token: tokens.translator, variables: { id } },
    )
    expect(graphql.json.errors?.[0]?.message).toContain('zamanlamak editörlerin işidir')
    expect(await schedulesOf(id)).toEqual([])

    // An editor schedules the English translation; the translator's form sends the date back unchanged.
    const first = await http.rest('PATCH', `questions/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { text: 'Question 98?' },
    })
    expect(first.status).toBe(200)
    const at = inAnHour()
    const byEditor = await http.rest('PATCH', `questions/${id}?locale=en&draft=true`, {
      token: tokens.editor,
      body: { publishAt: at },
    })
    expect(byEditor.status).toBe(200)
    const translatorSave = await http.rest('PATCH', `questions/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { text: 'Question 98', publishAt: at },
    })
    expect(translatorSave.status).toBe(200)
    const clearing = await http.rest('PATCH', `questions/${id}?locale=en&draft=true`, {
      token: tokens.translator,
      body: { publishAt: null },
    })
    expect(clearing.status).toBe(403)
    expect((await schedulesOf(id)).map((s) => s.state)).toEqual(['pending'])
  })

  it('editors and admins read the schedules; translators and readers do not, and nobody writes them', async () => {
    for (const token of [tokens.editor, tokens.admin])
      expect((await http.rest('GET', 'schedules', { token })).status).toBe(200)
    expect((await http.rest('GET', 'schedules', { token: tokens.translator })).status).toBe(403)
    expect((await http.rest('GET', 'schedules')).status).toBe(403)
    const graphql = await http.graphql(`{ Schedules { docs { id state } } }`, { token: tokens.translator })
    expect(graphql.json.errors?.length).toBeGreaterThan(0)
    const editors = await http.graphql(`{ Schedules { docs { id state } } }`, { token: tokens.editor })
    expect(editors.json.errors).toBeUndefined()
    const [some] = (await ctx.payload.find({ collection: 'schedules', limit: 1 })).docs
    expect(
      (await http.rest('PATCH', `schedules/${some.id}`, { token: tokens.admin, body: { state: 'done' } })).status,
    ).toBe(403)
    expect((await http.rest('POST', 'schedules', { token: tokens.admin, body: {} })).status).toBe(403)
    expect((await http.rest('DELETE', `schedules/${some.id}`, { token: tokens.admin })).status).toBe(403)
  })
})

/**
 * A schedule written below Payload's operations, as a manual edit, an older version or a
 * value that passed an earlier validation leaves it.
 */
const stored = async (id: string, action: ScheduleAction, at: string) =>
  (await ctx.payload.db.create({
    collection: 'schedules',
    data: {
      at,
      action,
      targetCollection: 'questions',
      document: id,
      documentTitle: `Soru ${id}`,
      locale: 'tr',
      state: 'pending',
      requestedBy: cast.editor.name,
      fingerprint: await draftFingerprint(ctx.payload, { collection: 'questions', id, locale: 'tr' }),
    },
  })) as unknown as Schedule

const draftQuestion = async (number: number, text: string) =>
  (await ctx.payload.create({ collection: 'questions', draft: true, locale: 'tr', data: { number, text } })).id

describe('a stored time is compared as a time', () => {
  // What the tests above left pending is settled first: these count their own schedules only.
  beforeAll(async () => {
    await carryOutDueSchedules(ctx.payload, new Date(Date.now() + 4 * hour))
  })

  it('a time after the year 9999 or before the year 0 is never carried out: the schedule fails with the reason', async () => {
    // As text the first sorts before "2026-…", the last two after it: both were wrong.
    const times = [
      '+010000-01-01T00:00:00.000Z',
      '+275760-09-13T00:00:00.000Z',
      '-000001-01-01T00:00:00.000Z',
      '-271821-04-20T00:00:00.000Z',
    ]
    const documents: Array<{ live: string; draft: string }> = []
    for (const [i, at] of times.entries()) {
      const live = await publishedQuestion(200 + i, `Yayında kalan soru ${i}`)
      await stored(live, 'unpublish', at)
      const draft = await draftQuestion(300 + i, `Zamanı gelmemiş soru ${i}`)
      await stored(draft, 'publish', at)
      documents.push({ live, draft })
    }

    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toEqual({
      done: 0,
      held: 0,
      failed: times.length * 2,
    })
    for (const [i, { live, draft }] of documents.entries()) {
      expect(await readerSees(live), times[i]).toBe(`Yayında kalan soru ${i}`)
      expect(await readerSees(draft), times[i]).toBe(404)
      for (const id of [live, draft]) {
        expect(await schedulesOf(id)).toMatchObject([{ state: 'failed', outcome: scheduleOutcomes.unreadableTime }])
        expect((await actionsLogged(id)).at(-1)).toBe('schedule_failed')
      }
    }
    // Said once: the next look finds nothing to do.
    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toEqual({ done: 0, held: 0, failed: 0 })
  })

  it('a real time far ahead waits, however the text of other times sorts', async () => {
    const id = await publishedQuestion(210, 'Uzun süre yayında')
    await stored(id, 'unpublish', '9999-12-31T23:59:59.999Z')
    expect(await carryOutDueSchedules(ctx.payload, twoHoursOn())).toEqual({ done: 0, held: 0, failed: 0 })
    expect(await readerSees(id)).toBe('Uzun süre yayında')
    expect(await schedulesOf(id)).toMatchObject([{ state: 'pending' }])
  })

  it('a time written with an offset is not carried out before the moment it names', async () => {
    const now = twoHoursOn()
    // An hour after `now`, written in UTC-05:00: its text reads four hours before `now`.
    const wall = new Date(now.getTime() + hour - 5 * hour).toISOString().slice(0, 19)
    const id = await publishedQuestion(211, 'Bir saat daha yayında')
    await stored(id, 'unpublish', `${wall}-05:00`)
    expect(await carryOutDueSchedules(ctx.payload, now)).toEqual({ done: 0, held: 0, failed: 0 })
    expect(await readerSees(id)).toBe('Bir saat daha yayında')
    expect(await carryOutDueSchedules(ctx.payload, new Date(now.getTime() + hour))).toMatchObject({ done: 1 })
    expect(await readerSees(id)).toBe(404)
  })
})

describe('many schedules falling due together', () => {
  const count = 25
  /** `count` new questions scheduled for the past, the last made the oldest: oldest first is not the order made. */
  const scheduleMany = async (first: number) => {
    await carryOutDueSchedules(ctx.payload, new Date(Date.now() + 4 * hour))
    const ids: string[] = []
    for (let i = 0; i < count; i++) {
      const id = await draftQuestion(first + i, `Birlikte yayımlanan soru ${first + i}`)
      await stored(id, 'publish', new Date(Date.now() - (i + 1) * 60_000).toISOString())
      ids.push(id)
    }
    return ids
  }

  it('are carried out oldest first, with pages answered between their steps and refreshed once, not once each', async () => {
    const ids = await scheduleMany(400)
    const generation = contentGeneration()
    // Other work gets turns of the event loop while the runner works: a turn counted each time.
    let turns = 0
    let running = true
    const turn = () => {
      if (!running) return
      turns += 1
      setImmediate(turn)
    }
    setImmediate(turn)
    const started = Date.now()
    const counts = await carryOutDueSchedules(ctx.payload)
    const took = Date.now() - started
    running = false

    expect(counts).toEqual({ done: count, held: 0, failed: 0 })
    // Several turns per publish (between the runner's steps and the publish's hooks).
    expect(turns).toBeGreaterThanOrEqual(3 * count)
    // Pages refreshed at the end, and once more for every refresh interval the run lasted.
    const refreshes = contentGeneration() - generation
    expect(refreshes).toBeGreaterThanOrEqual(1)
    expect(refreshes).toBeLessThanOrEqual(1 + Math.floor(took / limits.scheduleRefreshMs))
    for (const id of ids) expect(await readerSees(id)).toBe(`Birlikte yayımlanan soru ${400 + ids.indexOf(id)}`)
    const ended = (await Promise.all(ids.map(schedulesOf))).map(([s]) => s)
    const byTime = [...ended].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))
    const carriedOut = byTime.map((s) => Date.parse(s.carriedOutAt!))
    expect(carriedOut).toEqual([...carriedOut].sort((a, b) => a - b))
  })

  it('two runners at once (two instances) carry each one out exactly once', async () => {
    const ids = await scheduleMany(500)
    const [a, b] = await Promise.all([carryOutDueSchedules(ctx.payload), carryOutDueSchedules(ctx.payload)])
    expect(a.done + b.done).toBe(count)
    expect(a.failed + b.failed + a.held + b.held).toBe(0)
    for (const id of ids) {
      expect(await actionsLogged(id)).toEqual(['scheduled_publish'])
      expect(await schedulesOf(id)).toMatchObject([{ state: 'done' }])
    }
  })
})
