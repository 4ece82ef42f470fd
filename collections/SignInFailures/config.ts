import type { CollectionConfig } from 'payload'

import { adminsOnly, nobody } from '@/cms/access'

/**
 * Failed sign-ins, counted per client address, account and minute (src/cms/activity/sign-in-failures.ts
 * writes them). Apart from the activity log: strangers cause these, and however many they cause,
 * the changes staff made stay in the log and on the dashboard. Only administrators read them
 * (the addresses are about people); nobody writes, changes or deletes one through any API.
 */
export const SignInFailures: CollectionConfig = {
  slug: 'sign-in-failures',
  labels: {
    singular: { tr: 'Başarısız giriş', en: 'Failed sign-in' },
    plural: { tr: 'Başarısız girişler', en: 'Failed sign-ins' },
  },
  admin: {
    group: { tr: 'Yönetim', en: 'Administration' },
    useAsTitle: 'address',
    defaultColumns: ['minute', 'address', 'accountName', 'count', 'updatedAt'],
    listSearchableFields: ['address', 'accountName'],
    hidden: ({ user }) => (user as { role?: string } | null)?.role !== 'admin',
  },
  defaultSort: '-minute',
  graphQL: { singularName: 'SignInFailure', pluralName: 'SignInFailures', disableMutations: true },
  access: { read: adminsOnly, create: nobody, update: nobody, delete: nobody },
  fields: [
    { name: 'minute', type: 'date', required: true, index: true, label: { tr: 'Dakika', en: 'Minute' } },
    // The client's IP address; "bilinmeyen adres" without one, "diğer adresler" for the
    // attempts beyond what one minute or day may add.
    { name: 'address', type: 'text', required: true, index: true, label: { tr: 'Adres', en: 'Address' } },
    // The account tried, when it exists; its address as stored is copied into accountName so
    // the entry still reads right after the account is deleted.
    { name: 'account', type: 'relationship', relationTo: 'users', index: true, label: { tr: 'Hesap', en: 'Account' } },
    { name: 'accountName', type: 'text', label: { tr: 'Denenen hesap', en: 'Account tried' } },
    { name: 'count', type: 'number', required: true, min: 1, label: { tr: 'Deneme', en: 'Attempts' } },
    // minute + address + account: what makes two attempts one entry (unique: a second
    // process adding the same entry at the same time fails and counts into the first).
    { name: 'key', type: 'text', required: true, unique: true, admin: { hidden: true } },
  ],
}
