import { ForbiddenError } from '@directus/errors';
import { describe, expect, it } from 'vitest';
import { isVisible, visibilityFor } from './access';

const allowed = async () => [{ id: 'unna' }];
const forbidden = async () => {
	throw new ForbiddenError();
};
const broken = async () => {
	throw new Error('Datenbank nicht erreichbar');
};

describe('visibilityFor', () => {
	it('shows only published districts without a login, and all to the administrator and to users who may read districts', async () => {
		expect([
			await visibilityFor(null, forbidden),
			await visibilityFor({ user: null }, forbidden),
			await visibilityFor({ user: 'admin', admin: true }, forbidden),
			await visibilityFor({ user: 'leitung', admin: false }, allowed),
		]).toEqual(['published', 'published', 'all', 'all']);
	});

	it('refuses a logged-in user whose policies do not allow reading districts with a German 403', async () => {
		await expect(visibilityFor({ user: 'gast' }, forbidden)).rejects.toMatchObject({
			status: 403,
			code: 'FORBIDDEN',
			message: 'Ihr Konto darf die Kreise nicht lesen. Bitte wenden Sie sich an die Administration, wenn Sie die Dashboards sehen sollen.',
		});
	});

	it('passes any other failure on unchanged', async () => {
		await expect(visibilityFor({ user: 'leitung' }, broken)).rejects.toThrow('Datenbank nicht erreichbar');
	});
});

describe('isVisible', () => {
	it('hides an unpublished district unless the caller sees all', () => {
		const draft = { id: 'neu', name: 'Kreis Neu', state: 'Hessen', published: false, strategy_title: null, source_document: null, source_date: null, source_date_label: null };
		expect([isVisible(draft, 'published'), isVisible({ ...draft, published: true }, 'published'), isVisible(draft, 'all')]).toEqual([false, true, true]);
	});
});
