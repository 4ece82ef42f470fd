import type { CollectionConfig } from 'payload'

import { editorsOnlyField } from '@/cms/access'
import { editorialCollection } from '@/cms/collection-defaults'
import { keepChildren } from '@/cms/hooks/keep-children'
import { messages } from '@/cms/messages'
import { previewUrl } from '@/cms/publishing/preview-url'
import { importSourceField } from '@/cms/fields/import-source'
import { limits } from '@/shared/limits'
import { contentNumber, orderNumber } from '@/cms/validate'
import { withHistory } from '@/cms/fields/history'
import { withPublishing } from '@/cms/fields/publishing'
import { publishTogetherField } from '@/cms/fields/publish-together'
import { withTranslationAid } from '@/cms/fields/translation-aid'
import { refuseUnsafeRichText } from '@/cms/hooks/safe-rich-text'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'

import { uniqueQuestionNumber } from '@collections/Questions/hooks'

/** A question of the self-assessment; `number` is the `question_id` of the content files. */
export const Questions: CollectionConfig = {
  slug: 'questions',
  labels: {
    singular: { tr: 'Soru', en: 'Question' },
    plural: { tr: 'Sorular', en: 'Questions' },
  },
  admin: {
    components: { beforeListTable: ['/cms/admin/translation/TranslationFilter'] },
    preview: (doc, { locale }) => previewUrl('questions', doc, locale),
    useAsTitle: 'text',
    defaultColumns: ['number', 'text', 'area', 'publishingState', 'translationStatus', 'updatedAt'],
    listSearchableFields: ['text'],
    group: { tr: 'Öz değerlendirme', en: 'Self-assessment' },
  },
  defaultSort: 'number',
  ...editorialCollection({
    hooks: {
      beforeChange: [uniqueQuestionNumber],
      beforeDelete: [keepChildren('choices', 'question', messages.questionHasChoices)],
    },
  }),
  fields: withHistory(
    withPublishing(
      withTranslationAid(
        ['text', 'explanation'],
        [
          publishTogetherField,
          {
            type: 'row',
            fields: [
              {
                name: 'number',
                type: 'number',
                required: true,
                unique: true,
                index: true,
                label: { tr: 'Soru numarası', en: 'Question number' },
                min: limits.contentNumber.min,
                max: limits.contentNumber.max,
                validate: contentNumber,
                access: { update: editorsOnlyField },
                admin: { width: '30%' },
              },
              {
                name: 'area',
                type: 'relationship',
                relationTo: 'areas',
                label: { tr: 'Alan', en: 'Area' },
                access: { update: editorsOnlyField },
                admin: { width: '70%' },
              },
            ],
          },
          {
            name: 'text',
            type: 'textarea',
            required: true,
            localized: true,
            label: { tr: 'Soru metni', en: 'Question text' },
            hooks: { beforeChange: [refuseInvisibleCharacters] },
          },
          {
            name: 'explanation',
            type: 'richText',
            localized: true,
            label: { tr: 'Açıklama', en: 'Explanation' },
            hooks: { beforeChange: [refuseUnsafeRichText] },
          },
          {
            name: 'sample',
            type: 'checkbox',
            defaultValue: false,
            label: { tr: 'Örnek soru', en: 'Sample question' },
            access: { update: editorsOnlyField },
            admin: {
              position: 'sidebar',
              description: {
                tr: 'ROTA’nın nasıl çalıştığını göstermek için yazılmış bir soru: sitede “Örnek soru” diye işaretlenir.',
                en: 'A question written to show how ROTA works: marked “Sample question” on the site.',
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
            label: { tr: 'Alan içindeki sıra', en: 'Order within the area' },
            access: { update: editorsOnlyField },
            admin: { position: 'sidebar' },
          },
          importSourceField,
          {
            name: 'choices',
            type: 'join',
            collection: 'choices',
            on: 'question',
            defaultSort: 'number',
            label: { tr: 'Seçenekler', en: 'Choices' },
            admin: { defaultColumns: ['number', 'label', 'publishingState'] },
          },
        ],
      ),
    ),
  ),
}
