import type { Field } from 'payload'

import { systemOnlyField } from '@/cms/access'

/**
 * Where a document came from when it was imported from STGM's Markdown files. Per
 * language: the hash of the source file, the hash of the content the import wrote (so a
 * later import can tell that an editor changed it since) and when. Read-only in the admin.
 */
export const importSourceField: Field = {
  name: 'source',
  type: 'group',
  label: { tr: 'İçe aktarma kaydı', en: 'Import record' },
  access: { create: systemOnlyField, update: systemOnlyField },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      tr: 'Bu içeriğin geldiği Markdown dosyası. İçe aktarma, sizin yaptığınız değişikliklerin üzerine habersiz yazmamak için bunu kullanır.',
      en: 'The Markdown file this content came from. The import uses it to never silently overwrite your edits.',
    },
  },
  fields: [
    { name: 'path', type: 'text', label: { tr: 'Dosya', en: 'File' } },
    // A fingerprint for the import, meaningless to an editor: kept out of the form.
    {
      name: 'hash',
      type: 'text',
      localized: true,
      label: { tr: 'Dosyanın özeti', en: 'File hash' },
      admin: { hidden: true },
    },
    {
      name: 'contentHash',
      type: 'text',
      localized: true,
      label: { tr: 'Aktarılan içeriğin özeti', en: 'Imported content hash' },
      admin: { hidden: true },
    },
    {
      name: 'importedAt',
      type: 'date',
      localized: true,
      label: { tr: 'İçe aktarıldı', en: 'Imported at' },
      // Numeric: the date picker would write month names in English whatever the admin language.
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd.MM.yyyy HH:mm' } },
    },
  ],
}
