import { percentSuffix } from '@/shared/text/turkish-numbers'

/** The self-assessment flow's texts in Turkish: the shape every other language follows. */
export const tr = {
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
      `Kişisel verilerin korunması (KVKK): ekip değerlendirmesinde yalnızca örgüt adı (isteğe bağlı), üyelerin seçtiği rol, isteğe bağlı adları ve cevapları saklanır. Ekibin hiçbir turunda ${days} gün boyunca cevap ya da değişiklik olmazsa her şey, bütün turlarıyla birlikte kendiliğinden silinir; koordinatör istediği an silebilir. Kişisel veri girmeniz gerekmez.`,
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
    deleteText: (rounds: number) =>
      rounds > 1
        ? `Bu ekibin ${rounds} turu ve bütün cevapları hemen ve geri alınamaz biçimde silinir; turların hiçbir bağlantısı artık çalışmaz.`
        : 'Bütün cevaplar hemen ve geri alınamaz biçimde silinir; iki bağlantı da çalışmaz olur.',
    deleteButton: 'Değerlendirmeyi ve bütün cevapları sil',
    deleteConfirmTitle: 'Değerlendirme silinsin mi?',
    deleteConfirmText: (members: number, rounds: number) =>
      rounds > 1
        ? `Bu ekibin ${rounds} turu ve turlarda verilen bütün cevaplar hemen ve geri alınamaz biçimde silinecek. Bütün turların üye bağlantıları ve koordinatör bağlantısı çalışmaz olacak.`
        : `${members ? `${members} kişinin cevapları` : 'Değerlendirme'} hemen ve geri alınamaz biçimde silinecek. Üyelerin bağlantısı ve koordinatör bağlantısı çalışmaz olacak.`,
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
    /** Under the title: which round of the team this is, and since when. */
    roundStarted: (n: number, day: string) => `${n}. tur · ${day} tarihinde başladı`,
    laterRound: (n: number) => `Bu ekibin daha yeni bir turu var: ${n}. tur.`,
    laterRoundLink: 'Son tura gidin',
    roundsTitle: 'Turlar',
    roundsLead:
      'Aynı ekiple değerlendirmeyi yeniden yapabilirsiniz, örneğin bir yıl sonra. Her tur tarihiyle saklanır; koordinatör bağlantınız bütün turları açar.',
    roundItem: (n: number, day: string, members: number) => `${n}. tur · ${day} · ${members} kişi katıldı`,
    roundHere: '(şu an bu turdasınız)',
    newRoundTitle: 'Yeni bir tur başlatın',
    newRoundText:
      'Yeni tur için yeni bir üye bağlantısı oluşturulur. Bu turun üye bağlantısı kapatılır, cevapları saklanır; yeni turun sonuçlarında her soruda neyin değiştiği gösterilir.',
    newRoundButton: 'Yeni tur başlat',
    roundsFull: (n: number) =>
      `Bir ekip en fazla ${n} tur yapabilir ve bu sayıya ulaşıldı. Yeni bir ekip değerlendirmesi oluşturabilirsiniz.`,
    compareTitle: 'Önceki turdan bu yana ne değişti?',
    compareLead: (n: number, day: string) =>
      `Her soruda ekibin en çok verdiği cevap ve bu cevabı verenlerin payı (görüş birliği), ${day} tarihinde başlayan ${n}. turla karşılaştırılıyor. Pay, soruyu cevaplayan herkese göre hesaplanır; “Bilmiyorum / emin değilim” diyenler de buna dahildir.`,
    compareSummary: (moved: number, up: number, down: number) =>
      `${moved ? `${moved} soruda en çok verilen cevap değişti` : 'Hiçbir soruda en çok verilen cevap değişmedi'}; görüş birliği ${up} soruda arttı, ${down} soruda azaldı.`,
    compareThen: (n: number) => `${n}. tur (önceki)`,
    compareNow: (n: number) => `${n}. tur (bu tur)`,
    /** The share of those who answered who chose the most common answer. */
    percent: (p: number) => `%${p}`,
    tied: 'eşit',
    noneChosen: 'Kimse cevap seçmedi',
    moved: 'En çok verilen cevap değişti',
    kept: 'En çok verilen cevap aynı kaldı',
    agreementUp: 'Görüş birliği arttı',
    agreementDown: 'Görüş birliği azaldı',
    agreementSame: 'Görüş birliği aynı kaldı',
    unchanged: (n: number) => `Değişmeyen sorular (${n})`,
  },
  insights: {
    offerTitle: 'Cevaplarımı anonim istatistiklere ekle',
    offerLead:
      'İsterseniz cevaplarınızı isimsiz olarak ekleyin: diğer örgütler kendi cevaplarını başka örgütlerinkiyle karşılaştırabilir, STGM de en çok hangi konularda desteğe ihtiyaç olduğunu görür. Eklemek tamamen isteğe bağlıdır.',
    teamLead:
      'İsterseniz ekibinizin cevaplarını tek bir örgütün cevapları olarak isimsiz ekleyin: her soru için ekibinizde en çok verilen cevap eklenir.',
    profileLegend: 'Örgütünüz hakkında (isteğe bağlı)',
    notSaid: 'Belirtmek istemiyorum',
    privacy: (k: number, perDay: number) =>
      `Kişisel verilerin korunması (KVKK): Düğmeye bastığınızda yalnızca cevaplarınız (hangi soruya hangi cevap), yukarıda seçtiğiniz profil ve içinde bulunduğumuz ay saklanır. İnternet adresiniz (IP), günün saati, yazdığınız hiçbir metin, bu sayfanın bağlantısı ya da ekibiniz saklanmaz; kayıt size ya da raporunuza bağlanamaz. Kötüye kullanımı önlemek için bir adresten günde en fazla ${perDay} katkı kabul edilir: bunun için adresinizden türetilmiş, geri çevrilemeyen bir sayaç bir gün tutulur, katkınızla birlikte saklanmaz. Rakamlar yalnızca en az ${k} örgütlük gruplar için gösterilir. Eklenen cevaplar geri alınamaz, çünkü hangisinin sizin olduğu bilinmez.`,
    button: 'Cevaplarımı anonim istatistiklere ekle',
    thanks: 'Teşekkürler: cevaplarınız anonim istatistiklere eklendi.',
    empty: 'Eklenecek cevap yok: “Bilmiyorum” dışında bir cevap verdiğiniz soru bulunmuyor.',
    tooMany: 'Bu adresten bugün yeterince katkı geldi. Lütfen yarın yeniden deneyin.',
    confirmTitle: 'Katkınızı onaylayın',
    confirmText:
      'Bu form daha önce gönderilmiş ya da süresi dolmuş (aynı adresteki rapor herkese aynı sayfa olarak gösterilir). Cevaplarınızı eklemek istiyorsanız bir kez daha onaylayın.',
    back: 'Rapora dön',
    benchTitle: 'Örgütler arasında',
    benchLead: (k: number) =>
      `Bu karşılaştırma, cevaplarını anonim olarak ekleyen örgütlerden gelir. Bir soru için en az ${k} örgüt olduğunda gösterilir.`,
    benchNone: (k: number) =>
      `Henüz yeterli katkı yok: bir soruyu en az ${k} örgüt cevapladığında karşılaştırma burada görünecek.`,
    filterLabel: 'Karşılaştırılan örgütler',
    everyone: 'Tüm örgütler',
    same: (n: number, percent: number) =>
      `Bu soruyu cevaplayan ${n} örgütün %${percent}${percentSuffix(percent)} sizinle aynı cevabı verdi.`,
    distribution: 'Diğer örgütlerin cevapları',
    choiceColumn: 'Cevap',
    organisationsColumn: 'Örgüt',
    shareColumn: 'Oran',
    notShown: (k: number) => `Bu soru için seçilen grupta en az ${k} örgüt yok; karşılaştırma gösterilmiyor.`,
    othersLevels: (total: number) => `Diğer örgütlerin bu alandaki ${total} cevabı, olgunluk düzeyine göre.`,
  },
}

export type AssessmentText = typeof tr
