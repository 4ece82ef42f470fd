import type { Locale } from '@/shared/locales'

/** A name in Turkish and English; other languages read the English one. */
type Named = { tr: string; en: string }
export type ProfileGroup = { key: string; label: Named }
export type ProfileDimension = { name: 'size' | 'field' | 'region'; label: Named; groups: ProfileGroup[] }

const group = (key: string, tr: string, en: string): ProfileGroup => ({ key, label: { tr, en } })

/**
 * The profile an organisation may give with its contribution: fixed lists only, so nothing
 * written freely can be kept, and each with "belirtmek istemiyorum" (stored as `none`, never
 * offered as a filter). Keys are stored: a label may change, a key may not.
 */
export const profileDimensions: ProfileDimension[] = [
  {
    name: 'size',
    label: { tr: 'Çalışan ve gönüllü sayısı', en: 'Staff and volunteers' },
    groups: [
      group('1-5', '1–5 kişi', '1–5 people'),
      group('6-20', '6–20 kişi', '6–20 people'),
      group('21-50', '21–50 kişi', '21–50 people'),
      group('51+', '51 kişi ve üzeri', '51 people or more'),
    ],
  },
  {
    name: 'field',
    label: { tr: 'Ana çalışma alanı', en: 'Main field of work' },
    groups: [
      group('rights', 'İnsan hakları', 'Human rights'),
      group('children-youth', 'Çocuk ve gençlik', 'Children and youth'),
      group('women-gender', 'Kadın ve toplumsal cinsiyet', 'Women and gender'),
      group('environment', 'Çevre ve iklim', 'Environment and climate'),
      group('disability', 'Engelli hakları', 'Disability rights'),
      group('education', 'Eğitim', 'Education'),
      group('health', 'Sağlık', 'Health'),
      group('culture', 'Kültür ve sanat', 'Culture and arts'),
      group('social-aid', 'Yoksullukla mücadele ve sosyal yardım', 'Poverty and social aid'),
      group('migration', 'Göç ve mülteciler', 'Migration and refugees'),
      group('local', 'Yerel kalkınma', 'Local development'),
      group('other', 'Diğer', 'Other'),
    ],
  },
  {
    name: 'region',
    label: { tr: 'Bölge', en: 'Region of Türkiye' },
    groups: [
      group('marmara', 'Marmara', 'Marmara'),
      group('ege', 'Ege', 'Aegean'),
      group('akdeniz', 'Akdeniz', 'Mediterranean'),
      group('ic-anadolu', 'İç Anadolu', 'Central Anatolia'),
      group('karadeniz', 'Karadeniz', 'Black Sea'),
      group('dogu-anadolu', 'Doğu Anadolu', 'Eastern Anatolia'),
      group('guneydogu-anadolu', 'Güneydoğu Anadolu', 'Southeastern Anatolia'),
      group('nationwide', 'Ülke geneli', 'Nationwide'),
    ],
  },
]

export type Profile = Record<ProfileDimension['name'], string>
export const notSaid = 'none'

export const labelIn = (named: Named, locale: Locale): string => (locale === 'tr' ? named.tr : named.en)

/** A profile from a form: anything not in the fixed lists is "not said". */
export function readProfile(get: (name: string) => string | null | undefined): Profile {
  const profile = {} as Profile
  for (const dimension of profileDimensions) {
    const value = get(dimension.name)
    profile[dimension.name] = dimension.groups.some((g) => g.key === value) ? value! : notSaid
  }
  return profile
}

/** A filter `size:6-20` (the report's `bm` parameter), or null when it names no known group. */
export function readFilter(value: unknown): { dimension: ProfileDimension; group: ProfileGroup } | null {
  if (typeof value !== 'string') return null
  const [name, key] = value.split(':')
  const dimension = profileDimensions.find((d) => d.name === name)
  const found = dimension?.groups.find((g) => g.key === key)
  return dimension && found ? { dimension, group: found } : null
}
