/**
 * Small builders for Directus field definitions, so that `model.ts` reads as a list of what
 * an editor sees: German label, help text, input, validation. The shapes are those of the
 * Directus REST API (`POST /fields/:collection`, `POST /collections`, `POST /relations`).
 */

export interface FieldDefinition {
	field: string;
	type: string;
	meta: Record<string, unknown>;
	schema: Record<string, unknown> | null;
}

export interface RelationDefinition {
	collection: string;
	field: string;
	related_collection: string;
	schema: { on_delete: 'CASCADE' | 'SET NULL' | 'RESTRICT' | 'NO ACTION' };
	meta: { one_field: string | null; sort_field?: string | null };
}

export interface CollectionDefinition {
	collection: string;
	/** null for a folder (a collection without a table). */
	fields: FieldDefinition[] | null;
	meta: Record<string, unknown>;
}

export interface FieldOptions {
	note?: string;
	required?: boolean;
	readonly?: boolean;
	hidden?: boolean;
	width?: 'half' | 'full' | 'fill';
	defaultValue?: unknown;
	/** A Directus filter rule checked by the Studio; the hook enforces the same rule with a German message. */
	validation?: Record<string, unknown>;
	validationMessage?: string;
	interface?: string;
	options?: Record<string, unknown>;
	display?: string;
	displayOptions?: Record<string, unknown>;
	group?: string;
	maxLength?: number;
}

const GERMAN = 'de-DE';

function meta(label: string, o: FieldOptions, defaults: Record<string, unknown>): Record<string, unknown> {
	return {
		...defaults,
		...(o.interface ? { interface: o.interface } : {}),
		...(o.options ? { options: { ...(defaults['options'] as object | undefined), ...o.options } } : {}),
		...(o.display ? { display: o.display } : {}),
		...(o.displayOptions ? { display_options: o.displayOptions } : {}),
		translations: [{ language: GERMAN, translation: label }],
		note: o.note ?? null,
		required: o.required ?? false,
		readonly: o.readonly ?? false,
		hidden: o.hidden ?? false,
		width: o.width ?? (defaults['width'] as string | undefined) ?? 'full',
		validation: o.validation ?? null,
		validation_message: o.validationMessage ?? null,
		group: o.group ?? null,
	};
}

function column(o: FieldOptions, extra: Record<string, unknown> = {}): Record<string, unknown> {
	return {
		is_nullable: !o.required,
		default_value: o.defaultValue ?? null,
		...extra,
	};
}

