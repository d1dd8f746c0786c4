import { describe, expect, it } from 'vitest';
import { councilPaperFromOparl } from './council-paper-from-oparl';

const consultation = (committee: string | null, meetingStart: string | null, authoritative = false) => ({ committee, meetingStart, role: 'Kenntnisnahme', authoritative });

describe('councilPaperFromOparl', () => {
	it('takes reference, date and the Beratungsfolge in meeting order, the last meeting as the committee', () => {
		expect(
			councilPaperFromOparl({
				reference: ' 168/22 ',
				date: '2022-10-18',
				consultations: [consultation('Kreistag', '2022-11-08T17:00:00+01:00'), consultation('Kreisausschuss', '2022-11-07T15:00:00+01:00')],
			}),
		).toEqual({
			document_ref: '168/22',
			paper_date: '2022-10-18',
			committee: 'Kreistag',
			meeting_date: '2022-11-08',
			consultations: [
				{ committee: 'Kreisausschuss', meeting_date: '2022-11-07', role: 'Kenntnisnahme' },
				{ committee: 'Kreistag', meeting_date: '2022-11-08', role: 'Kenntnisnahme' },
			],
		});
	});

	it('prefers the deciding consultation over the last one', () => {
		const values = councilPaperFromOparl({ reference: 'VO/2018/638', date: null, consultations: [consultation('Hauptausschuss', '2018-10-01T16:00:00+02:00', true), consultation('Kreistag', '2018-12-18T10:00:00+01:00')] });
		expect([values.committee, values.meeting_date]).toEqual(['Hauptausschuss', '2018-10-01']);
	});

	it('leaves unnamed consultations out and empty values empty', () => {
		expect(councilPaperFromOparl({ reference: '', date: 'unbekannt', consultations: [consultation(null, '2022-11-07'), consultation('Hauptausschuss', null)] })).toEqual({
			document_ref: null,
			paper_date: null,
			committee: 'Hauptausschuss',
			meeting_date: null,
			consultations: [{ committee: 'Hauptausschuss', meeting_date: null, role: 'Kenntnisnahme' }],
		});
	});
});
