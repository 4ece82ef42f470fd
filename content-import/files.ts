import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import path from 'node:path'

import { formatNumber, limits } from '@/shared/limits'
import type { Problem } from '@content-import/report'
import { visibleText } from '@content-import/visible-text'

export const contentExtensions = ['.md', '.markdown', '.txt']
export const xliffExtensions = ['.xlf', '.xliff']

export type SourceFile = {
  /** Absolute path on disk. */
  path: string
  /** How reports name the file: relative to the directory given, or the file's own name (control characters escaped). */
  label: string
}

export type CollectedFiles = { files: SourceFile[]; errors: Problem[]; warnings: Problem[] }

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? 'hata'

/**
 * Walks the given folders, in sorted order. A folder reached twice (a symbolic link back up
 * the tree, or to a folder already read) is read once; what cannot be read is reported and
 * the walk goes on. The walk is bounded in depth and in the number of files.
 */
class Walk {
  readonly out: CollectedFiles = { files: [], errors: [], warnings: [] }
  private readonly seen = new Set<string>()
  private full = false

  constructor(
    private readonly root: string,
    private readonly extensions: string[],
  ) {}

  private isContentFile(name: string) {
    return this.extensions.includes(path.extname(name).toLowerCase())
  }

  private label(full: string) {
    return visibleText(path.relative(this.root, full).split(path.sep).join('/') || path.basename(full))
  }

  folder(dir: string, depth: number): void {
    const real = realpathSync(dir)
    if (this.seen.has(real)) {
      this.out.warnings.push({
        file: this.label(dir),
        line: null,
        message:
          'Bu klasöre bir bağlantı (symlink) ile ikinci kez ulaşıldı (döngü ya da aynı klasör); ikinci kez okunmadı.',
      })
      return
    }
    this.seen.add(real)
    if (depth > limits.import.folderDepth) {
      this.out.warnings.push({
        file: this.label(dir),
        line: null,
        message: `Klasör ${limits.import.folderDepth} düzeyden daha derinde; okunmadı. Dosyaları daha üst bir klasöre taşıyın.`,
      })
      return
    }
    let names: string[]
    try {
      names = readdirSync(dir).sort()
    } catch (error) {
      this.out.errors.push({
        file: this.label(dir),
        line: null,
        message: `Klasör okunamadı (${reason(error)}); içindeki dosyalar içe aktarılmadı.`,
      })
      return
    }
    for (const name of names) {
      if (this.full) return
      if (name.startsWith('.')) continue
      this.entry(path.join(dir, name), depth)
    }
  }

  private entry(full: string, depth: number): void {
    let stats: Stats
    try {
      const own = lstatSync(full)
      stats = own.isSymbolicLink() ? statSync(full) : own
    } catch (error) {
      if (this.isContentFile(full) || reason(error) === 'ELOOP') {
        this.out.errors.push({
          file: this.label(full),
          line: null,
          message: `Dosyaya ulaşılamadı (${reason(error)}): bozuk ya da kendine dönen bir bağlantı (symlink) olabilir. Bağlantıyı düzeltin ya da silin.`,
        })
      }
      return
    }
    if (stats.isDirectory()) this.folder(full, depth + 1)
    else if (stats.isFile() && this.isContentFile(full)) this.file(full)
  }

  file(full: string): void {
    if (this.out.files.length >= limits.import.files) {
      this.full = true
      this.out.errors.push({
        file: this.label(this.root),
        line: null,
        message: `Bir çalıştırmada en fazla ${formatNumber(limits.import.files)} dosya içe aktarılır; kalan dosyalar okunmadı. Klasörü bölerek ayrı ayrı içe aktarın.`,
      })
      return
    }
    this.out.files.push({ path: full, label: this.label(full) })
  }
}

export class MissingPathError extends Error {}

/**
 * The content files under the given paths, directories walked recursively in sorted order,
 * with what could not be read. Throws MissingPathError naming the path when one does not exist.
 */
export function collectFiles(inputs: string[], extensions = contentExtensions): CollectedFiles {
  const all: CollectedFiles = { files: [], errors: [], warnings: [] }
  for (const input of inputs) {
    const full = path.resolve(input)
    const isFolder = statOf(input).isDirectory()
    const walk = new Walk(isFolder ? full : path.dirname(full), extensions)
    if (isFolder) walk.folder(full, 0)
    else walk.file(full)
    all.files.push(...walk.out.files)
    all.errors.push(...walk.out.errors)
    all.warnings.push(...walk.out.warnings)
  }
  return all
}

/** Throws MissingPathError for the first path that does not exist (a command-line check before any work). */
export function assertPathsExist(inputs: string[]): void {
  for (const input of inputs) statOf(input)
}

function statOf(input: string) {
  try {
    return statSync(path.resolve(input))
  } catch (error) {
    if (reason(error) === 'ELOOP') {
      throw new MissingPathError(
        `"${visibleText(input)}" açılamadı: kendine dönen bir bağlantı (symlink). Bağlantıyı düzeltin ya da gerçek klasörü verin.`,
      )
    }
    throw new MissingPathError(
      `"${visibleText(input)}" bulunamadı. Bir Markdown dosyası ya da bu dosyaların bulunduğu bir klasör verin.`,
    )
  }
}
