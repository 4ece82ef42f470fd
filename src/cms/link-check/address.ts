import { isIP } from 'node:net'

import ipaddr from 'ipaddr.js'

/**
 * Whether `address` (an IP literal, as a DNS lookup answers) is on the public internet: the only
 * addresses the link checker requests. A resource URL comes from editors and imported files;
 * without this, one line in a Markdown file could make the server probe its own network (this
 * machine, private networks, link-local cloud metadata at 169.254.169.254). As Payload's own
 * safe fetch does, only what ipaddr.js ranks plain `unicast` is public: its table of special
 * ranges (loopback, private, carrier-grade NAT, reserved, 6to4, Teredo 2001::/32, NAT64 …) is
 * kept up to date by its maintainers. IPv4-mapped forms (::ffff:10.0.0.1) are judged as the
 * IPv4 address they are.
 */
export function isPublicAddress(address: string): boolean {
  if (!isIP(address)) return false
  try {
    const parsed = ipaddr.process(address)
    // The deprecated IPv4-compatible form (::10.0.0.1) embeds an IPv4 address too; ipaddr.js ranks it unicast.
    if (parsed.kind() === 'ipv6' && parsed.match(ipaddr.IPv6.parse('::'), 96))
      return isPublicAddress((parsed as ipaddr.IPv6).toIPv4Address().toString())
    return parsed.range() === 'unicast'
  } catch {
    return false
  }
}
