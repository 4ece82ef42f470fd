export const resourceKinds = ['course', 'video', 'webinar', 'document', 'webpage'] as const
export type ResourceKind = (typeof resourceKinds)[number]

export const resourceKindLabels: Record<ResourceKind, { tr: string; en: string }> = {
  course: { tr: 'Kurs', en: 'Course' },
  video: { tr: 'Video', en: 'Video' },
  webinar: { tr: 'Webinar', en: 'Webinar' },
  document: { tr: 'Doküman', en: 'Document' },
  webpage: { tr: 'Web sayfası', en: 'Web page' },
}

const videoHosts = /(^|\.)(youtube\.com|youtu\.be|vimeo\.com)$/i
const documentPath = /\.(pdf|docx?|xlsx?|pptx?|odt)$/i
const stokPath = /\/(stok|sivil-toplum-okulu)/i

/**
 * Best guess of what a link points to, from its URL and text. Editors can correct it;
 * the guess only fills an empty field.
 */
export function inferResourceKind(url: string, title = ''): ResourceKind {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'webpage'
  }
  const text = title.toLocaleLowerCase('tr-TR')
  if (videoHosts.test(parsed.hostname)) return /webinar/.test(text) ? 'webinar' : 'video'
  if (documentPath.test(parsed.pathname)) return 'document'
  if (/webinar/.test(text) || /webinar/i.test(parsed.pathname)) return 'webinar'
  if (/(^|\.)stgm\.org\.tr$/i.test(parsed.hostname) && stokPath.test(parsed.pathname)) return 'course'
  return 'webpage'
}

/** Publisher shown beside a resource, guessed from well-known hosts. */
export function inferPublisher(url: string): string | undefined {
  try {
    const host = new URL(url).hostname.replace(/^www\./, '')
    if (host.endsWith('stgm.org.tr')) return 'STGM'
    if (host === 'youtube.com' || host === 'youtu.be' || host.endsWith('.youtube.com')) return 'YouTube'
    return host
  } catch {
    return undefined
  }
}
