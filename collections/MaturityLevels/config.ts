import type { CollectionConfig } from 'payload'

import { editorsOnlyField } from '@/cms/access'
import { editorialCollection } from '@/cms/collection-defaults'
import { keepChildren } from '@/cms/hooks/keep-children'
import { messages } from '@/cms/messages'
import { withHistory } from '@/cms/fields/history'
import { withPublishing } from '@/cms/fields/publishing'
import { withTranslationAid } from '@/cms/fields/translation-aid'
import { orderNumber } from '@/cms/validate'
import { refuseInvisibleCharacters } from '@/cms/hooks/visible-text'
import { limits } from '@/shared/limits'

/**
 * The short list of maturity levels editors give choices ("Başlangıç", "Gelişmekte",
 * "Yerleşik" …). Where every choice of an area's questions has one, a report shows the
 * area's level distribution; where levels are not set nothing is scored.
 */
export const MaturityLevels: CollectionConfig = {
  slug: 'maturity-levels',
  labels: {
    singular: { tr: 'Olgunluk düzeyi', en: 'Maturity level' },
    plural: { tr: 'Olgunluk düzeyleri', en: 'Maturity levels' },
  },
  admin: {
    components: { beforeListTable: ['/cms/admin/translation/TranslationFilter'] },
    useAsTitle: 'title',
    defaultColumns: ['title', 'order', 'publishingState', 'translationStatus', 'updatedAt'],
    group: { tr: 'Öz değerlendirme', en: 'Self-assessment' },
    description: {
      tr: 'Seçeneklere verilebilen düzeyler, en başlangıçtan en ileriye doğru sıralı. Raporlar, bir alanın bütün seçeneklerinde düzey varsa o alanın düzey dağılımını gösterir.',
      en: 'The levels choices can carry, from the earliest to the most advanced. A report shows an area’s level distribution when every choice of the area has one.',
    },
  },
  defaultSort: 'order',
  ...editorialCollection({
    hooks: { beforeDelete: [keepChildren('choices', 'maturity', messages.levelInUseOnDelete)] },
  }),
  fields: withHistory(
    withPublishing(
      withTranslationAid(
        ['title'],
        [
          {
            name: 'title',
            type: 'text',
            required: true,
            localized: true,
            maxLength: 60,
            label: { tr: 'Düzey adı', en: 'Level name' },
            hooks: { beforeChange: [refuseInvisibleCharacters] },
          },
          {
            name: 'order',
            type: 'number',
            required: true,
            defaultValue: 1,
            min: limits.order.min,
            max: limits.order.max,
            validate: orderNumber,
            label: { tr: 'Sıra', en: 'Order' },
            access: { update: editorsOnlyField },
            admin: {
              position: 'sidebar',
              description: { tr: 'Küçük sayı daha başlangıç düzeyidir.', en: 'A smaller number is an earlier level.' },
            },
          },
        ],
      ),
    ),
  ),
}
