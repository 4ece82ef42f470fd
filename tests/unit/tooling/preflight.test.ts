import { describe, expect, it } from 'vitest'

import { plan, requirements } from '@tests/tooling/preflight'

/** `npm test` on a machine without the programs it drives (README, "Test"). */
describe("npm test's preflight", () => {
  const [chromium, nginx] = requirements('')

  it('goes on when everything is there', () => {
    expect(plan([], { root: false, aptGet: true })).toEqual({ action: 'ready' })
  })

  it('installs what is missing itself as root on Debian', () => {
    expect(plan([chromium, nginx], { root: true, aptGet: true })).toEqual({
      action: 'install',
      packages: ['chromium', 'nginx-light'],
    })
  })

  it('stops at once naming the exact command when it cannot install', () => {
    const stop = plan([chromium], { root: false, aptGet: true })
    expect(stop.action).toBe('stop')
    if (stop.action !== 'stop') return
    expect(stop.message).toContain('sudo apt-get install -y chromium')
    expect(stop.message).toContain('/usr/bin/chromium (browser tests)')
  })

  it('says so when the machine has no apt-get', () => {
    const stop = plan([nginx], { root: true, aptGet: false })
    expect(stop.action === 'stop' && stop.message).toMatch(/apt-get install -y nginx-light[\s\S]*not a Debian machine/)
  })

  it('looks for the Chromium CHROMIUM_PATH names', () => {
    expect(requirements('/opt/chrome/chrome')[0].program).toBe('/opt/chrome/chrome')
  })
})
