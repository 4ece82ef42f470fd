import type { Field, FieldHook } from 'payload'

import { editorsOnlyField } from '@/cms/access'
import { isEditor, isStaff } from '@/shared/roles'
import { reviewStateLabels, reviewStates } from '@/shared/states/review-states'

type Values = Record<string, unknown> | undefined

const publishing = (data: Values) => data?._status === 'published'
const stateAfter = (siblingData: Values, originalDoc: Values) =>
  siblingData?.reviewState !== undefined ? siblingData.reviewState : originalDoc?.reviewState

/**
 * Who sent the draft to review and when: set by the server at the moment the state becomes
 * "in review", whatever a caller sends, and cleared when review ends.
 */
const sentHook =
  (value: (req: Parameters<FieldHook>[0]['req']) => string | null, name: 'reviewSentBy' | 'reviewSentAt'): FieldHook =>
  ({ siblingData, originalDoc, data, req }) => {
    const state = stateAfter(siblingData, originalDoc)
    if (publishing(data) || state !== 'in_review') return null
    if (originalDoc?.reviewState === 'in_review' && originalDoc[name]) return originalDoc[name]
    return value(req)
  }

const staffRead = ({ req }: { req: { user?: unknown } }) => isStaff(req.user as never)

/**
 * The review of a draft, per language: its state, the reviewer's note and who sent it when.
 * Internal to the content team (staff read only). The rules for who may set what are in
 * src/cms/review/rules.ts.
 */
export const reviewFields: Field[] = [
  {
    name: 'reviewState',
    type: 'select',
    localized: true,
    // The dashboard's review panels ask every collection, in every language, for its drafts in
    // review at each view: indexed, that is a lookup instead of a scan of the versions.
    index: true,
    label: { tr: 'İnceleme', en: 'Review' },
    options: reviewStates.map((value) => ({ value, label: reviewStateLabels[value] })),
    // Translators are offered only "send to review" (and see the state they are in).
    filterOptions: ({ options, req, siblingData }) =>
      (req.user as { role?: string } | null)?.role === 'translator'
        ? options.filter((option) => {
            const value = typeof option === 'string' ? option : option.value
            return value === 'in_review' || value === (siblingData as Values)?.reviewState
          })
        : options,
    access: { read: staffRead },
    admin: {
      position: 'sidebar',
      // Marks the field for custom.css: translators are not offered clearing it.
      className: 'rota-review-state',
      description: {
        tr: 'Taslak hazır olunca “İncelemede” seçip kaydedin; bir editör gözden geçirir. Yayımlamak incelemeyi kapatır.',
        en: 'When the draft is ready, choose “In review” and save; an editor reviews it. Publishing ends the review.',
      },
    },
  },
  {
    name: 'reviewComment',
    type: 'textarea',
    localized: true,
    label: { tr: 'İnceleme notu', en: 'Review note' },
    maxLength: 2000,
    access: { read: staffRead, update: editorsOnlyField },
    hooks: {
      beforeChange: [
        ({ value, siblingData, originalDoc, data }) => {
          if (publishing(data)) return null
          // Sent to review again: the earlier note has been dealt with.
          if (siblingData?.reviewState === 'in_review' && originalDoc?.reviewState !== 'in_review') return null
          return value
        },
      ],
    },
    admin: {
      position: 'sidebar',
      // Editors write it here; translators read it at the top of the form (src/cms/admin/publishing/ReviewBanner.tsx).
      condition: (_data, _sibling, { user }) => isEditor(user as never),
      description: {
        tr: 'Düzeltme isteyen editörün notu; yeniden incelemeye gönderilene kadar formun üstünde de görünür.',
        en: 'The note of the editor who asked for changes; shown at the top of the form too until the draft is sent to review again.',
      },
    },
  },
  {
    name: 'reviewSentBy',
    type: 'text',
    localized: true,
    label: { tr: 'İncelemeye gönderen', en: 'Sent to review by' },
    access: { read: staffRead },
    hooks: {
      beforeChange: [
        sentHook((req) => {
          const user = req.user as { name?: string; email?: string } | null
          return user ? `${user.name ?? ''} <${user.email ?? ''}>`.trim() : null
        }, 'reviewSentBy'),
      ],
    },
    admin: { position: 'sidebar', readOnly: true, condition: (data) => Boolean(data?.reviewSentBy) },
  },
  {
    name: 'reviewSentAt',
    type: 'date',
    localized: true,
    label: { tr: 'İncelemeye gönderildi', en: 'Sent to review' },
    access: { read: staffRead },
    hooks: { beforeChange: [sentHook(() => new Date().toISOString(), 'reviewSentAt')] },
    admin: {
      position: 'sidebar',
      readOnly: true,
      date: { pickerAppearance: 'dayAndTime' },
      condition: (data) => Boolean(data?.reviewSentAt),
    },
  },
]
