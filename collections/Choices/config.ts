import type { CollectionConfig } from 'payload'

import { editorsOnlyField, systemOnlyField } from '@/cms/access'
import { editorialCollection } from '@/cms/collection-defaults'
import { keepChildren } from '@/cms/hooks/keep-children'
import { messages } from '@/cms/messages'
import { previewUrl } from '@/cms/publishing/preview-url'
import { limits } from '@/shared/limits'
import { contentNumber } from '@/cms/validate'
import { withHistory } from '@/cms/fields/history'
import { withPublishing } from '@/cms/fields/publishing'
import { publishTogetherField } from '@/cms/fields/publish-together'
import { withTranslationAid } from '@/cms/fields/translation-aid'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'

import { choiceNumbers, titleOrNumbers } from '@collections/Choices/hooks'

/** An answer choice of a question; `number` is the `choice_id` of the content files. */
export const Choices: CollectionConfig = {
  slug: 'choices',
  labels: {
    singular: { tr: 'Seçenek', en: 'Choice' },
    plural: { tr: 'Seçenekler', en: 'Choices' },
  },
  admin: {
    components: { beforeListTable: ['/cms/admin/translation/TranslationFilter'] },
    preview: (doc, { locale }) => previewUrl('choices', doc, locale),
    useAsTitle: 'title',
    defaultColumns: ['title', 'questionNumber', 'number', 'publishingState', 'translationStatus', 'updatedAt'],
    listSearchableFields: ['label', 'title'],
    group: { tr: 'Öz değerlendirme', en: 'Self-assessment' },
  },
  defaultSort: ['questionNumber', 'number'],
  indexes: [{ fields: ['question', 'number'], unique: true }],
  ...editorialCollection({
    hooks: {
      beforeChange: [choiceNumbers],
      beforeDelete: [keepChildren('advice', 'choice', messages.choiceHasAdviceOnDelete)],
    },
  }),
  fields: withHistory(
    withPublishing(
      withTranslationAid(
        ['label'],
        [
          publishTogetherField,
          {
            type: 'row',
            fields: [
              {
                name: 'question',
                type: 'relationship',
                relationTo: 'questions',
                required: true,
                index: true,
                label: { tr: 'Soru', en: 'Question' },
                access: { update: editorsOnlyField },
                admin: { width: '70%' },
              },
              {
                name: 'number',
                type: 'number',
                required: true,
                label: { tr: 'Seçenek numarası', en: 'Choice number' },
                min: limits.contentNumber.min,
                max: limits.contentNumber.max,
                validate: contentNumber,
                access: { update: editorsOnlyField },
                admin: { width: '30%' },
              },
            ],
          },
          {
            name: 'label',
            type: 'textarea',
            required: true,
            localized: true,
            label: { tr: 'Seçenek metni', en: 'Choice text' },
            hooks: { beforeChange: [refuseInvisibleCharacters] },
            admin: {
              description: {
                tr: 'Katılımcının gördüğü cevap metni.',
                en: 'The answer as the respondent sees it.',
              },
            },
          },
          {
            name: 'maturity',
            type: 'relationship',
            relationTo: 'maturity-levels',
            label: { tr: 'Olgunluk düzeyi', en: 'Maturity level' },
            access: { update: editorsOnlyField },
            admin: {
              position: 'sidebar',
              description: {
                tr: 'İsteğe bağlı. Bir alanın bütün seçeneklerinde düzey varsa rapor o alanın düzey dağılımını gösterir.',
                en: 'Optional. When every choice of an area has a level, the report shows the area’s level distribution.',
              },
            },
          },
          {
            name: 'questionNumber',
            type: 'number',
            index: true,
            label: { tr: 'Soru no.', en: 'Question no.' },
            admin: { readOnly: true, position: 'sidebar' },
            access: { create: systemOnlyField, update: systemOnlyField },
          },
          {
            name: 'title',
            type: 'text',
            localized: true,
            label: { tr: 'Başlık', en: 'Title' },
            admin: { hidden: true },
            access: { create: systemOnlyField, update: systemOnlyField },
            hooks: { afterRead: [titleOrNumbers] },
          },
          {
            name: 'advice',
            type: 'join',
            collection: 'advice',
            on: 'choice',
            label: { tr: 'Reçete', en: 'Advice' },
          },
        ],
      ),
    ),
  ),
}
