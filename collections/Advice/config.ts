import type { CollectionConfig } from 'payload'

import { editorsOnlyField, systemOnlyField } from '@/cms/access'
import { editorialCollection } from '@/cms/collection-defaults'
import { previewUrl } from '@/cms/publishing/preview-url'
import { importSourceField } from '@/cms/fields/import-source'
import { refuseUnsafeRichText } from '@/cms/hooks/safe-rich-text'
import { withHistory } from '@/cms/fields/history'
import { withPublishing } from '@/cms/fields/publishing'
import { publishTogetherField } from '@/cms/fields/publish-together'
import { withTranslationAid } from '@/cms/fields/translation-aid'

import { adviceNumbers } from '@collections/Advice/hooks'

/** The advice ("reçete") shown to an organisation that gave a choice. */
export const Advice: CollectionConfig = {
  slug: 'advice',
  labels: {
    singular: { tr: 'Reçete', en: 'Advice' },
    plural: { tr: 'Reçeteler', en: 'Advice' },
  },
  admin: {
    components: { beforeListTable: ['/cms/admin/translation/TranslationFilter'] },
    preview: (doc, { locale }) => previewUrl('advice', doc, locale),
    useAsTitle: 'title',
    defaultColumns: ['title', 'choice', 'publishingState', 'translationStatus', 'updatedAt'],
    listSearchableFields: ['title'],
    group: { tr: 'Öz değerlendirme', en: 'Self-assessment' },
    // The list reads its columns only, not every advice's whole text (bench:admin: a 100-row
    // list took 360 ms, most of it reading and preparing bodies nobody sees there).
    enableListViewSelectAPI: true,
  },
  defaultSort: ['questionNumber', 'choiceNumber'],
  // "Advice" is both singular and plural in English; GraphQL needs two distinct names.
  graphQL: { singularName: 'Advice', pluralName: 'Advices' },
  ...editorialCollection({ autosave: true, hooks: { beforeChange: [adviceNumbers] } }),
  fields: withHistory(
    withPublishing(
      withTranslationAid(
        ['body'],
        [
          publishTogetherField,
          {
            name: 'choice',
            type: 'relationship',
            relationTo: 'choices',
            required: true,
            unique: true,
            label: { tr: 'Seçenek', en: 'Choice' },
            access: { update: editorsOnlyField },
            admin: {
              description: { tr: 'Her seçeneğin tek bir reçetesi olur.', en: 'Each choice has exactly one advice.' },
            },
          },
          {
            name: 'body',
            type: 'richText',
            localized: true,
            required: true,
            label: { tr: 'Reçete metni', en: 'Advice text' },
            hooks: { beforeChange: [refuseUnsafeRichText] },
          },
          {
            name: 'resources',
            type: 'relationship',
            relationTo: 'resources',
            hasMany: true,
            label: { tr: 'Kaynaklar', en: 'Resources' },
            access: { update: editorsOnlyField },
            admin: {
              description: {
                tr: 'Metinde bağlantısı verilen kurslar, videolar, rehberler. İçe aktarma bunları otomatik ekler.',
                en: 'Courses, videos and guides linked from the text. The import adds them automatically.',
              },
            },
          },
          {
            name: 'questionNumber',
            type: 'number',
            index: true,
            label: { tr: 'Soru no.', en: 'Question no.' },
            access: { create: systemOnlyField, update: systemOnlyField },
            admin: { readOnly: true, position: 'sidebar' },
          },
          {
            name: 'choiceNumber',
            type: 'number',
            label: { tr: 'Seçenek no.', en: 'Choice no.' },
            access: { create: systemOnlyField, update: systemOnlyField },
            admin: { readOnly: true, position: 'sidebar' },
          },
          {
            name: 'title',
            type: 'text',
            label: { tr: 'Başlık', en: 'Title' },
            access: { create: systemOnlyField, update: systemOnlyField },
            admin: { hidden: true },
          },
          importSourceField,
        ],
      ),
    ),
  ),
}
