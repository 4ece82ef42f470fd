import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

export const contentExtensions = ['.md', '.markdown', '.txt']

export type SourceFile = {
  /** Absolute path on disk. */
  path: string
  /** How reports name the file: relative to the directory given, or the file's own name. */
  label: string
}

const isContentFile = (name: string) => contentExtensions.includes(path.extname(name).toLowerCase())

function walk(dir: string, root: string, out: SourceFile[]): void {
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) walk(full, root, out)
    else if (isContentFile(name)) out.push({ path: full, label: path.relative(root, full).split(path.sep).join('/') })
  }
}

export class MissingPathError extends Error {}

/**
 * The content files under the given paths, directories walked recursively in sorted order.
 * Throws MissingPathError naming the path when one does not exist.
 */
export function collectFiles(inputs: string[]): SourceFile[] {
  const out: SourceFile[] = []
  for (const input of inputs) {
    const full = path.resolve(input)
    if (statOf(input).isDirectory()) walk(full, full, out)
    else out.push({ path: full, label: path.basename(full) })
  }
  return out
}

/** Throws MissingPathError for the first path that does not exist (a command-line check before any work). */
export function assertPathsExist(inputs: string[]): void {
  for (const input of inputs) statOf(input)
}

function statOf(input: string) {
  try {
    return statSync(path.resolve(input))
  } catch {
    throw new MissingPathError(`"${input}" bulunamadı. Bir Markdown dosyası ya da bu dosyaların bulunduğu bir klasör verin.`)
  }
}
