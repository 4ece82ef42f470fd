import { closeSync, openSync, readSync, statSync } from 'node:fs'

import { collectFiles, xliffExtensions } from '@content-import/files'
import { looksLikeXliff } from '@content-import/xliff/read-xliff'

/** The first bytes of a file, enough to see what it is. */
function head(file: string): string {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.alloc(1024)
    return buffer.subarray(0, readSync(fd, buffer, 0, buffer.length, 0)).toString('utf8')
  } catch {
    return ''
  } finally {
    closeSync(fd)
  }
}

/**
 * The format of the files given without `--format`: XLIFF when a file given begins as XLIFF
 * (whatever its name), or a folder holds .xlf/.xliff files and no Markdown; Markdown otherwise.
 */
export function detectFormat(paths: string[]): 'markdown' | 'xliff' {
  for (const p of paths) {
    if (statSync(p).isDirectory()) {
      if (collectFiles([p], xliffExtensions).files.length > 0 && collectFiles([p]).files.length === 0) return 'xliff'
    } else if (looksLikeXliff(head(p))) return 'xliff'
  }
  return 'markdown'
}
