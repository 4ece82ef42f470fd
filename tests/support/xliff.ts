import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import xliff2js from 'xliff/xliff2js'

/** What a translator's tool does to every unit: a target with the source's codes, its text translated by `translate`. */
export function fillTargets(
  xml: string,
  translate: (text: string, unitId: string) => string,
  only?: (unitId: string) => boolean,
): string {
  return xml.replace(
    /<unit id="([^"]+)"([\s\S]*?)<segment[^>]*>(<source>([\s\S]*?)<\/source>)<\/segment>/g,
    (whole, id: string, between: string, source: string, inner: string) => {
      if (only && !only(id)) return whole
      const target = inner.replace(/(^|>)([^<]+)(?=<|$)/g, (_m, open: string, text: string) =>
        text.trim() ? `${open}${translate(text, id)}` : `${open}${text}`,
      )
      return `<unit id="${id}"${between}<segment state="translated">${source}<target>${target}</target></segment>`
    },
  )
}

/** Fills every .xlf file of a folder in place. */
export function fillFolder(dir: string, translate: (text: string, unitId: string) => string): void {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.xlf'))) {
    const file = path.join(dir, name)
    writeFileSync(file, fillTargets(readFileSync(file, 'utf8'), translate))
  }
}

/** xmllint's verdict on a file (Debian's libxml2-utils; tests/tooling/preflight.ts installs it). */
export function xmllint(file: string): { ok: boolean; errors: string } {
  const run = spawnSync('xmllint', ['--noout', '--nonet', file], { encoding: 'utf8' })
  return { ok: run.status === 0, errors: run.stderr }
}

/** The independent XLIFF 2 reader's view of a file (npm `xliff`). */
export const readWithXliffLibrary = (xml: string) =>
  xliff2js(xml) as Promise<{
    sourceLanguage: string
    targetLanguage: string
    resources: Record<string, Record<string, { source: unknown; target?: unknown }>>
  }>
