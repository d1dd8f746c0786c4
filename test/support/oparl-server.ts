/**
 * A council information system for the tests: OParl 1.1 objects after the examples of the
 * specification (github.com/OParl/spec, examples/*.json), with Unna's Drucksache 168/22 and its
 * two consultations, plus the answers a guarded client must refuse (HTML, plain JSON, an
 * oversized or slow answer, redirects on and off the list).
 */
import { createServer, type Server } from 'node:http';

type Row = Record<string, unknown>;

/** `base` is the server's own address, as the objects' ids and links carry it. */
export function oparlServer(base: () => string): Server {
	const object = (type: string, body: Row) => ({ type: `https://schema.oparl.org/1.1/${type}`, ...body });
	const routes: Record<string, () => { status?: number; type?: string; body: string; delayMs?: number; location?: string }> = {
		'/oparl/v1': () => ({ body: JSON.stringify(object('System', { id: `${base()}/oparl/v1`, oparlVersion: 'https://schema.oparl.org/1.1/', body: `${base()}/oparl/v1/bodies` })) }),
		'/oparl/v1/body/1': () => ({ body: JSON.stringify(object('Body', { id: `${base()}/oparl/v1/body/1`, name: 'Kreis Unna', paper: `${base()}/oparl/v1/body/1/papers` })) }),
		'/oparl/v1/paper/168': () => ({
			type: 'application/json; charset=utf-8',
			body: JSON.stringify(
				object('Paper', {
					id: `${base()}/oparl/v1/paper/168`,
					body: `${base()}/oparl/v1/body/1`,
					name: 'Digitalisierung - Umsetzungsstand Digitaler Masterplan 2019 - 2022',
					reference: '168/22',
					date: '2022-10-18',
					paperType: 'Mitteilungsvorlage',
					consultation: [
						object('Consultation', { id: `${base()}/oparl/v1/consultation/2`, meeting: `${base()}/oparl/v1/meeting/2`, organization: [`${base()}/oparl/v1/organization/2`], authoritative: false, role: 'Kenntnisnahme' }),
						object('Consultation', { id: `${base()}/oparl/v1/consultation/1`, meeting: `${base()}/oparl/v1/meeting/1`, organization: [`${base()}/oparl/v1/organization/1`], authoritative: false, role: 'Kenntnisnahme' }),
					],
				}),
			),
		}),
		'/oparl/v1/meeting/1': () => ({ body: JSON.stringify(object('Meeting', { id: `${base()}/oparl/v1/meeting/1`, name: '12. Sitzung des Kreisausschusses', start: '2022-11-07T15:00:00+01:00', organization: [`${base()}/oparl/v1/organization/1`] })) }),
		'/oparl/v1/meeting/2': () => ({ body: JSON.stringify(object('Meeting', { id: `${base()}/oparl/v1/meeting/2`, name: '9. Sitzung des Kreistags', start: '2022-11-08T17:00:00+01:00', organization: [`${base()}/oparl/v1/organization/2`] })) }),
		'/oparl/v1/organization/1': () => ({ type: 'application/ld+json', body: JSON.stringify(object('Organization', { id: `${base()}/oparl/v1/organization/1`, name: 'Kreisausschuss', organizationType: 'Gremium' })) }),
		'/oparl/v1/organization/2': () => ({ body: JSON.stringify(object('Organization', { id: `${base()}/oparl/v1/organization/2`, name: 'Kreistag', organizationType: 'Gremium' })) }),
		'/redirect-on-list': () => ({ status: 302, location: '/oparl/v1/paper/168', body: '' }),
		'/redirect-off-list': () => ({ status: 302, location: 'http://ris.example.org/oparl/v1/paper/168', body: '' }),
		'/oparl/v1/meeting/1/html': () => ({ type: 'text/html', body: '<html><body>Sitzung</body></html>' }),
		'/html': () => ({ type: 'text/html; charset=utf-8', body: '<!doctype html><title>Ratsinformationssystem</title>' }),
		'/not-oparl': () => ({ body: JSON.stringify({ hello: 'world' }) }),
		'/body': () => ({ body: JSON.stringify(object('Body', { name: 'Kreis Unna' })) }),
		'/big': () => ({ body: JSON.stringify(object('Paper', { reference: '1/22', padding: 'x'.repeat(1_200_000) })) }),
		'/slow': () => ({ delayMs: 4000, body: JSON.stringify(object('Paper', { reference: '1/22' })) }),
		'/broken-meeting': () => ({ body: JSON.stringify(object('Paper', { reference: '99/22', consultation: [object('Consultation', { meeting: `${base()}/missing`, organization: [`${base()}/oparl/v1/organization/1`] })] })) }),
	};
	return createServer((req, res) => {
		const route = routes[req.url ?? ''];
		if (!route) {
			res.writeHead(404, { 'Content-Type': 'application/json' }).end(JSON.stringify({ error: 'not found' }));
			return;
		}
		const { status = 200, type = 'application/json', body, delayMs = 0, location } = route();
		setTimeout(() => {
			if (res.destroyed) return;
			res.writeHead(status, { 'Content-Type': type, ...(location ? { Location: location } : {}) }).end(body);
		}, delayMs);
	});
}

