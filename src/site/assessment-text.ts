import type { Locale } from '@/shared/locales'

/** Texts of the self-assessment flow. A language without its own entry reads the English ones. */
const tr = {
  nav: 'Öz değerlendirme',
  title: 'Örgütünüzü değerlendirin',
  lead: 'ROTA’nın soruları örgütünüzün nerede durduğunu görmenize yardım eder. Her cevabınız için STGM’nin reçetesini ve önerdiği kaynakları içeren kendi raporunuzu alırsınız.',
  howLong: (questions: number, areas: number) =>
    `${areas} alanda ${questions} soru var; cevaplamak yaklaşık ${Math.max(5, Math.round(questions * 0.5))} dakika sürer.`,
  privacy:
    'Cevaplarınız hiçbir yerde saklanmaz: yalnızca bu tarayıcıda ve raporunuzun adresinde durur. Adresi kaydederek raporunuza daha sonra dönebilir, başkalarıyla paylaşabilirsiniz.',
  start: 'Değerlendirmeye başla',
  resume: 'Kaldığınız yerden devam edin',
  /** `{n}`: the number of answers (filled in the browser, which alone knows it). */
  resumeNote: 'Bu tarayıcıda {n} cevabınız kayıtlı.',
  clear: 'Kayıtlı cevapları sil',
  cleared: 'Bu tarayıcıdaki cevaplar silindi.',
  noQuestions: 'Henüz yayımlanmış bir soru yok.',
  areaProgress: (index: number, total: number) => `Alan ${index} / ${total}`,
  answeredProgress: (answered: number, total: number) => `${total} sorudan ${answered} tanesi cevaplandı`,
  otherArea: 'Diğer sorular',
  dontKnow: 'Bilmiyorum / emin değilim',
  previous: 'Önceki alan',
  next: 'Sonraki alan',
  toReport: 'Raporu gör',
  continueAnyway: 'Cevaplamadan devam et',
  notAnswered: 'Bu soru cevaplanmadı.',
  errorTitle: (count: number) => (count === 1 ? 'Bir soru cevaplanmadı' : `${count} soru cevaplanmadı`),
  errorText:
    'Cevaplamak istediğiniz soruları işaretleyin ya da emin değilseniz “Bilmiyorum” seçin. Her soruyu cevaplamanız gerekmez: cevaplamadan da devam edebilirsiniz.',
  reportTitle: 'Değerlendirme raporunuz',
  reportDate: (day: string) => `Cevapların tarihi: ${day}`,
  reportLead:
    'Her cevabınız için STGM’nin reçetesi ve önerdiği kaynaklar. Bu sayfanın adresi raporunuzun kendisidir: kaydedin, paylaşın ya da yazdırın.',
  yourAnswer: 'Cevabınız',
  noAdviceYet: 'Bu cevap için henüz yayımlanmış bir reçete yok.',
  dontKnowTitle: 'Emin olmadığınız sorular',
  dontKnowText: 'Bu soruları ekibinizle birlikte konuşmanız yararlı olabilir.',
  unansweredTitle: 'Cevaplanmamış sorular',
  answerIt: 'Cevapla',
  changeAnswers: 'Cevapları değiştir',
  copyLink: 'Bağlantıyı kopyala',
  copied: 'Bağlantı kopyalandı.',
  print: 'Yazdır',
  ignoredTitle: 'Adresteki bazı bilgiler okunamadı ve rapora alınmadı',
  ignored: {
    question: (name: string) => `${name}: böyle bir soru yok ya da yayımlanmamış`,
    choice: (name: string) => `${name}: bu soruda böyle bir cevap yok ya da yayımlanmamış`,
    value: (name: string) => `${name}: geçerli bir cevap değil`,
    date: (name: string) => `${name}: geçerli bir tarih değil (YYYY-AA-GG)`,
  },
  emptyReport: 'Henüz hiçbir soruyu cevaplamadınız.',
  question: 'Soru',
}

type AssessmentText = typeof tr

const en: AssessmentText = {
  nav: 'Self-assessment',
  title: 'Assess your organisation',
  lead: 'ROTA’s questions help you see where your organisation stands. You get a report of your own with STGM’s advice and recommended resources for each of your answers.',
  howLong: (questions: number, areas: number) =>
    `There are ${questions} questions in ${areas} areas; answering takes about ${Math.max(5, Math.round(questions * 0.5))} minutes.`,
  privacy:
    'Your answers are not stored anywhere: they stay in this browser and in your report’s address. Keep the address to come back to your report later, or share it.',
  start: 'Start the assessment',
  resume: 'Continue where you left off',
  resumeNote: '{n} of your answers are kept in this browser.',
  clear: 'Clear the kept answers',
  cleared: 'The answers kept in this browser were cleared.',
  noQuestions: 'No questions have been published yet.',
  areaProgress: (index: number, total: number) => `Area ${index} of ${total}`,
  answeredProgress: (answered: number, total: number) => `${answered} of ${total} questions answered`,
  otherArea: 'Other questions',
  dontKnow: 'I don’t know / not sure',
  previous: 'Previous area',
  next: 'Next area',
  toReport: 'See the report',
  continueAnyway: 'Continue without answering',
  notAnswered: 'This question is not answered.',
  errorTitle: (count: number) => (count === 1 ? 'One question is not answered' : `${count} questions are not answered`),
  errorText:
    'Mark the questions you want to answer, or choose “I don’t know” if you are not sure. You need not answer every question: you can also continue without answering.',
  reportTitle: 'Your assessment report',
  reportDate: (day: string) => `Answers given on ${day}`,
  reportLead:
    'STGM’s advice and recommended resources for each of your answers. This page’s address is your report: keep it, share it or print it.',
  yourAnswer: 'Your answer',
  noAdviceYet: 'No advice has been published for this answer yet.',
  dontKnowTitle: 'Questions you were not sure about',
  dontKnowText: 'These may be worth discussing with your team.',
  unansweredTitle: 'Questions not answered',
  answerIt: 'Answer',
  changeAnswers: 'Change the answers',
  copyLink: 'Copy the link',
  copied: 'The link was copied.',
  print: 'Print',
  ignoredTitle: 'Some of the address could not be read and was left out of the report',
  ignored: {
    question: (name: string) => `${name}: no such question, or not published`,
    choice: (name: string) => `${name}: this question has no such answer, or it is not published`,
    value: (name: string) => `${name}: not a valid answer`,
    date: (name: string) => `${name}: not a valid date (YYYY-MM-DD)`,
  },
  emptyReport: 'You have not answered any question yet.',
  question: 'Question',
}

const dictionaries: Partial<Record<string, AssessmentText>> = { tr, en }

export const assessmentText = (locale: Locale): AssessmentText => dictionaries[locale] ?? en