export const f = {
	uuidKey(): FieldDefinition {
		return {
			field: 'id',
			type: 'uuid',
			meta: { hidden: true, readonly: true, interface: 'input', special: ['uuid'] },
			schema: { is_primary_key: true, length: 36, has_auto_increment: false },
		};
	},
	slugKey(label: string, note: string): FieldDefinition {
		return {
			field: 'id',
			type: 'string',
			meta: {
				interface: 'input',
				options: { slug: true, placeholder: 'z. B. viersen' },
				translations: [{ language: GERMAN, translation: label }],
				note,
				required: true,
				width: 'half',
			},
			schema: { is_primary_key: true, length: 64, has_auto_increment: false },
		};
	},
	string(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'string',
			meta: meta(label, o, { interface: 'input' }),
			schema: column(o, { max_length: o.maxLength ?? 255 }),
		};
	},
	text(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'text',
			meta: meta(label, o, { interface: 'input-multiline' }),
			schema: column(o),
		};
	},
	integer(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'integer',
			meta: meta(label, o, { interface: 'input', width: 'half' }),
			schema: column(o),
		};
	},
	/** Floating point for measurements, scores and percentages (numbers in JSON on every database). */
	float(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'float',
			meta: meta(label, o, { interface: 'input', width: 'half' }),
			schema: column(o),
		};
	},
	/** Money: exact decimal (PostgreSQL answers it as a string; readers convert with Number()). */
	money(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'decimal',
			meta: meta(label, o, { interface: 'input', width: 'half', options: { placeholder: 'Betrag in Euro' } }),
			schema: column(o, { numeric_precision: 14, numeric_scale: 2 }),
		};
	},
	boolean(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'boolean',
			meta: { ...meta(label, o, { interface: 'boolean', width: 'half' }), special: ['cast-boolean'] },
			schema: column({ ...o, required: true }, { default_value: o.defaultValue ?? false }),
		};
	},
	date(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'date',
			meta: meta(label, o, { interface: 'datetime', width: 'half', display: 'datetime', display_options: { format: 'short' } }),
			schema: column(o),
		};
	},
	timestamp(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'timestamp',
			meta: meta(label, o, { interface: 'datetime', width: 'half', display: 'datetime', display_options: { relative: true } }),
			schema: column(o),
		};
	},
	/** Set by Directus when the item is created; never edited. */
	createdAt(field: string, label: string): FieldDefinition {
		const base = f.timestamp(field, label, { readonly: true, hidden: true });
		return { ...base, meta: { ...base.meta, special: ['date-created'] } };
	},
	/** A dropdown with German labels; the stored value is the English key of the union type. */
	choice(field: string, label: string, choices: Record<string, string>, o: FieldOptions = {}): FieldDefinition {
		const list = Object.entries(choices).map(([value, text]) => ({ value, text }));
		return {
			field,
			type: 'string',
			meta: meta(label, o, {
				interface: 'select-dropdown',
				options: { choices: list, allowNone: !o.required },
				display: 'labels',
				display_options: { choices: list, showAsDot: false },
				width: 'half',
			}),
			schema: column(o, { max_length: 32 }),
		};
	},
	tags(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'json',
			meta: { ...meta(label, o, { interface: 'tags', display: 'labels' }), special: ['cast-json'] },
			schema: column(o),
		};
	},
	json(field: string, label: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'json',
			meta: { ...meta(label, o, { interface: 'input-code', options: { language: 'JSON' } }), special: ['cast-json'] },
			schema: column(o),
		};
	},
	/**
	 * Many-to-one: a dropdown of the related items shown with a readable template. `filter`
	 * narrows the choices by the item being edited, e.g. to action fields of its own district.
	 */
	manyToOne(field: string, label: string, keyType: 'uuid' | 'string', template: string, o: FieldOptions & { filter?: Record<string, unknown> } = {}): FieldDefinition {
		return {
			field,
			type: keyType,
			meta: {
				...meta(label, o, {
					interface: 'select-dropdown-m2o',
					options: { template, enableCreate: false, ...(o.filter ? { filter: o.filter } : {}) },
					display: 'related-values',
					display_options: { template },
					width: 'half',
				}),
				special: ['m2o'],
			},
			schema: column(o, keyType === 'string' ? { max_length: 64 } : {}),
		};
	},
	/** One-to-many list shown on the parent's form (no column of its own). */
	oneToMany(field: string, label: string, template: string, o: FieldOptions = {}): FieldDefinition {
		return {
			field,
			type: 'alias',
			meta: {
				...meta(label, o, { interface: 'list-o2m', options: { template, enableCreate: true, enableSelect: false } }),
				special: ['o2m'],
			},
			schema: null,
		};
	},
	/** A heading that groups the fields below it on the form. */
	divider(field: string, title: string): FieldDefinition {
		return {
			field,
			type: 'alias',
			meta: {
				interface: 'presentation-divider',
				options: { title, inlineTitle: true },
				special: ['alias', 'no-data'],
				width: 'full',
			},
			schema: null,
		};
	},
	/** A read-only hint shown on the form. */
	notice(field: string, text: string): FieldDefinition {
		return {
			field,
			type: 'alias',
			meta: {
				interface: 'presentation-notice',
				options: { text, color: 'info' },
				special: ['alias', 'no-data'],
				width: 'full',
			},
			schema: null,
		};
	},
};

export function collectionMeta(
	singular: string,
	plural: string,
	o: {
		icon: string;
		note: string;
		group: string | null;
		sort: number;
		displayTemplate?: string;
		sortField?: string;
		hidden?: boolean;
	},
): Record<string, unknown> {
	return {
		icon: o.icon,
		note: o.note,
		group: o.group,
		sort: o.sort,
		display_template: o.displayTemplate ?? null,
		sort_field: o.sortField ?? null,
		hidden: o.hidden ?? false,
		collapse: 'open',
		translations: [{ language: GERMAN, translation: plural, singular, plural }],
	};
}
