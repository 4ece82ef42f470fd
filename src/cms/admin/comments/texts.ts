/** What the comments panel says (src/cms/admin/comments), in the admin's two languages. */
export const commentTexts = {
  tr: {
    title: 'Yorumlar',
    none: 'Bu dilde açık yorum yok.',
    newComment: 'Yorum yazın',
    send: 'Gönder',
    reply: 'Yanıtla',
    resolve: 'Çözüldü olarak işaretle',
    reopen: 'Yeniden aç',
    delete: 'Sil',
    deleted: 'silindi',
    unknown: 'bilinmiyor',
    failed: 'Yorum kaydedilemedi. Yeniden deneyin.',
    mention: '@ ile bir ekip arkadaşınızı anın',
    resolvedThreads: (n: number) => `Çözülmüş konuşmalar (${n})`,
  },
  en: {
    title: 'Comments',
    none: 'No open comments in this language.',
    newComment: 'Write a comment',
    send: 'Send',
    reply: 'Reply',
    resolve: 'Mark as resolved',
    reopen: 'Reopen',
    delete: 'Delete',
    deleted: 'deleted',
    unknown: 'unknown',
    failed: 'The comment could not be saved. Try again.',
    mention: 'Mention a colleague with @',
    resolvedThreads: (n: number) => `Resolved threads (${n})`,
  },
}

export type CommentTexts = (typeof commentTexts)['tr']
