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
  levelsTitle: 'Olgunluk düzeyi',
  levelsSummary: (answered: number) =>
    `Bu alanda verdiğiniz ${answered} cevabın, STGM’nin belirlediği olgunluk düzeylerine dağılımı:`,
  teamLevelsSummary: (answered: number) =>
    `Ekibin bu alanda verdiği ${answered} cevabın, STGM’nin belirlediği olgunluk düzeylerine dağılımı:`,
  levelColumn: 'Düzey',
  countColumn: 'Cevap sayısı',
  levelOfAnswer: (level: string) => `Düzey: ${level}`,
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
  planLegend: 'Eylem planı',
  planPick: 'Bu reçeteyi öncelikli olarak ele alacağız',
  planOwner: 'Kim üstlenecek?',
  planTarget: 'Hedef tarih',
  planUpdate: 'Eylem planını güncelle',
  planTitle: 'Eylem planı',
  planEmpty:
    'Eylem planına henüz bir reçete eklenmedi: öncelikli reçetelerin altındaki kutuyu işaretleyip “Eylem planını güncelle”ye basın.',
  planHint:
    'Plan, raporun adresine eklenir. Seçtiklerinizi bağlantıya eklemek için önce “Eylem planını güncelle”ye basın; sonra bağlantıyı kaydedin, paylaşın ya da yazdırın.',
  /** Where JavaScript runs, the address follows every change of the plan: no need to update first. */
  planHintLive:
    'Plan, raporun adresine eklenir; adres her değişiklikle güncellenir. “Bağlantıyı kopyala” planı da kopyalar. Aşağıdaki tabloyu yenilemek için “Eylem planını güncelle”ye basın.',
  planQuestion: 'Soru ve cevap',
  planNobody: 'belirlenmedi',
  reportResources: 'Bu raporun kaynakları',
  compareTitle: 'Önceki değerlendirmeyle karşılaştır',
  compareLabel: 'Önceki raporunuzun bağlantısı',
  compareButton: 'Karşılaştır',
  compareNone: 'Bu bağlantıda okunabilen bir cevap bulunamadı.',
  compareSummary: (changed: number, day: string | null) =>
    `${day ? `${day} tarihli değerlendirmeye` : 'Önceki değerlendirmeye'} göre ${changed === 0 ? 'hiçbir cevap değişmedi' : `${changed} cevap değişti`}.`,
  earlierAnswer: 'Önceki değerlendirmede',
  earlierNone: 'cevaplanmamıştı',
  updatedOn: (day: string) => `Bu reçete ${day} tarihinde güncellendi.`,
  whatChanged: 'Neler değişti?',
  team: {
    title: 'Ekip olarak değerlendirin',
    lead: 'Yönetim kurulu, çalışanlar ve gönüllüler ayrı ayrı cevaplasın; sonra sonuçları birlikte konuşun. Hesap açmanız gerekmez.',
    nameLabel: 'Örgütünüzün adı (isteğe bağlı)',
    nameField: 'Örgüt adı',
    memberNameField: 'Adınız',
    nameInvalid: 'Adı düzeltin.',
    create: 'Ekip değerlendirmesi oluştur',
    privacy: (days: number) =>
      `Kişisel verilerin korunması (KVKK): ekip değerlendirmesinde yalnızca örgüt adı (isteğe bağlı), üyelerin seçtiği rol, isteğe bağlı adları ve cevapları saklanır. Son cevaptan ya da değişiklikten ${days} gün sonra her şey kendiliğinden silinir; koordinatör istediği an silebilir. Kişisel veri girmeniz gerekmez.`,
    coordinatorTitle: 'Ekip değerlendirmesi: koordinatör sayfası',
    keepThis:
      'Bu sayfanın bağlantısını saklayın: sonuçları görmenin ve değerlendirmeyi silmenin tek yolu budur, bir daha gösterilmez.',
    membersLink: 'Üyelerin cevaplama bağlantısı',
    membersLinkHelp: 'Bu bağlantıyı ekibinizle paylaşın. Herkes kendi tarayıcısından cevaplar.',
    copyMembersLink: 'Üyelerin bağlantısını kopyala',
    copyCoordinatorLink: 'Koordinatör bağlantısını kopyala',
    linkCopied: 'Bağlantı kopyalandı.',
    linkNotCopied: 'Kopyalanamadı: bağlantıyı seçip kendiniz kopyalayın.',
    coordinatorLink: 'Koordinatör bağlantısı (gizli tutun)',
    memberTitle: 'Ekip değerlendirmesi',
    memberLead:
      'Soruları kendi görüşünüze göre cevaplayın. Cevaplarınız ekibin sonuçlarına yalnızca rolünüzle birlikte katılır.',
    yourName: 'Adınız (isteğe bağlı)',
    yourRole: 'Örgütteki rolünüz',
    roles: { board: 'Yönetim kurulu', staff: 'Çalışan', volunteer: 'Gönüllü', member: 'Üye', other: 'Diğer' },
    roleMissing: 'Rolünüzü seçin.',
    send: 'Cevaplarımı gönder',
    changing: 'Daha önce cevap verdiniz; cevaplarınızı değiştirip yeniden gönderebilirsiniz.',
    closed: 'Koordinatör bu değerlendirmeyi kapattı; artık cevap alınmıyor.',
    closedTitle: 'Bu bağlantı kapatıldı',
    closedText:
      'Verilen cevaplar saklanıyor. Cevap vermeniz ya da cevabınızı değiştirmeniz gerekiyorsa koordinatörünüze başvurun: bağlantıyı yeniden açabilir.',
    full: (n: number) => `Bu değerlendirmeye en fazla ${n} kişi katılabilir ve bu sayıya ulaşıldı.`,
    thanksTitle: 'Teşekkürler, cevaplarınız kaydedildi',
    thanksText: 'Koordinatörünüz ekibin sonuçlarını görebilir. Cevaplarınızı bu tarayıcıdan değiştirebilirsiniz.',
    change: 'Cevaplarımı değiştir',
    sharedResults: 'Ekibin sonuçlarını görün',
    resultsTitle: 'Ekibin sonuçları',
    answeredBy: (n: number) => `${n} kişi cevapladı`,
    noAnswers: 'Henüz kimse cevaplamadı. Üyelerin bağlantısını ekibinizle paylaşın.',
    agendaTitle: 'Toplantı gündemi: görüşlerin ayrıldığı sorular',
    agendaLead:
      'Ekibin farklı cevap verdiği sorular, en çok ayrışandan başlayarak. Bu soruları birlikte konuşmak değerlendirmenin asıl amacıdır.',
    agendaNone: 'Ekip bütün sorularda aynı cevabı verdi.',
    byAreaTitle: 'Alanlara göre ekibin cevapları',
    /** How many of those who answered a question chose one answer: "2 / 5 kişi". */
    share: (n: number, of: number) => `${n} / ${of} kişi`,
    /** A question folded to its split: how many different answers, among how many people. */
    split: (different: number, answered: number) =>
      answered === 0
        ? 'Kimse cevaplamadı'
        : different <= 1
          ? `Herkes aynı cevabı verdi (${answered} kişi)`
          : `${different} farklı cevap (${answered} kişi)`,
    unsureCount: (n: number) => `${n} kişi emin değil`,
    byRole: 'Rollere göre',
    roleHidden: (n: number) =>
      `Bir rolün cevapları ayrıca gösterilmesi için o rolde en az ${n} kişi olmalı; kimin ne cevapladığı anlaşılmasın diye daha küçük roller (gerekirse en küçük rol de onlarla birlikte) yalnızca ekibin toplamında yer alır. CSV dosyasında da bu üyelerin rolü yazılmaz.`,
    linkOpen: 'Üyelerin bağlantısı açık: cevap alınıyor.',
    linkClosed:
      'Üyelerin bağlantısı kapalı: yeni cevap alınmıyor. Yeniden açmak için aşağıdaki ayarın işaretini kaldırıp kaydedin.',
    limitReached: (n: number) =>
      `Üye sınırına ulaşıldı: bir değerlendirmeye en fazla ${n} kişi katılabilir; yeni üyelerin cevapları alınmıyor. Daha önce cevaplayanlar cevaplarını değiştirebilir.`,
    adviceTitle: 'Verilen her cevabın reçetesi',
    adviceCount: (n: number) => `${n} cevabın reçetesi`,
    csv: 'Bütün cevapları indir (CSV)',
    settingsTitle: 'Değerlendirmeyi yönetin',
    closeLabel: 'Üyelerin bağlantısını kapat: yeni cevap alınmaz (istediğinizde yeniden açabilirsiniz)',
    shareLabel: 'Sonuçları üyelerle paylaş',
    save: 'Kaydet',
    deleteTitle: 'Değerlendirmeyi silin',
    deleteText: 'Bütün cevaplar hemen ve geri alınamaz biçimde silinir; iki bağlantı da çalışmaz olur.',
    deleteButton: 'Değerlendirmeyi ve bütün cevapları sil',
    deleteConfirmTitle: 'Değerlendirme silinsin mi?',
    deleteConfirmText: (members: number) =>
      `${members ? `${members} kişinin cevapları` : 'Değerlendirme'} hemen ve geri alınamaz biçimde silinecek. Üyelerin bağlantısı ve koordinatör bağlantısı çalışmaz olacak.`,
    deleteConfirmButton: 'Evet, sil',
    deleteCancel: 'Vazgeç, sonuçlara dön',
    deleteKeep: 'Vazgeç',
    deleted: 'Ekip değerlendirmesi ve bütün cevapları silindi.',
    goneTitle: 'Bu değerlendirme silindi',
    goneText: (days: number) =>
      `Bu ekip değerlendirmesini koordinatörü sildi ya da ${days} gün kullanılmadığı için kendiliğinden silindi. Bütün cevaplar da silindi; geri getirilemez.`,
    goneNew: 'Yeni bir ekip değerlendirmesi oluşturun',
    tooMany: 'Bu adresten kısa sürede çok fazla ekip değerlendirmesi oluşturuldu. Bir saat sonra yeniden deneyin.',
    tooLarge: 'Gönderilen form çok büyük.',
    participants: 'Katılanlar',
    csvMember: 'Üye',
    csvRole: 'Rol',
    csvRoleHidden: 'Gösterilmiyor (küçük grup)',
  },
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
  levelsTitle: 'Maturity level',
  levelsSummary: (answered: number) =>
    `How your ${answered} ${answered === 1 ? 'answer' : 'answers'} in this area spread over the maturity levels STGM set:`,
  teamLevelsSummary: (answered: number) =>
    `How the team’s ${answered} ${answered === 1 ? 'answer' : 'answers'} in this area spread over the maturity levels STGM set:`,
  levelColumn: 'Level',
  countColumn: 'Answers',
  levelOfAnswer: (level: string) => `Level: ${level}`,
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
  planLegend: 'Action plan',
  planPick: 'We will act on this advice first',
  planOwner: 'Who takes it on?',
  planTarget: 'Target date',
  planUpdate: 'Update the action plan',
  planTitle: 'Action plan',
  planEmpty:
    'No advice has been added to the action plan yet: tick the box under the advice to act on first and press “Update the action plan”.',
  planHint:
    'The plan is added to the report’s address. To add what you chose to the link, first press “Update the action plan”; then keep the link, share it or print it.',
  planHintLive:
    'The plan is added to the report’s address, which follows every change. “Copy the link” copies the plan too. Press “Update the action plan” to refresh the table below.',
  planQuestion: 'Question and answer',
  planNobody: 'not set',
  reportResources: 'Resources of this report',
  compareTitle: 'Compare with an earlier assessment',
  compareLabel: 'The link to your earlier report',
  compareButton: 'Compare',
  compareNone: 'No answers could be read from this link.',
  compareSummary: (changed: number, day: string | null) =>
    `Compared with the assessment ${day ? `of ${day}` : 'before'}, ${changed === 0 ? 'no answer changed' : `${changed} answer${changed === 1 ? '' : 's'} changed`}.`,
  earlierAnswer: 'In the earlier assessment',
  earlierNone: 'not answered',
  updatedOn: (day: string) => `This advice was updated on ${day}.`,
  whatChanged: 'What changed?',
  team: {
    title: 'Assess as a team',
    lead: 'Let the board, staff and volunteers answer separately, then discuss the results together. No accounts needed.',
    nameLabel: 'Your organisation’s name (optional)',
    nameField: 'Organisation name',
    memberNameField: 'Your name',
    nameInvalid: 'Correct the name.',
    create: 'Create a team assessment',
    privacy: (days: number) =>
      `Personal data (KVKK): a team assessment keeps only the organisation’s name (optional), the role each member picks, their names if given, and their answers. Everything is deleted automatically ${days} days after the last answer or change; the coordinator can delete it at any time. No personal data is required.`,
    coordinatorTitle: 'Team assessment: coordinator’s page',
    keepThis:
      'Keep this page’s link: it is the only way to see the results and to delete the assessment, and it is not shown again.',
    membersLink: 'The members’ link to answer',
    membersLinkHelp: 'Share this link with your team. Everyone answers from their own browser.',
    copyMembersLink: 'Copy the members’ link',
    copyCoordinatorLink: 'Copy the coordinator’s link',
    linkCopied: 'The link was copied.',
    linkNotCopied: 'Could not copy: select the link and copy it yourself.',
    coordinatorLink: 'The coordinator’s link (keep it private)',
    memberTitle: 'Team assessment',
    memberLead:
      'Answer the questions from your own point of view. Your answers join the team’s results with your role only.',
    yourName: 'Your name (optional)',
    yourRole: 'Your role in the organisation',
    roles: { board: 'Board', staff: 'Staff', volunteer: 'Volunteer', member: 'Member', other: 'Other' },
    roleMissing: 'Choose your role.',
    send: 'Send my answers',
    changing: 'You answered before; you can change your answers and send them again.',
    closed: 'The coordinator closed this assessment; it takes no more answers.',
    closedTitle: 'This link is closed',
    closedText:
      'The answers given are kept. If you need to answer or to change your answers, ask your coordinator: they can reopen the link.',
    full: (n: number) => `At most ${n} people can take part in this assessment, and that number was reached.`,
    thanksTitle: 'Thank you, your answers were saved',
    thanksText: 'Your coordinator can see the team’s results. You can change your answers from this browser.',
    change: 'Change my answers',
    sharedResults: 'See the team’s results',
    resultsTitle: 'The team’s results',
    answeredBy: (n: number) => `${n} ${n === 1 ? 'person' : 'people'} answered`,
    noAnswers: 'Nobody has answered yet. Share the members’ link with your team.',
    agendaTitle: 'Meeting agenda: where the team disagrees',
    agendaLead:
      'The questions the team answered differently, most divided first. Discussing them together is the point of the assessment.',
    agendaNone: 'The team gave the same answer to every question.',
    byAreaTitle: 'The team’s answers by area',
    share: (n: number, of: number) => `${n} / ${of} ${of === 1 ? 'person' : 'people'}`,
    split: (different: number, answered: number) =>
      answered === 0
        ? 'Nobody answered'
        : different <= 1
          ? `Everyone gave the same answer (${answered} ${answered === 1 ? 'person' : 'people'})`
          : `${different} different answers (${answered} people)`,
    unsureCount: (n: number) => `${n} not sure`,
    byRole: 'By role',
    roleHidden: (n: number) =>
      `A role’s answers are shown apart only when it has at least ${n} members; so that nobody’s answers can be told, smaller roles (and, where needed, the smallest role with them) count in the team’s totals only. The CSV file does not give these members’ role either.`,
    linkOpen: 'The members’ link is open: answers are taken.',
    linkClosed:
      'The members’ link is closed: no new answers are taken. To reopen it, untick the setting below and save.',
    limitReached: (n: number) =>
      `Member limit reached: at most ${n} people can take part in an assessment; new members’ answers are not taken. Those who answered can still change their answers.`,
    adviceTitle: 'The advice for every answer given',
    adviceCount: (n: number) => `advice for ${n} ${n === 1 ? 'answer' : 'answers'}`,
    csv: 'Download all answers (CSV)',
    settingsTitle: 'Manage the assessment',
    closeLabel: 'Close the members’ link: no new answers are taken (you can reopen it at any time)',
    shareLabel: 'Share the results with the members',
    save: 'Save',
    deleteTitle: 'Delete the assessment',
    deleteText: 'All answers are deleted at once and for good; both links stop working.',
    deleteButton: 'Delete the assessment and all answers',
    deleteConfirmTitle: 'Delete the assessment?',
    deleteConfirmText: (members: number) =>
      `${members ? `The answers of ${members} ${members === 1 ? 'person' : 'people'}` : 'The assessment'} will be deleted at once and for good. The members’ link and the coordinator’s link will stop working.`,
    deleteConfirmButton: 'Yes, delete',
    deleteCancel: 'Cancel, back to the results',
    deleteKeep: 'Cancel',
    deleted: 'The team assessment and all its answers were deleted.',
    goneTitle: 'This assessment was deleted',
    goneText: (days: number) =>
      `This team assessment was deleted by its coordinator, or automatically after ${days} days unused. All its answers were deleted too; they cannot be brought back.`,
    goneNew: 'Create a new team assessment',
    tooMany: 'Too many team assessments were created from this address in a short time. Try again in an hour.',
    tooLarge: 'The form sent is too large.',
    participants: 'Taking part',
    csvMember: 'Member',
    csvRole: 'Role',
    csvRoleHidden: 'Not shown (small group)',
  },
}

const dictionaries: Partial<Record<string, AssessmentText>> = { tr, en }

export const assessmentText = (locale: Locale): AssessmentText => dictionaries[locale] ?? en
