import type { Endpoint } from 'payload'

import { localize, messages } from '@/cms/messages'
import { Refused } from '@/cms/refused'
import { isStaff } from '@/shared/roles'

/**
 * `GET /api/comments/people?q=ay`: the content team's names for a comment's @mention, staff
 * only. Users may not read each other's accounts (collections/Users: admin or self), so the
 * side panel asks here, and gets ids and names only, at most 10, for a query of at most 50
 * characters, sorted as Turkish is.
 */
export const mentionPeopleEndpoint: Endpoint = {
  path: '/people',
  method: 'get',
  handler: async (req) => {
    if (!isStaff(req.user as never)) throw new Refused(localize(req, messages.documentStateStaffOnly), 403)
    const query = String(req.searchParams.get('q') ?? '')
      .trim()
      .slice(0, 50)
      .toLocaleLowerCase('tr-TR')
    const found = await req.payload.find({
      collection: 'users',
      where: { role: { exists: true } },
      depth: 0,
      limit: 1_000,
      pagination: false,
      overrideAccess: true,
      select: { name: true, email: true, role: true },
      req,
    })
    const collator = new Intl.Collator('tr')
    const people = found.docs
      .filter((person) => isStaff(person as never))
      .map((person) => ({ id: String(person.id), name: person.name || person.email }))
      .filter((person) => !query || person.name.toLocaleLowerCase('tr-TR').includes(query))
      .sort((a, b) => collator.compare(a.name, b.name))
      .slice(0, 10)
    return Response.json({ people })
  },
}
