import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import type { ImportReport } from '@content-import/report'
import { trDir } from '@tests/fixtures/import'
import { testSecret } from '@tests/support/app-server'
import { npmRunner } from '@tests/support/cli-database'
import { tempDir } from '@tests/support/import'
import { fillFolder, xmllint } from '@tests/support/xliff'

/**
 * The command lines an agency's project manager types, on a database of their own. Each test runs
 * several commands, each starting Payload: minutes on a busy machine, not the default minute.
 */
const { run: npmRun } = npmRunner('xliff-cli', testSecret, 180_000)

describe('npm run export/import -- --format xliff', () => {
  it('exports what is missing, a tool translates it, the import (format known from the content) saves drafts', async () => {
    expect((await npmRun('import', [trDir])).code).toBe(0)
    const out = tempDir('rota-xliff-cli-')
    const exported = await npmRun('export', [out, '--locale', 'en', '--format', 'xliff', '--only', 'missing,outdated'])
    expect(exported.stderr).not.toMatch(/Error/)
    expect(exported.code).toBe(0)
    expect(exported.stdout).toMatch(/\d+ XLIFF dosyası yazıldı \(\d+ belge, \d+ birim\)/)
    const names = readdirSync(out).sort()
    expect(names).toContain('soru-016.xlf')
    for (const name of names) expect(xmllint(path.join(out, name)).ok).toBe(true)

    fillFolder(out, (text) => `EN ${text}`)
    // Named as a tool may name it: the content, not the name, says it is XLIFF.
    renameSync(path.join(out, 'soru-016.xlf'), path.join(out, 'soru-016.translated.txt'))
    const dry = await npmRun('import', [path.join(out, 'soru-016.translated.txt'), '--dry-run', '--json'])
    expect(dry.code, dry.stderr).toBe(0)
    const dryReport = JSON.parse(dry.stdout) as ImportReport
    expect(dryReport.units).toEqual([])
    expect(dryReport.updated.advice).toBeGreaterThan(0)
    expect(dry.stderr).toContain('Deneme çalıştırması (--dry-run): hiçbir şey yazılmadı.')

    const run = await npmRun('import', [path.join(out, 'soru-016.translated.txt'), '--json'])
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as ImportReport
    expect(report.errors).toEqual([])
    expect(report.updated).toEqual(dryReport.updated)

    // Exported again: the English is there as targets now.
    const again = tempDir('rota-xliff-cli-again-')
    expect((await npmRun('export', [again, '--locale', 'en', '--format', 'xliff'])).code).toBe(0)
    expect(readFileSync(path.join(again, 'soru-016.xlf'), 'utf8')).toMatch(/<target>EN /)
  }, 240_000)

  it('a bad file: exit code 1, the reason in Turkish; usage mistakes: exit code 2', async () => {
    const dir = tempDir('rota-xliff-cli-bad-')
    writeFileSync(
      path.join(dir, 'kotu.xlf'),
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="tr" trgLang="en">&e;</xliff>',
    )
    const bad = await npmRun('import', [dir])
    expect(bad.code).toBe(1)
    expect(bad.stdout).toMatch(/HATA {6}kotu\.xlf:1: Dosyada bir DOCTYPE ya da ENTITY bildirimi var/)
    expect(bad.stdout + bad.stderr).not.toContain('root:')

    const turkish = await npmRun('export', [dir, '--format', 'xliff'])
    expect(turkish.code).toBe(2)
    expect(turkish.stderr).toContain('XLIFF Türkçeden bir çeviri dili için yazılır')
    const published = await npmRun('import', [dir, '--format', 'xliff', '--status', 'published'])
    expect(published.code).toBe(2)
    expect(published.stderr).toContain('XLIFF çevirileri taslak olarak kaydedilir')
  }, 240_000)
})
