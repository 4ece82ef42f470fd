import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload, Where } from 'payload'

import type { Locale } from '@/shared/locales'

/** The collections the import writes, in the order they may be deleted (dependants first). */
export const contentCollections = [
  'advice',
  'choices',
  'questions',
  'resources',
  'areas',
] as const satisfies CollectionSlug[]
export type ContentCollection = (typeof contentCollections)[number]

/** How many documents and how many versions each content collection holds. */
export async function countEverything(
  payload: Payload,
): Promise<Record<ContentCollection, { docs: number; versions: number }>> {
  const out = {} as Record<ContentCollection, { docs: number; versions: number }>
  for (const collection of contentCollections) {
    const docs = (await payload.count({ collection })).totalDocs
    const versions = (await payload.countVersions({ collection })).totalDocs
    out[collection] = { docs, versions }
  }
  return out
}

/** Deletes all content (users stay), leaving an empty database for a round trip. */
export async function deleteAllContent(payload: Payload): Promise<void> {
  for (const collection of contentCollections) {
    await payload.delete({ collection, where: { id: { exists: true } } })
  }
}

type LexicalNode = {
  type?: string
  text?: string
  format?: number | string
  children?: LexicalNode[]
  fields?: { url?: string }
  tag?: string
  listType?: string
}

const rootOf = (state: unknown): LexicalNode => ((state as { root?: LexicalNode } | null)?.root ?? {}) as LexicalNode

const plain = (node: LexicalNode): string =>
  typeof node.text === 'string'
    ? node.text
    : node.type === 'linebreak'
      ? '\n'
      : (node.children ?? []).map(plain).join('')

/** The top-level blocks of a Lexical document: type and text as a reader sees it. */
export function blocks(state: unknown): Array<{ type: string; text: string }> {
  return (rootOf(state).children ?? []).map((node) => ({ type: node.type ?? '?', text: plain(node) }))
}

/** Every node of a document, depth first. */
export function allNodes(state: unknown): LexicalNode[] {
  const out: LexicalNode[] = []
  const walk = (node: LexicalNode) => {
    out.push(node)
    for (const child of node.children ?? []) walk(child)
  }
  walk(rootOf(state))
  return out
}

export const textNodes = (state: unknown) => allNodes(state).filter((n) => n.type === 'text')
export const linkNodes = (state: unknown) => allNodes(state).filter((n) => n.type === 'link' || n.type === 'autolink')

/** Lexical's text format bit for underline. */
export const UNDERLINE = 8

const tempDirs: string[] = []
process.once('exit', () => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true })
})

/** A fresh temporary directory, removed when the test process exits. */
export function tempDir(prefix = 'rota-import-'): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix))
  tempDirs.push(dir)
  return dir
}

/** Copies a fixture file or folder to a fresh temporary folder (so a test can edit it). */
export function copyToTemp(source: string): string {
  const dir = tempDir()
  cpSync(source, path.join(dir, path.basename(source)), { recursive: true })
  return path.join(dir, path.basename(source))
}

/** Writes a content file `name` into `dir` and returns its path. */
export function writeContentFile(
  dir: string,
  name: string,
  front: Record<string, string | number>,
  body: string,
): string {
  mkdirSync(dir, { recursive: true })
  const yaml = Object.entries(front)
    .map(([key, value]) => `${key}: ${value}`)
    .join('\n')
  const file = path.join(dir, name)
  writeFileSync(file, `---\n${yaml}\n---\n${body}\n`)
  return file
}

/** All files of an export folder, name → content. */
export function readFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name), 'utf8')]),
  )
}

type FindOptions = { locale?: Locale; draft?: boolean; reader?: boolean; fallback?: boolean }

/** How the finders read: one language without fallback (unless asked), as stored or as a reader sees it. */
const readAs = (options: FindOptions) => ({
  locale: options.locale ?? 'tr',
  fallbackLocale: options.fallback ? undefined : (false as const),
  draft: options.draft ?? false,
  overrideAccess: !options.reader,
})

/** The advice of question q, choice c, as stored (newest draft when `draft`). */
export async function findAdvice(payload: Payload, q: number, c: number, options: FindOptions = {}) {
  const where: Where = { and: [{ questionNumber: { equals: q } }, { choiceNumber: { equals: c } }] }
  return (await payload.find({ collection: 'advice', where, depth: 1, ...readAs(options) })).docs[0]
}

export async function findQuestion(payload: Payload, number: number, options: FindOptions = {}) {
  return (
    await payload.find({ collection: 'questions', where: { number: { equals: number } }, depth: 1, ...readAs(options) })
  ).docs[0]
}

export async function findChoice(payload: Payload, q: number, c: number, options: FindOptions = {}) {
  const where: Where = { and: [{ questionNumber: { equals: q } }, { number: { equals: c } }] }
  return (await payload.find({ collection: 'choices', where, depth: 0, ...readAs(options) })).docs[0]
}
