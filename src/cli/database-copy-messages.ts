import type { Message } from '@/cms/messages'

/**
 * A refusal the operator can act on: exit code 1 and this message, nothing changed. The CLI
 * prints the Turkish text and the English one on the line after it.
 */
export class CopyRefused extends Error {
  constructor(message: Message) {
    super(`${message.tr}\n${message.en}`)
  }
}

/** The collections whose documents say a database has content (a restore refuses to write over one). */
export const contentCollections = ['areas', 'questions', 'choices', 'advice', 'resources', 'users'] as const
export type ContentCounts = Record<(typeof contentCollections)[number], number>

export const describeCounts = (counts: ContentCounts) =>
  `${counts.questions} soru, ${counts.advice} reçete, ${counts.resources} kaynak, ${counts.users} kullanıcı`

const example = 'npm run backup -- yedekler/rota-$(date +%F).db'

/** The refusals of `npm run backup` and `npm run restore`, each naming the path and what to do. */
export const copyMessages = {
  targetIsLive: (target: string, liveFile: string): Message => ({
    tr: `${target} çalışan veritabanının kendisi ya da yanındaki dosyalarından biri (${liveFile}); yedek onun üzerine yazılmaz, --force ile de. Yedeği başka bir dosyaya yazın, örneğin: ${example}`,
    en: `${target} is the live database or one of its companion files (${liveFile}); a backup is never written over it, not even with --force. Write the backup to another file, for example: ${example}`,
  }),
  targetSidecarIsLive: (target: string, sidecar: string, liveFile: string): Message => ({
    tr: `${target} yazılırsa yanındaki ${sidecar} çalışan veritabanının dosyası (${liveFile}) olurdu; üzerine yazılmadı. Yedeği başka bir ada yazın.`,
    en: `Writing ${target} would make ${sidecar} beside it the live database's file (${liveFile}); nothing was written. Give the backup another name.`,
  }),
  targetInUse: (target: string, sidecar: string): Message => ({
    tr: `${target} yanında ${sidecar} var: dosya açık bir SQLite veritabanı ya da yarıda kalmış bir yazmanın artığı; yeni yedek o dosyayla bozulurdu. Dosyayı kullanan programı durdurun ya da yedeği başka bir ada yazın.`,
    en: `${sidecar} lies beside ${target}: the file is an open SQLite database or a write left halfway; a new backup would be damaged by it. Stop the program using it or write the backup to another name.`,
  }),
  targetExists: (target: string): Message => ({
    tr: `${target} zaten var; üzerine yazılmadı. Başka bir ad verin ya da eski yedeğin yerine yazmak için --force ekleyin.`,
    en: `${target} already exists; nothing was written. Give another name, or add --force to replace that backup.`,
  }),
  targetIsFolder: (target: string): Message => ({
    tr: `${target} bir klasör; yedek için bir dosya adı verin, örneğin ${inFolder(target, 'rota.db')}.`,
    en: `${target} is a folder; give a file name for the backup, for example ${inFolder(target, 'rota.db')}.`,
  }),
  targetNotAFile: (target: string): Message => ({
    tr: `${target} sıradan bir dosya değil; yedeği sıradan bir dosyaya yazın.`,
    en: `${target} is not a regular file; write the backup to a regular file.`,
  }),
  brokenLink: (target: string): Message => ({
    tr: `${target} var olmayan bir dosyayı gösteren bir bağlantı; yazılmadı. Bağlantıyı silin ya da başka bir ad verin.`,
    en: `${target} is a link to a file that does not exist; nothing was written. Remove the link or give another name.`,
  }),
  folderMissing: (folder: string): Message => ({
    tr: `Klasör bulunamadı: ${folder}. Önce klasörü oluşturun ya da var olan bir klasör verin.`,
    en: `Folder not found: ${folder}. Create it first or give a folder that exists.`,
  }),
  writeFailed: (target: string, reason: string): Message => ({
    tr: `${target} yazılamadı (${reason}); yarım dosya bırakılmadı, varsa önceki dosya olduğu gibi duruyor. Diskte yer ve klasörde yazma izni olduğunu denetleyip yeniden deneyin.`,
    en: `${target} could not be written (${reason}); no partial file was left and any previous file is as it was. Check the disk space and the folder's write permission, then try again.`,
  }),
  databaseMissing: (file: string): Message => ({
    tr: `Veritabanı dosyası bulunamadı: ${file}. DATABASE_URI'yi denetleyin.`,
    en: `Database file not found: ${file}. Check DATABASE_URI.`,
  }),
  backupMissing: (file: string): Message => ({
    tr: `Yedek dosyası bulunamadı: ${file}`,
    en: `Backup file not found: ${file}`,
  }),
  backupIsLive: (file: string, liveFile: string): Message => ({
    tr: `${file} çalışan veritabanının kendisi ya da yanındaki dosyalarından biri (${liveFile}), bir yedek değil. \`npm run backup\` ile alınmış bir yedek dosyası verin.`,
    en: `${file} is the live database or one of its companion files (${liveFile}), not a backup. Give a backup file made with \`npm run backup\`.`,
  }),
  notABackup: (file: string, reason: string): Message => ({
    tr: `${file} bu uygulamanın bir SQLite yedeği değil ya da bozuk (${reason}). \`npm run backup\` ile alınmış bir dosya verin.`,
    en: `${file} is not a SQLite backup of this application, or it is damaged (${reason}). Give a file made with \`npm run backup\`.`,
  }),
  databaseNotEmpty: (file: string, contents: string): Message => ({
    tr: `${file} boş değil (${contents}); üzerine yazılmadı. Boş bir veritabanına geri yükleyin (DATABASE_URI) ya da eminseniz --force ekleyin (eski dosya yanında saklanır).`,
    en: `${file} is not empty (${contents}); nothing was written. Restore into an empty database (DATABASE_URI), or add --force if you are sure (the former file is kept beside it).`,
  }),
  databaseOpen: (file: string, sidecar: string): Message => ({
    tr: `${file} başka bir program tarafından açık (${sidecar} duruyor): uygulama çalışıyor olabilir. Geri yüklemeden önce uygulamayı durdurun; çalışan bir veritabanının yerine yazmak onu bozar.`,
    en: `${file} is open in another program (${sidecar} is there): the app may be running. Stop the app before restoring; writing over a database in use corrupts it.`,
  }),
  mongoNotEmpty: (database: string, contents: string): Message => ({
    tr: `MongoDB veritabanı ${database} boş değil (${contents}); hiçbir şey yazılmadı. Boş bir veritabanına geri yükleyin (DATABASE_URI) ya da eminseniz --force ekleyin: arşivdeki koleksiyonlar eskilerinin yerine geçer (önce \`npm run backup\` ile bugünkünü yedekleyin).`,
    en: `The MongoDB database ${database} is not empty (${contents}); nothing was written. Restore into an empty database (DATABASE_URI), or add --force if you are sure: the archive's collections replace the present ones (back today's up first with \`npm run backup\`).`,
  }),
  mongoUnreachable: (database: string, reason: string): Message => ({
    tr: `MongoDB veritabanına (${database}) bağlanılamadı: ${reason.slice(0, 200)}. DATABASE_URI'yi ve sunucunun çalıştığını denetleyin.`,
    en: `Cannot reach the MongoDB database (${database}): ${reason.slice(0, 200)}. Check DATABASE_URI and that the server runs.`,
  }),
  nothingRestored: (archive: string, database: string): Message => ({
    tr: `${archive} geri yüklendi ama ${database} hâlâ boş: arşiv boş ya da bu uygulamanın bir yedeği değil. \`npm run backup\` ile alınmış bir arşiv verin.`,
    en: `${archive} was restored but ${database} is still empty: the archive is empty or not a backup of this application. Give an archive made with \`npm run backup\`.`,
  }),
  toolMissing: (tool: string): Message => ({
    tr: `${tool} bulunamadı: MongoDB Database Tools kurulu olmalı.`,
    en: `${tool} was not found: the MongoDB Database Tools must be installed.`,
  }),
  toolFailed: (tool: string, status: number | null): Message => ({
    tr: `${tool} hata verdi (çıkış kodu ${status}); ayrıntı yukarıda.`,
    en: `${tool} failed (exit code ${status}); the details are above.`,
  }),
}

function inFolder(folder: string, name: string): string {
  return `${folder.replace(/\/+$/, '')}/${name}`
}
