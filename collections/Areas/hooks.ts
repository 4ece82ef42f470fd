import type { FieldHook } from 'payload'

import type { Area } from '@payload-types'
import { slugify } from '@/cms/slugify'

/** The slug follows the Turkish title unless an editor typed one. */
export const slugFromTitle: FieldHook<Area, string | null | undefined> = ({ value, data, originalDoc }) => {
  if (typeof value === 'string' && value.trim()) return slugify(value)
  const title = data?.title ?? originalDoc?.title
  return typeof title === 'string' ? slugify(title) : value
}
