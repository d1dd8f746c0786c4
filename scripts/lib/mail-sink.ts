/**
 * A local SMTP server that accepts every mail and keeps it as a file instead of delivering it:
 * `npm start` points Directus at it when no mail server is configured, so a newcomer can read
 * the reminders and invitations the cockpit would have sent (data/mails/*.eml, opened by any
 * mail program). Production points EMAIL_SMTP_* at the district's relay instead.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { freePort } from './free-port';

export interface MailSink {
	port: number;
	folder: string;
	stop(): Promise<void>;
}

/** Largest mail the sink keeps; the cockpit's own mails are a few kilobytes. */
const MAX_BYTES = 5 * 1024 * 1024;

export async function startMailSink(folder: string, onMail: (file: string) => void = () => {}): Promise<MailSink> {
	mkdirSync(folder, { recursive: true });
	const port = await freePort();
	let count = 0;
	const server = new SMTPServer({
		authOptional: true,
		disabledCommands: ['STARTTLS'],
		size: MAX_BYTES,
		logger: false,
		onData(stream, session, callback) {
			const chunks: Buffer[] = [];
			stream.on('data', (chunk: Buffer) => chunks.push(chunk));
			stream.on('end', () => {
				const to = session.envelope.rcptTo.map((r) => r.address).join(',').replace(/[^\w.@-]+/g, '_');
				const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${String(++count).padStart(3, '0')}-${to}.eml`);
				writeFileSync(file, Buffer.concat(chunks));
				onMail(file);
				callback();
			});
		},
	});
	await new Promise<void>((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, '127.0.0.1', () => resolve());
	});
	return { port, folder, stop: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
