import type { ActionFieldView } from '@cockpit/shared';
import { describe, expect, it } from 'vitest';
import { noStatus } from '@cockpit/shared/testing';
import { buildFieldSnapshotChart } from './build-field-chart';

function projectField(title: string, counts: Partial<NonNullable<ActionFieldView['snapshot']>> | null): ActionFieldView {
	return {
		id: title,
		code: null,
		title,
		kind: 'project_field',
		parent: null,
		theme: 'organisation',
		long_term_target: null,
		long_term_values: [],
		status: noStatus(),
		meanProgress: null,
		snapshot: counts && {
			date: '2022-10-18',
			planned_count: null,
			added_count: null,
			total_count: null,
			completed_count: null,
			completing_soon_count: null,
			in_progress_count: null,
			ongoing_count: null,
			note: null,
			...counts,
		},
	};
}

describe('buildFieldSnapshotChart', () => {
	it('stacks the stated counts per project field, unstated counts as missing segments, not 0', () => {
		const options = buildFieldSnapshotChart([
			projectField('Geschäftsprozesse für Kunden', { total_count: 25, completed_count: 15, completing_soon_count: 5, in_progress_count: 5 }),
			projectField('Ressourcen | Weiteres', { total_count: 13, completed_count: 12, ongoing_count: 1 }),
			projectField('Ohne Zählung', null),
		])!;
		expect({ series: options.series, categories: options.xaxis?.categories }).toEqual({
			series: [
				{ name: 'Abgeschlossen', data: [15, 12] },
				{ name: 'Kurz vor Abschluss', data: [5, null] },
				{ name: 'In Umsetzung', data: [5, null] },
				{ name: 'Daueraufgabe', data: [null, 1] },
			],
			categories: ['Geschäftsprozesse für Kunden', 'Ressourcen | Weiteres'],
		});
	});

	it('draws nothing without snapshots', () => {
		expect(buildFieldSnapshotChart([projectField('Feld', null)])).toBeNull();
	});
});
