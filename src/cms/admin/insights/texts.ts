import { labelIn } from '@/shared/insights/profile'
import type { ProfileDimension, ProfileGroup } from '@/shared/insights/profile'
import { languageName } from '@/shared/locales'

const date = (language: 'tr' | 'en', iso: string) =>
  new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'tr-TR', {
    timeZone: 'Europe/Istanbul',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(new Date(iso))

const tr = {
  title: 'İçgörüler',
  none: 'Henüz anonim katkı yok: raporlardaki “Cevaplarımı anonim istatistiklere ekle” formuyla gelenler burada sayılır.',
  contributions: (n: number) => `${n} örgüt cevaplarını anonim istatistiklere ekledi.`,
  csv: 'CSV olarak indir',
  reviewFirst: 'Önce bunları gözden geçirin',
  reviewIntro:
    'En çok seçilen cevapların reçeteleri: okurların gördüğü çevirisi eksik ya da eskimiş, kaynak bağlantısı kırık olanlar önce, sonra metni en eski olanlar.',
  reviewLink: (question: number, choice: number) => `Soru ${question} · Seçenek ${choice}`,
  chosen: (n: number) => `${n} örgüt seçti`,
  changed: (iso: string) => `metni son olarak ${date('tr', iso)} tarihinde değişti`,
  translation: (locale: string, state: 'missing' | 'outdated') =>
    `${languageName(locale, 'tr')} çevirisi ${state === 'missing' ? 'yok' : 'eskimiş'}`,
  broken: (n: number) => `${n} kaynağın bağlantısı kırık`,
  caption: 'Soru başına cevapların dağılımı',
  question: 'Soru',
  count: 'Katkı',
  choices: 'Seçenekler (sayı, oran)',
  hidden: (k: number) => `bu grupta ${k} örgütten azı ya da ayırt edilebilecek kadar azı cevapladı: gösterilmiyor`,
  filter: 'Örgüt grubu',
  everyone: 'Tüm örgütler',
  show: 'Göster',
  filterNote: (k: number) =>
    `Yalnızca en az ${k} örgütün bulunduğu ve başka gruplardan çıkarılarak daha küçük bir grubu ortaya koymayan gruplar seçilebilir.`,
  group: (d: ProfileDimension, g: ProfileGroup) => `${labelIn(d.label, 'tr')}: ${labelIn(g.label, 'tr')}`,
  deleteTitle: 'Tüm katkıları sil',
  deleteIntro:
    'Bütün anonim katkılar kalıcı olarak silinir; tek tek geri alınamaz, kimin hangi katkıyı verdiği bilinmediği için seçerek de silinemez. Silme etkinlik kaydına yazılır.',
  deleteConfirm: 'Onaylamak için “TÜMÜNÜ SİL” yazın',
  deleteButton: 'Katkıları sil',
  deleting: 'Siliniyor…',
  deleted: (n: number) => `${n} katkı silindi.`,
  deleteFailed: 'Silinemedi. Sayfayı yenileyip yeniden deneyin.',
  readsTitle: 'En çok okunan reçeteler',
  readsCaption: 'Reçete sayfalarını açan okur sayısı, haftalara göre (tüm diller)',
  noReads: 'Son dört haftada okunan reçete sayfası sayılmadı.',
  readsNote:
    'Sayılar çerez ya da adres kullanılmadan, yalnızca sayfa ve hafta başına tutulur; önbellekteki aynı sayfayı aynı saniyede açan okurlar bir kez sayılabilir.',
  advice: 'Reçete',
  weeks: ['Bu hafta', 'Geçen hafta', '2 hafta önce', '3 hafta önce'],
}

const en: typeof tr = {
  title: 'Insights',
  none: 'No anonymous contributions yet: those sent with “Cevaplarımı anonim istatistiklere ekle” on the reports are counted here.',
  contributions: (n: number) => `${n} organisations added their answers to the anonymous statistics.`,
  csv: 'Download as CSV',
  reviewFirst: 'Review these first',
  reviewIntro:
    'The advice of the most chosen answers: those whose translation readers get is missing or outdated, or whose resource links are broken, first; then the oldest texts.',
  reviewLink: (question: number, choice: number) => `Question ${question} · Choice ${choice}`,
  chosen: (n: number) => `chosen by ${n} organisations`,
  changed: (iso: string) => `text last changed on ${date('en', iso)}`,
  translation: (locale: string, state: 'missing' | 'outdated') =>
    `${languageName(locale, 'en')} translation ${state === 'missing' ? 'missing' : 'outdated'}`,
  broken: (n: number) => `${n} broken resource links`,
  caption: 'How the answers spread, per question',
  question: 'Question',
  count: 'Contributions',
  choices: 'Choices (count, share)',
  hidden: (k: number) => `fewer than ${k} in this group answered, or few enough to be singled out: not shown`,
  filter: 'Group of organisations',
  everyone: 'All organisations',
  show: 'Show',
  filterNote: (k: number) =>
    `Only groups of at least ${k} organisations, which do not reveal a smaller group when subtracted from others, can be chosen.`,
  group: (d: ProfileDimension, g: ProfileGroup) => `${labelIn(d.label, 'en')}: ${labelIn(g.label, 'en')}`,
  deleteTitle: 'Delete all contributions',
  deleteIntro:
    'Every anonymous contribution is deleted for good; it cannot be undone, and nobody can pick contributions out since nobody knows whose each is. The deletion is written to the activity log.',
  deleteConfirm: 'Write “TÜMÜNÜ SİL” to confirm',
  deleteButton: 'Delete contributions',
  deleting: 'Deleting…',
  deleted: (n: number) => `${n} contributions deleted.`,
  deleteFailed: 'Could not delete. Reload the page and try again.',
  readsTitle: 'Most read advice',
  readsCaption: 'Readers who opened each advice page, per week (all languages)',
  noReads: 'No advice page reads counted in the last four weeks.',
  readsNote:
    'Counted without cookies or addresses, only per page and week; readers opening the same cached page within the same second may count once.',
  advice: 'Advice',
  weeks: ['This week', 'Last week', '2 weeks ago', '3 weeks ago'],
}

export const insightWords = (language: string | undefined) => (language === 'en' ? en : tr)
