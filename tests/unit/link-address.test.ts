import { describe, expect, it } from 'vitest'

import { isPublicAddress } from '@/cms/link-check/address'

/** The link checker requests public addresses only: an imported link must not reach the server's own network. */
describe('a public address', () => {
  it.each(['8.8.8.8', '1.1.1.1', '151.101.1.69', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('%s is', (address) => {
    expect(isPublicAddress(address)).toBe(true)
  })

  it.each([
    ['loopback', '127.0.0.1'],
    ['loopback, elsewhere in 127/8', '127.3.4.5'],
    ['private', '10.0.0.8'],
    ['private', '172.16.5.4'],
    ['private', '192.168.1.1'],
    ['cloud metadata (link-local)', '169.254.169.254'],
    ['carrier-grade NAT', '100.64.0.1'],
    ['this network', '0.0.0.0'],
    ['broadcast', '255.255.255.255'],
    ['IPv6 loopback', '::1'],
    ['IPv6 unspecified', '::'],
    ['IPv6 unique local', 'fd12:3456::1'],
    ['IPv6 link-local', 'fe80::1'],
    ['IPv4-mapped loopback', '::ffff:127.0.0.1'],
    ['IPv4-mapped loopback in hex', '::ffff:7f00:1'],
    ['NAT64 of a private address', '64:ff9b::a00:1'],
    ['not an address at all', 'localhost'],
  ])('%s (%s) is not', (_, address) => {
    expect(isPublicAddress(address)).toBe(false)
  })
})
