import { spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

/** The line the README tells a person to add for Arabic, in src/shared/locales.ts. */
export const arabicLine = "  { code: 'ar', label: 'العربية', names: { tr: 'Arapça', en: 'Arabic' }, htmlLang: 'ar' },"

/** Kurmanji as docs/development/languages.md gives it: Latin script, left to right, no admin translation. */
export const kurmanjiLine =
  "  { code: 'ku', label: 'Kurmancî', names: { tr: 'Kurmancî', en: 'Kurmanji' }, htmlLang: 'ku' },"

const englishLine = "  { code: 'en', label: 'English', names: { tr: 'İngilizce', en: 'English' }, htmlLang: 'en' },"

/**
 * The project's files as a new clone has them, and its installed packages (hard links: no
 * copying), in `to`.
 */
export function copyProject(to: string): void {
  const listed = spawnSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  for (const file of listed.stdout.split('\0').filter(Boolean)) {
    mkdirSync(path.dirname(path.join(to, file)), { recursive: true })
    try {
      cpSync(file, path.join(to, file))
    } catch {
      // listed but deleted in the working tree
    }
  }
  const linked = spawnSync('cp', ['-al', 'node_modules', path.join(to, 'node_modules')])
  if (linked.status !== 0) cpSync('node_modules', path.join(to, 'node_modules'), { recursive: true })
}

/** Adds a language to a project copy's language list exactly as the docs say: one line after English. */
export function addLanguage(project: string, line: string): void {
  const file = path.join(project, 'src/shared/locales.ts')
  const source = readFileSync(file, 'utf8')
  if (!source.includes(englishLine))
    throw new Error(`${file} no longer has the English line this copy adds a language after`)
  writeFileSync(file, source.replace(englishLine, `${englishLine}\n${line}`))
}

export const addArabic = (project: string) => addLanguage(project, arabicLine)
