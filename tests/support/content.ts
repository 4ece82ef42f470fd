import type { Payload } from 'payload'

import type { User } from '@payload-types'
import { paragraphs } from '@tests/support/lexical'

export type Cast = { admin: User; editor: User; translator: User; frenchTranslator: User }

/** One user per role: an English translator, and a translator assigned no language we test. */
export async function createCast(payload: Payload): Promise<Cast> {
  const make = (email: string, role: User['role'], languages: User['languages'] = []) =>
    payload.create({
      collection: 'users',
      data: { email, password: 'test-password-123', name: email, role, languages },
    })
  const admin = await make('admin@example.org', 'admin')
  const editor = await make('editor@example.org', 'editor')
  const translator = await make('translator@example.org', 'translator', ['en'])
  const frenchTranslator = await make('nolang@example.org', 'translator', [])
  return { admin, editor, translator, frenchTranslator }
}

/** A published question 1 with choice 1 and its published Turkish advice. */
export async function createPublishedAdvice(payload: Payload, number = 1, body = 'Yayımlanmış reçete') {
  const question = await payload.create({
    collection: 'questions',
    data: { number, text: `Soru metni ${number}`, _status: 'published' },
  })
  const choice = await payload.create({
    collection: 'choices',
    data: { question: question.id, number: 1, label: `Seçenek ${number}.1`, _status: 'published' },
  })
  const advice = await payload.create({
    collection: 'advice',
    data: { choice: choice.id, body: paragraphs(body), _status: 'published' },
  })
  return { question, choice, advice }
}

/** A question, choice and advice that were only ever saved as drafts. */
export async function createDraftOnlyAdvice(payload: Payload, number = 2, body = 'Gizli taslak reçete') {
  const question = await payload.create({
    collection: 'questions',
    draft: true,
    data: { number, text: `Taslak soru ${number}`, _status: 'draft' },
  })
  const choice = await payload.create({
    collection: 'choices',
    draft: true,
    data: { question: question.id, number: 1, label: 'Taslak seçenek', _status: 'draft' },
  })
  const advice = await payload.create({
    collection: 'advice',
    draft: true,
    data: { choice: choice.id, body: paragraphs(body), _status: 'draft' },
  })
  return { question, choice, advice }
}
