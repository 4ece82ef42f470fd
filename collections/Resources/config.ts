import type { CollectionConfig, TextFieldSingleValidation } from 'payload'

import { editorsOnlyField, systemOnlyField } from '@/cms/access'
import { isStaff } from '@/shared/roles'
import { editorialCollection } from '@/cms/collection-defaults'
import { locales } from '@/shared/locales'
import { localize, messages } from '@/cms/messages'
import { resourceKindLabels, resourceKinds } from '@/shared/links/resource-kind'
import { normaliseUrl } from '@/shared/links/urls'
import { withHistory } from '@/cms/fields/history'
import { withPublishing } from '@/cms/fields/publishing'
import { withTranslationAid } from '@/cms/fields/translation-aid'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'

import { linkStatusOf, normaliseUrlField, removeLinkCheck, resourceDefaults } from '@collections/Resources/hooks'

const httpUrl: TextFieldSingleValidation = (value, { req }) =>
  typeof value === 'string' && normaliseUrl(value) ? true : localize(req, messages.urlInvalid)

/** A course, video, webinar, guide or web page that advice texts link to. */
export const Resources: CollectionConfig = {
  slug: 'resources',
  labels: {
    singular: { tr: 'Kaynak', en: 'Resource' },
    plural: { tr: 'Kaynaklar', en: 'Resources' },
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: [
      'title',
      'kind',
      'publisher',
      'url',
      'linkStatus',
      'publishingState',
      'translationStatus',
      'updatedAt',
    ],
    listSearchableFields: ['title', 'url'],
    group: { tr: 'Öz değerlendirme', en: 'Self-assessment' },
    components: { beforeListTable: ['/cms/admin/dashboard/BrokenLinks', '/cms/admin/translation/TranslationFilter'] },
  },
  defaultSort: 'title',
  ...editorialCollection({ hooks: { beforeChange: [resourceDefaults], beforeDelete: [removeLinkCheck] } }),
  fields: withHistory(
    withPublishing(
      withTranslationAid(
        ['title'],
        [
          {
            name: 'url',
            type: 'text',
            required: true,
            unique: true,
            index: true,
            label: { tr: 'Bağlantı (URL)', en: 'Link (URL)' },
            validate: httpUrl,
            hooks: { beforeValidate: [normaliseUrlField] },
            access: { update: editorsOnlyField },
          },
          {
            name: 'title',
            type: 'text',
            required: true,
            localized: true,
            label: { tr: 'Başlık', en: 'Title' },
            hooks: { beforeChange: [refuseInvisibleCharacters] },
          },
          {
            type: 'row',
            fields: [
              {
                name: 'kind',
                type: 'select',
                label: { tr: 'Tür', en: 'Kind' },
                options: resourceKinds.map((value) => ({ value, label: resourceKindLabels[value] })),
                access: { update: editorsOnlyField },
                admin: {
                  description: {
                    tr: 'Boş bırakılırsa bağlantıdan tahmin edilir.',
                    en: 'Guessed from the link when empty.',
                  },
                },
              },
              {
                name: 'publisher',
                type: 'text',
                label: { tr: 'Yayıncı', en: 'Publisher' },
                access: { update: editorsOnlyField },
                hooks: { beforeChange: [refuseInvisibleCharacters] },
              },
              {
                name: 'language',
                type: 'select',
                label: { tr: 'Kaynağın dili', en: 'Language of the resource' },
                options: locales.map((l) => ({ value: l.code, label: l.label })),
                access: { update: editorsOnlyField },
              },
            ],
          },
          {
            // Not stored with the resource: read from its last link check (collections/LinkChecks).
            name: 'linkStatus',
            type: 'json',
            virtual: true,
            label: { tr: 'Bağlantı durumu', en: 'Link status' },
            access: { read: ({ req }) => isStaff(req.user), create: systemOnlyField, update: systemOnlyField },
            hooks: { afterRead: [linkStatusOf] },
            admin: {
              readOnly: true,
              position: 'sidebar',
              components: { Cell: '/cms/admin/links/LinkStatusCell', Field: '/cms/admin/links/LinkStatusField' },
            },
          },
          {
            name: 'citedBy',
            type: 'join',
            collection: 'advice',
            on: 'resources',
            label: { tr: 'Bu kaynağı anan reçeteler', en: 'Advice citing this resource' },
          },
        ],
      ),
    ),
  ),
}
