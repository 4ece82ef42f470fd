import type { Field } from 'payload'

import { systemOnlyField } from '@/cms/access'
import { isEditor } from '@/shared/roles'

const source: Field = {
  name: 'source',
  type: 'group',
  label: false,
  access: { create: systemOnlyField, update: systemOnlyField },
  admin: { readOnly: true },
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

/**
 * Where a document came from when it was imported from STGM's Markdown files. Per
 * language: the hash of the source file, the hash of the content the import wrote (so a
 * later import can tell that an editor changed it since) and when. Read-only in the admin,
 * where only editors see it, folded: it explains the import's decisions, which are theirs.
 */
export const importSourceField: Field = {
  type: 'collapsible',
  label: { tr: 'İçe aktarma kaydı', en: 'Import record' },
  admin: {
    position: 'sidebar',
    initCollapsed: true,
    condition: (_data, _siblingData, { user }) => isEditor(user as Parameters<typeof isEditor>[0]),
    description: {
      tr: 'Bu içeriğin geldiği Markdown dosyası. İçe aktarma, sizin yaptığınız değişikliklerin üzerine habersiz yazmamak için bunu kullanır.',
      en: 'The Markdown file this content came from. The import uses it to never silently overwrite your edits.',
    },
  },
  fields: [source],
}
