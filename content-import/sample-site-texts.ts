import { markdownToLexical } from '@content-import/markdown/to-lexical'

const rich = (markdown: string) => markdownToLexical(markdown).editorState

/**
 * First-run wording of the public site, so a fresh install has a real introduction,
 * about page and accessibility statement for editors to adapt (admin → Site metinleri).
 */
export const sampleSiteTexts = {
  tr: {
    introTitle: 'Örgütünüzü güçlendirmek için reçeteler',
    intro: rich(
      'ROTA, sivil toplum örgütlerinin kendi kapasitelerini değerlendirmesine yardım eder. Her sorunun her cevabı için STGM editörlerinin hazırladığı öneriler ve kaynaklar burada.',
    ),
    description: 'STGM ROTA öz değerlendirme aracının reçeteleri: sivil toplum örgütleri için öneriler ve kaynaklar.',
    footer: rich('Sivil Toplum Geliştirme Merkezi (STGM) · Bu sitedeki reçeteler STGM editörlerince hazırlanır.'),
    aboutTitle: 'ROTA hakkında',
    about: rich(
      'ROTA (Örgütsel Öz Değerlendirme Aracı), STGM’nin sivil toplum örgütleri için geliştirdiği bir araçtır. Örgütünüz yönetişimden iletişime, kaynak geliştirmeden insan kaynaklarına kadar farklı alanlardaki sorulara cevap verir; her cevap için size uygun reçeteyi ve kaynakları bulursunuz.',
    ),
    accessibilityTitle: 'Erişilebilirlik beyanı',
    accessibility: rich(
      'Bu siteyi herkesin kullanabilmesini istiyoruz. Site WCAG 2.2 AA düzeyini hedefler: klavyeyle kullanılabilir, ekran okuyucularla uyumludur, metinler yeterli renk karşıtlığıyla yazılır ve sayfalar telefonda da okunur.\n\nBir engelle karşılaşırsanız lütfen STGM’ye yazın; sorunu en kısa sürede gidermeye çalışırız.',
    ),
  },
  en: {
    introTitle: 'Advice to strengthen your organisation',
    intro: rich(
      'ROTA helps civil-society organisations assess their own capacity. Here is the advice and the resources STGM’s editors prepared for every answer to every question.',
    ),
    description:
      'Advice from STGM’s ROTA self-assessment tool: recommendations and resources for civil-society organisations.',
    footer: rich('Civil Society Development Centre (STGM) · The advice on this site is written by STGM’s editors.'),
    aboutTitle: 'About ROTA',
    about: rich(
      'ROTA (Organisational Self-Assessment Tool) is a tool STGM developed for civil-society organisations. Your organisation answers questions in areas from governance and communication to resource development and human resources; for every answer you find advice and resources.',
    ),
    accessibilityTitle: 'Accessibility statement',
    accessibility: rich(
      'We want everyone to be able to use this site. It aims at WCAG 2.2 level AA: it works with a keyboard and with screen readers, text has sufficient colour contrast, and pages read well on phones.\n\nIf something gets in your way, please write to STGM and we will fix it as soon as we can.',
    ),
  },
}
