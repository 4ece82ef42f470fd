import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import { afterEach, describe, expect, it } from 'vitest'

import { env, environmentProblems, variableNames } from '@/shared/server/environment'

/**
 * Every environment variable the app reads is one schema's (README, "Environment variables"):
 * defaults when unset or empty, and every wrong value named with what to write instead, in
 * Turkish and English.
 */
const saved = { ...process.env }
afterEach(() => {
  for (const name of variableNames) delete process.env[name]
  Object.assign(process.env, saved)
})
const unset = () => {
  for (const name of variableNames) delete process.env[name]
}

describe('the environment', () => {
  it('README’s table names exactly the schema’s variables', () => {
    const readme = readFileSync('README.md', 'utf8')
    const section = readme.slice(readme.indexOf('### Environment variables'))
    const table = section.slice(0, section.indexOf('\n\n', section.indexOf('| variable |')))
    const named = table
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1].matchAll(/`([A-Z_]+)`/g)].map((match) => match[1]))
    expect(named.sort()).toEqual([...variableNames].sort())
  })

  it('gives the defaults when nothing is set, and for empty values', () => {
    unset()
    process.env.PORT = ''
    process.env.LOAD_SAMPLE_CONTENT = '  '
    expect(env()).toEqual({
      PORT: 3000,
      LOAD_SAMPLE_CONTENT: true,
      TRUSTED_PROXIES: 0,
      EMAIL_FROM_ADDRESS: 'rota@localhost',
      EMAIL_FROM_NAME: 'STGM ROTA',
      NOTIFY_DIGEST_HOUR: 9,
      INSIGHTS_MIN_GROUP: 10,
      LINK_CHECK_ALLOW_PRIVATE: false,
      ROTA_LOG_TO_STDERR: false,
      ROTA_RUN_JOBS: false,
      ROTA_SQLITE_TRANSACTIONS: false,
    })
    expect(environmentProblems()).toEqual([])
  })

  it('reads values as they are now, trimmed and typed', () => {
    unset()
    Object.assign(process.env, {
      PORT: ' 4000 ',
      SERVER_URL: 'https://rota.example.org',
      TRUSTED_PROXIES: '1',
      LOAD_SAMPLE_CONTENT: 'false',
      SMTP_URL: 'smtps://user:pass@smtp.example.org:465',
      LINK_CHECK_ALLOW_PRIVATE: '1',
      DATABASE_URI: 'mongodb://localhost:27017/rota?replicaSet=rs0',
    })
    expect(env()).toMatchObject({
      PORT: 4000,
      SERVER_URL: 'https://rota.example.org',
      TRUSTED_PROXIES: 1,
      LOAD_SAMPLE_CONTENT: false,
      LINK_CHECK_ALLOW_PRIVATE: true,
    })
    process.env.PORT = '5000'
    expect(env().PORT).toBe(5000)
  })

  it('names every wrong variable at once, in Turkish then English, without printing secrets', () => {
    unset()
    Object.assign(process.env, {
      PORT: 'abc',
      TRUSTED_PROXIES: 'yes',
      SERVER_URL: 'rota.example.org',
      LOAD_SAMPLE_CONTENT: 'no',
      LINK_CHECK_ALLOW_PRIVATE: 'true',
      ADMIN_EMAIL: 'admin',
      SMTP_URL: 'http://user:hunter2@smtp.example.org',
      DATABASE_URI: 'postgres://user:hunter2@db/rota',
    })
    const problems = environmentProblems()
    expect(problems).toHaveLength(16)
    expect(problems).toContain('PORT="abc": 0 ile 65535 arasında bir tam sayı olmalı, örneğin PORT=3000')
    expect(problems).toContain('PORT="abc": must be a whole number from 0 to 65535, e.g. PORT=3000')
    for (const name of [
      'TRUSTED_PROXIES',
      'SERVER_URL',
      'LOAD_SAMPLE_CONTENT',
      'LINK_CHECK_ALLOW_PRIVATE',
      'ADMIN_EMAIL',
    ])
      expect(problems.filter((line) => line.startsWith(`${name}="`))).toHaveLength(2)
    expect(problems.filter((line) => /^(SMTP_URL|DATABASE_URI): /.test(line))).toHaveLength(4)
    expect(problems.join('\n')).not.toContain('hunter2')
    expect(() => env()).toThrow(/PORT="abc": must be a whole number/)
  })

  it('npm start stops before anything else, printing every problem', () => {
    const result = spawnSync(path.resolve('node_modules/.bin/tsx'), ['src/cli/start.ts'], {
      env: { ...process.env, PORT: '99999', TRUSTED_PROXIES: '-1' },
      encoding: 'utf8',
    })
    expect(result.status).toBe(1)
    expect(result.stdout).toContain('The environment variables have problems')
    expect(result.stdout).toContain('PORT="99999": 0 ile 65535 arasında bir tam sayı olmalı')
    expect(result.stdout).toContain('TRUSTED_PROXIES="-1": must be a whole number from 0 to 10')
    expect(result.stdout).not.toContain('building')
  })
})
