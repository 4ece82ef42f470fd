import { describe, expect, it } from 'vitest'

import { isPublicAddress } from '@/cms/link-check/address'

/** The link checker requests public addresses only: an imported link must not reach the server's own network. */
describe('a public address', () => {
  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '151.101.1.69',
    '2606:4700:4700::1111',
    '::ffff:8.8.8.8',
    '::ffff:808:808',
    '2001:4860:4860::8888',
  ])('%s is', (address) => {
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
    ['Teredo (2001::/32), a tunnel that embeds an IPv4 address', '2001:0:4136:e378:8000:63bf:3fff:fdd2'],
    ['Teredo, its first address', '2001::1'],
    ['6to4 of a private address', '2002:a00:1::1'],
    ['IPv6 documentation', '2001:db8::1'],
    ['IPv4-mapped private', '::ffff:10.0.0.1'],
    ['IPv4-mapped cloud metadata in hex', '::ffff:a9fe:a9fe'],
    ['IPv4-mapped, written out in full', '0:0:0:0:0:ffff:c0a8:0101'],
    ['IPv4-compatible (deprecated) private', '::10.0.0.1'],
    ['IPv4 in IPv4-translated form (RFC 6145)', '::ffff:0:a00:1'],
    ['documentation (IPv4)', '198.51.100.7'],
    ['not an address at all', 'localhost'],
  ])('%s (%s) is not', (_, address) => {
    expect(isPublicAddress(address)).toBe(false)
  })
})
