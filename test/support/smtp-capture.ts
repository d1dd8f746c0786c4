/**
 * A real SMTP server for the mail tests: Directus sends to it as to a district's relay, and
 * every accepted mail is parsed back with mailparser. It can be stopped and started again on
 * the same port, to play a relay that is down for a while.
 */
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { freePort } from '../../scripts/lib/free-port';

export interface CapturedMail {
	to: string[];
	from: string;
	subject: string;
	html: string;
	text: string;
}

export interface SmtpCapture {
	port: number;
	mails: CapturedMail[];
	/** Waits until `count` mails match, or fails after `timeoutMs`. */
	waitFor(match: (mail: CapturedMail) => boolean, count?: number, timeoutMs?: number): Promise<CapturedMail[]>;
	stop(): Promise<void>;
	start(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
	const port = await freePort();
	const mails: CapturedMail[] = [];
	let server: SMTPServer | null = null;

	const start = () =>
		new Promise<void>((resolve, reject) => {
			server = new SMTPServer({
				authOptional: true,
				disabledCommands: ['STARTTLS'],
				logger: false,
				onData(stream, _session, callback) {
					simpleParser(stream).then(
						(parsed) => {
							const addresses = (value: typeof parsed.to) => (Array.isArray(value) ? value : value ? [value] : []).flatMap((a) => a.value.map((v) => v.address ?? ''));
							mails.push({
								to: addresses(parsed.to),
								from: parsed.from?.value[0]?.address ?? '',
								subject: parsed.subject ?? '',
								html: typeof parsed.html === 'string' ? parsed.html : '',
								text: parsed.text ?? '',
							});
							callback();
						},
						(error: Error) => callback(error),
					);
				},
			});
			server.once('error', reject);
			server.listen(port, '127.0.0.1', () => resolve());
		});

	await start();
	return {
		port,
		mails,
		start,
		stop: () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
		async waitFor(match, count = 1, timeoutMs = 15_000) {
			const deadline = Date.now() + timeoutMs;
			while (Date.now() < deadline) {
				const found = mails.filter(match);
				if (found.length >= count) return found;
				await new Promise((resolve) => setTimeout(resolve, 100));
			}
			throw new Error(`Nach ${timeoutMs} ms ${mails.filter(match).length} statt ${count} passende E-Mails (insgesamt ${mails.length}).`);
		},
	};
}

/** The SMTP settings that point a Directus at the capture. */
export function smtpEnv(capture: SmtpCapture): Record<string, string> {
	return {
		EMAIL_TRANSPORT: 'smtp',
		EMAIL_SMTP_HOST: '127.0.0.1',
		EMAIL_SMTP_PORT: String(capture.port),
		EMAIL_SMTP_SECURE: 'false',
		EMAIL_SMTP_IGNORE_TLS: 'true',
		EMAIL_FROM: 'cockpit@kreis.example',
	};
}
