import type { CollectionConfig } from 'payload'

import { adminsOnly, adminsOnlyField } from '@/cms/access'
import { sessionCookieSecure } from '@/cms/session-cookie'
import { defaultLocale, locales } from '@/shared/locales'
import { isStaff, roles } from '@/shared/roles'

import { adminOrSelf } from '@collections/Users/access'
import {
  firstUserIsAdmin,
  passwordLength,
  releaseLocksOfDeletedUser,
  removeNotificationsOfDeletedUser,
  translatorsOwnLanguage,
} from '@collections/Users/hooks'
import { recordUserChanges } from '@/cms/activity/hooks'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'
import { notificationPreferenceFields } from '@/cms/notifications/preference-fields'
import { passwordResetMail } from '@/cms/mail/password-reset'

const roleLabels = {
  admin: { tr: 'Yönetici', en: 'Administrator' },
  editor: { tr: 'Editör', en: 'Editor' },
  translator: { tr: 'Çevirmen', en: 'Translator' },
} as const

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { tr: 'Kullanıcı', en: 'User' },
    plural: { tr: 'Kullanıcılar', en: 'Users' },
  },
  auth: {
    // Payload's own lockout locks the account for everyone, its owner too: anyone could keep an
    // administrator out by failing on purpose. The limits in src/cms/request-guard/sign-in-limits.ts
    // take its place (per address, per account, and never for a browser that signed in before).
    maxLoginAttempts: 0,
    // Lax: the cookie is not sent on other sites' requests that change data (CSRF).
    cookies: { secure: sessionCookieSecure(), sameSite: 'Lax' },
    // A link that opens from a mail client, in the person's language (src/cms/mail/password-reset.ts).
    forgotPassword: passwordResetMail,
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'role', 'languages', 'updatedAt'],
    group: { tr: 'Yönetim', en: 'Administration' },
    // Only administrators manage people; everyone else reaches their own account from the
    // avatar ("Hesap"), not from a card or menu entry they cannot use.
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  access: {
    admin: ({ req }) => isStaff(req.user),
    read: adminOrSelf,
    create: adminsOnly,
    update: adminOrSelf,
    delete: adminsOnly,
    unlock: adminsOnly,
  },
  hooks: {
    beforeOperation: [passwordLength],
    beforeValidate: [firstUserIsAdmin],
    beforeDelete: [releaseLocksOfDeletedUser, removeNotificationsOfDeletedUser],
    afterLogin: [translatorsOwnLanguage],
    afterChange: [recordUserChanges],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      label: { tr: 'Ad soyad', en: 'Full name' },
      hooks: { beforeChange: [refuseInvisibleCharacters] },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      // The create-first-user screen makes an administrator (see firstUserIsAdmin): say so.
      defaultValue: async ({ req }) =>
        (await req.payload.count({ collection: 'users', req })).totalDocs === 0 ? 'admin' : 'editor',
      saveToJWT: true,
      label: { tr: 'Rol', en: 'Role' },
      options: roles.map((value) => ({ value, label: roleLabels[value] })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        description: {
          tr: 'Editör: içerik yazar ve yayımlar. Çevirmen: yalnızca atanan dillerde taslak kaydeder. Yönetici: ayrıca kullanıcıları yönetir.',
          en: 'Editor: writes and publishes content. Translator: saves drafts in assigned languages only. Administrator: also manages users.',
        },
      },
    },
    {
      name: 'languages',
      type: 'select',
      hasMany: true,
      saveToJWT: true,
      label: { tr: 'Çeviri dilleri', en: 'Translation languages' },
      options: locales.filter((l) => l.code !== defaultLocale).map((l) => ({ value: l.code, label: { ...l.names } })),
      access: { create: adminsOnlyField, update: adminsOnlyField },
      admin: {
        condition: (data) => data?.role === 'translator',
        description: {
          tr: 'Çevirmenin düzenleyebileceği diller. Türkçe metinleri yalnızca editörler değiştirir.',
          en: 'Languages this translator may edit. Only editors change the Turkish texts.',
        },
      },
    },
    ...notificationPreferenceFields,
  ],
}
