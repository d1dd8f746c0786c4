/**
 * What nginx does in deploy/nginx.conf, for the topology without Docker: one address that
 * hands requests to the Directus replicas in turn and sets X-Forwarded-For to the client's
 * address, replacing whatever the client sent (Directus trusts exactly this hop).
 */
import { createServer, request, type Server } from 'node:http';
import { freePort } from './free-port';

export interface LoadBalancer {
	url: string;
	/** How many requests each backend received, in the order of the backends. */
	counts: number[];
	stop(): Promise<void>;
}

export async function startLoadBalancer(backends: string[]): Promise<LoadBalancer> {
	const counts = backends.map(() => 0);
	let next = 0;
	const server: Server = createServer((incoming, outgoing) => {
		const index = next++ % backends.length;
		counts[index]!++;
		const target = new URL(incoming.url ?? '/', backends[index]);
		const headers = { ...incoming.headers, 'x-forwarded-for': incoming.socket.remoteAddress ?? '' };
		const proxied = request(target, { method: incoming.method, headers }, (answer) => {
			outgoing.writeHead(answer.statusCode ?? 502, answer.headers);
			answer.pipe(outgoing);
		});
		proxied.on('error', () => {
			if (!outgoing.headersSent) outgoing.writeHead(502);
			outgoing.end();
		});
		incoming.pipe(proxied);
	});
	const port = await freePort();
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	return {
		url: `http://127.0.0.1:${port}`,
		counts,
		stop: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
