import type { CollectionConfig } from 'payload'

import { editorsOnly, editorsOrTranslatorsInLocale, publishedOrStaff, staffOnly } from '@/cms/access'
import { markActivity, recordDelete, recordPublishing, recordRestore } from '@/cms/activity/hooks'
import { enforcePublishingRules } from '@/cms/hooks/publishing'
import { revalidateAfterChange, revalidateAfterDelete } from '@/cms/hooks/revalidate'
import { recordStateAfterChange, removeStateAfterDelete } from '@/cms/publishing/publishing-state-hooks'
import { draftVersions } from '@/cms/publishing/versions'
import { stampAuthor } from '@/cms/fields/history'
import { reviewRules } from '@/cms/review/rules'
import { notifyOfChanges } from '@/cms/notifications/events'
import { noteAsComment } from '@/cms/comments/review-note'
import { removeCommentsBeforeDelete } from '@/cms/comments/before-delete'
import {
  cancelSchedulesOfDeleted,
  clearDoneByHand,
  givePagesATurn,
  recordScheduleChanges,
  scheduleRules,
} from '@/cms/schedules/hooks'
import { filterByTranslationStatus, recordAfterChange, removeAfterDelete } from '@/cms/translation-status/hooks'

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * What every editorial collection (areas, questions, choices, advice, resources) shares:
 * drafts and versions, the role table, the publishing rules, page revalidation and the
 * translation status and review (for collections whose fields come through `withTranslationAid`),
 * the stored publishing state (through `withPublishing`),
 * the activity log (publish, unpublish, delete, restore), each version's author (the
 * collection's fields come through `withHistory`) and scheduled publishing (through `withSchedule`).
 * A collection's own hooks run after the shared ones of the same kind.
 */
export function editorialCollection({ autosave = false, hooks = {} as Hooks } = {}): Pick<
  CollectionConfig,
  'access' | 'hooks' | 'versions'
> {
  return {
    versions: draftVersions({ autosave }),
    access: {
      read: publishedOrStaff,
      readVersions: staffOnly,
      create: editorsOnly,
      update: editorsOrTranslatorsInLocale,
      delete: editorsOnly,
    },
    hooks: {
      ...hooks,
      beforeOperation: [
        enforcePublishingRules,
        scheduleRules,
        markActivity,
        filterByTranslationStatus,
        ...(hooks.beforeOperation ?? []),
      ],
      beforeDelete: [removeCommentsBeforeDelete, ...(hooks.beforeDelete ?? [])],
      beforeValidate: [givePagesATurn.beforeValidate, ...(hooks.beforeValidate ?? [])],
      beforeChange: [
        givePagesATurn.beforeChange,
        reviewRules,
        clearDoneByHand,
        stampAuthor,
        ...(hooks.beforeChange ?? []),
      ],
      afterChange: [
        givePagesATurn.afterChange,
        recordAfterChange,
        recordStateAfterChange,
        givePagesATurn.afterChange,
        recordPublishing,
        recordScheduleChanges,
        revalidateAfterChange,
        notifyOfChanges,
        noteAsComment,
        ...(hooks.afterChange ?? []),
      ],
      afterDelete: [
        removeAfterDelete,
        removeStateAfterDelete,
        recordDelete,
        cancelSchedulesOfDeleted,
        revalidateAfterDelete,
        ...(hooks.afterDelete ?? []),
      ],
      afterOperation: [recordRestore, ...(hooks.afterOperation ?? [])],
    },
  }
}
