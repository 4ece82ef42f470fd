import type { CollectionConfig } from 'payload'

import { editorsOnlyField } from '@/cms/access'
import { editorialCollection } from '@/cms/collection-defaults'
import { limits } from '@/shared/limits'
import { withHistory } from '@/cms/fields/history'
import { withPublishing } from '@/cms/fields/publishing'
import { withTranslationAid } from '@/cms/fields/translation-aid'
import { orderNumber } from '@/cms/validate'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'

import { slugFromTitle } from '@collections/Areas/hooks'

/** An area of the self-assessment (Yönetişim, İletişim, Kaynak Geliştirme …). */
export const Areas: CollectionConfig = {
  slug: 'areas',
  labels: {
    singular: { tr: 'Alan', en: 'Area' },
    plural: { tr: 'Alanlar', en: 'Areas' },
  },
  admin: {
    components: { beforeListTable: ['/cms/admin/translation/TranslationFilter'] },
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'publishingState', 'translationStatus', 'updatedAt'],
    group: { tr: 'Öz değerlendirme', en: 'Self-assessment' },
  },
  defaultSort: 'order',
  ...editorialCollection(),
  fields: withHistory(
    withPublishing(
      withTranslationAid(
        ['title', 'description'],
        [
          {
            name: 'title',
            type: 'text',
            required: true,
            localized: true,
            label: { tr: 'Alan adı', en: 'Area name' },
            hooks: { beforeChange: [refuseInvisibleCharacters] },
          },
          {
            name: 'slug',
            type: 'text',
            unique: true,
            index: true,
            label: { tr: 'Kısa ad (URL)', en: 'Slug (URL)' },
            access: { update: editorsOnlyField },
            hooks: { beforeValidate: [slugFromTitle] },
            admin: {
              position: 'sidebar',
              description: {
                tr: 'Boş bırakırsanız Türkçe addan oluşturulur (ör. “Kaynak Geliştirme” → kaynak-gelistirme).',
                en: 'Left empty, it is made from the Turkish name (e.g. “Kaynak Geliştirme” → kaynak-gelistirme).',
              },
            },
          },
          {
            name: 'order',
            type: 'number',
            defaultValue: 0,
            min: limits.order.min,
            max: limits.order.max,
            validate: orderNumber,
            label: { tr: 'Sıra', en: 'Order' },
            access: { update: editorsOnlyField },
            admin: { position: 'sidebar' },
          },
          {
            name: 'description',
            type: 'textarea',
            localized: true,
            label: { tr: 'Açıklama', en: 'Description' },
          },
          {
            name: 'questions',
            type: 'join',
            collection: 'questions',
            on: 'area',
            defaultSort: 'number',
            label: { tr: 'Sorular', en: 'Questions' },
          },
        ],
      ),
    ),
  ),
}
