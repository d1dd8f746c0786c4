import { describe, expect, it } from 'vitest';
import { withWorkspace } from './apply-roles';

const content = { type: 'module' as const, id: 'content', enabled: true };
const users = { type: 'module' as const, id: 'users', enabled: true };
const workspace = { type: 'module' as const, id: 'cockpit-workspace', enabled: true };

describe('withWorkspace', () => {
	it('puts the workspace first, enabled, into a module bar that lacks it', () => {
		expect(withWorkspace([content, users])).toEqual([workspace, content, users]);
	});

	it('moves the workspace from second place after the content module, where earlier versions put it', () => {
		expect(withWorkspace([content, workspace, users])).toEqual([workspace, content, users]);
	});

	it('enables a disabled workspace and puts it first', () => {
		expect(withWorkspace([content, users, { ...workspace, enabled: false }])).toEqual([workspace, content, users]);
	});

	it('keeps a place an administrator chose for the enabled workspace', () => {
		expect(withWorkspace([content, users, workspace])).toBeNull();
	});

	it('changes nothing when the workspace is first already', () => {
		expect(withWorkspace([workspace, content, users])).toBeNull();
	});
});
