/**
 * Marks notifications read through the REST API the inbox promises (`PATCH /api/notifications`),
 * so the admin takes the same path, and the same access rule, as any other client: a person
 * marks only their own. `where` is one notification by id, or every unread one.
 */
export function markRead(api: string, target: { id: string } | 'all-unread') {
  const url =
    target === 'all-unread'
      ? `${api}/notifications?where[read][not_equals]=true`
      : `${api}/notifications/${encodeURIComponent(target.id)}`
  return fetch(url, {
    method: 'PATCH',
    credentials: 'include',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ read: true }),
    // Opening the document navigates away at once; the mark must still arrive.
    keepalive: true,
  })
}
