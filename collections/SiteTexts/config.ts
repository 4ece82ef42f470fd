import type { GlobalConfig } from 'payload'

import { editorsOrTranslatorsInLocale, publishedOrStaff, staffOnly } from '@/cms/access'
import { recordGlobalPublishing } from '@/cms/activity/hooks'
import { revalidateGlobal } from '@/cms/hooks/revalidate'
import { withTranslationAid } from '@/cms/fields/translation-aid'
import { refuseUnsafeRichText } from '@/cms/hooks/safe-rich-text'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'
import { recordGlobalAfterChange } from '@/cms/translation-status/hooks'
import { rememberGlobalAfterChange } from '@/cms/translation-memory/hooks'
import { globalReviewRules } from '@/cms/review/rules'
import { notifyOfGlobalChanges } from '@/cms/notifications/events'

import { siteTextsPublishingRules } from '@collections/SiteTexts/hooks'

/**
 * The public site's own words, so editors never need a developer for wording: the home
 * page introduction, the footer, and the about and accessibility statement pages.
 */
export const SiteTexts: GlobalConfig = {
  slug: 'site-texts',
  label: { tr: 'Site metinleri', en: 'Site texts' },
  admin: { group: { tr: 'Site', en: 'Site' } },
  versions: { max: 50, drafts: true },
  access: {
    read: publishedOrStaff,
    readVersions: staffOnly,
    update: editorsOrTranslatorsInLocale,
  },
  hooks: {
    beforeOperation: [siteTextsPublishingRules],
    beforeChange: [globalReviewRules],
    afterChange: [
      recordGlobalAfterChange,
      rememberGlobalAfterChange,
      recordGlobalPublishing,
      revalidateGlobal,
      notifyOfGlobalChanges,
    ],
  },
  fields: withTranslationAid(
    ['introTitle', 'intro', 'description', 'footer', 'aboutTitle', 'about', 'accessibilityTitle', 'accessibility'],
    [
      {
        type: 'tabs',
        tabs: [
          {
            label: { tr: 'Ana sayfa', en: 'Home page' },
            fields: [
              {
                name: 'introTitle',
                type: 'text',
                localized: true,
                label: { tr: 'Giriş başlığı', en: 'Introduction title' },
                hooks: { beforeChange: [refuseInvisibleCharacters] },
              },
              {
                name: 'intro',
                type: 'richText',
                localized: true,
                label: { tr: 'Giriş metni', en: 'Introduction' },
                hooks: { beforeChange: [refuseUnsafeRichText] },
              },
              {
                name: 'description',
                type: 'textarea',
                localized: true,
                label: { tr: 'Arama motorları için açıklama', en: 'Description for search engines' },
                admin: { description: { tr: 'En fazla 160 karakter.', en: 'At most 160 characters.' } },
              },
            ],
          },
          {
            label: { tr: 'Alt bilgi', en: 'Footer' },
            fields: [
              {
                name: 'footer',
                type: 'richText',
                localized: true,
                label: { tr: 'Alt bilgi', en: 'Footer' },
                hooks: { beforeChange: [refuseUnsafeRichText] },
              },
            ],
          },
          {
            label: { tr: 'Hakkında', en: 'About' },
            fields: [
              {
                name: 'aboutTitle',
                type: 'text',
                localized: true,
                label: { tr: 'Başlık', en: 'Title' },
                hooks: { beforeChange: [refuseInvisibleCharacters] },
              },
              {
                name: 'about',
                type: 'richText',
                localized: true,
                label: { tr: 'Hakkında sayfası', en: 'About page' },
                hooks: { beforeChange: [refuseUnsafeRichText] },
              },
            ],
          },
          {
            label: { tr: 'Erişilebilirlik', en: 'Accessibility' },
            fields: [
              {
                name: 'accessibilityTitle',
                type: 'text',
                localized: true,
                label: { tr: 'Başlık', en: 'Title' },
                hooks: { beforeChange: [refuseInvisibleCharacters] },
              },
              {
                name: 'accessibility',
                type: 'richText',
                localized: true,
                label: { tr: 'Erişilebilirlik beyanı', en: 'Accessibility statement' },
                hooks: { beforeChange: [refuseUnsafeRichText] },
              },
            ],
          },
        ],
      },
    ],
  ),
}
