import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`assessment_contributions\` (
  	\`id\` text(36) PRIMARY KEY NOT NULL,
  	\`month\` text NOT NULL,
  	\`size\` text NOT NULL,
  	\`field\` text NOT NULL,
  	\`region\` text NOT NULL,
  	\`answers\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`assessment_contributions_month_idx\` ON \`assessment_contributions\` (\`month\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`assessment_contributions\`;`)
}
