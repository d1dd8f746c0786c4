/**
 * The data model as code: every collection, field and relation of the Digitalisierungs-Cockpit,
 * with the German labels, help texts and inputs the editors see in the Directus Studio.
 * `scripts/lib/apply-schema.ts` applies it idempotently; the REST names are the fixed contract
 * of ../shared/domain.md.
 *
 * Unlicensed Directus allows 25 collections with a table; this model uses 19 (folders have none).
 */
import { ACTION_FIELD_KIND_LABELS, COST_ATTRIBUTION_LABELS, COST_TYPE_LABELS, MEASURE_STATUS_LABELS, PRIORITY_CLASS_LABELS, REPORT_STATE_LABELS, SUBMISSION_STATE_LABELS } from '@cockpit/shared';
import { collectionMeta, f, type CollectionDefinition, type FieldDefinition, type RelationDefinition } from './fields';

const DIRECTION_LABELS = { at_least: 'Mindestens (mehr ist besser)', at_most: 'Höchstens (weniger ist besser)' };
const HORIZON_LABELS = { kurzfristig: 'Kurzfristig', mittelfristig: 'Mittelfristig', langfristig: 'Langfristig' };
const COMPUTED = 'Wird automatisch berechnet und kann nicht von Hand geändert werden.';
/** Status and direction are optional: a document that gives none is not guessed. */
const NOT_STATED_NOTE = 'Leer bedeutet „nicht angegeben“: das Dokument nennt keine. Nicht raten.';
const DIRECTION_NOTE = `„Mindestens“ bei „mindestens …“, „Höchstens“ bei „maximal …“. ${NOT_STATED_NOTE} Ohne Richtung wird keine Zielerreichung berechnet.`;
const APPROXIMATE_NOTE = 'Aktiv, wenn das Dokument den Wert als ungefähr angibt („ca.“, „rd.“, „etwa“); er wird dann mit „ca.“ angezeigt.';
/** A TargetValue (shared/src/types.ts) edited in a JSON list. */
const TARGET_VALUE_FIELDS = [
	{ field: 'value', name: 'Wert', type: 'float', meta: { interface: 'input', width: 'half', required: true } },
	{ field: 'unit', name: 'Einheit', type: 'string', meta: { interface: 'input', width: 'half' } },
	{
		field: 'direction',
		name: 'Richtung',
		type: 'string',
		meta: { interface: 'select-dropdown', width: 'half', options: { allowNone: true, choices: Object.entries(DIRECTION_LABELS).map(([value, text]) => ({ value, text })) } },
	},
	{ field: 'approximate', name: 'Ungefähr („ca.“)', type: 'boolean', meta: { interface: 'boolean', width: 'half' } },
	{ field: 'wording', name: 'Wortlaut', type: 'string', meta: { interface: 'input', width: 'full', required: true } },
];
/** The display of extensions/cockpit-progress-display. */
const PROGRESS_BAR = 'cockpit-progress-bar';

const DISTRICT_TEMPLATE = '{{name}}';
/** Offers only action fields of the district chosen on the form. */
const SAME_DISTRICT = { district: { _eq: '{{district}}' } };
const ACTION_FIELD_TEMPLATE = '{{code}} {{title}}';
const MEASURE_TEMPLATE = '{{code}} {{title}}';
const OWNER_TEMPLATE = '{{name}}';

export const FOLDERS: CollectionDefinition[] = [
	{ collection: 'strategie', fields: null, meta: collectionMeta('Strategie', 'Strategie', { icon: 'flag', note: 'Kreise, Handlungsfelder und Maßnahmen', group: null, sort: 1 }) },
	{ collection: 'priorisierung', fields: null, meta: collectionMeta('Priorisierung', 'Priorisierung', { icon: 'leaderboard', note: 'Kriterien, Stufen und Bewertungen der Maßnahmen', group: null, sort: 2 }) },
	{ collection: 'ziele_und_kennzahlen', fields: null, meta: collectionMeta('Ziele und Kennzahlen', 'Ziele und Kennzahlen', { icon: 'track_changes', note: 'Jahresziele und Kennzahlen (KPI)', group: null, sort: 3 }) },
	{ collection: 'berichte', fields: null, meta: collectionMeta('Berichte', 'Berichte', { icon: 'description', note: 'Sachstandsberichte an Kreistag und Ausschüsse', group: null, sort: 4 }) },
];

export const COLLECTIONS: CollectionDefinition[] = [
	{
		collection: 'districts',
		meta: collectionMeta('Kreis', 'Kreise', {
			icon: 'location_city',
			note: 'Landkreise und Kreise mit ihrer Digitalisierungsstrategie',
			group: 'strategie',
			sort: 1,
			displayTemplate: DISTRICT_TEMPLATE,
		}),
		fields: [
			f.slugKey('Kennung', 'Kurzname in Kleinbuchstaben ohne Umlaute, z. B. „viersen“. Kann später nicht geändert werden.'),
			f.string('name', 'Name', { required: true, width: 'half', note: 'Wie der Kreis sich selbst nennt, z. B. „Kreis Viersen“.' }),
			f.string('state', 'Bundesland', { required: true, width: 'half' }),
			f.string('ags', 'Kreisschlüssel', {
				width: 'half',
				maxLength: 5,
				note: 'Der amtliche Kreisschlüssel (fünf Ziffern), z. B. „05166“ für den Kreis Viersen. Der Open-Data-Katalog verortet den Kreis damit.',
				validation: { _and: [{ ags: { _regex: '^[0-9]{5}$' } }] },
				validationMessage: 'Der Kreisschlüssel besteht aus genau fünf Ziffern, z. B. „05166“.',
			}),
			f.boolean('published', 'Öffentlich sichtbar', {
				note: 'Wenn aktiv, zeigt das Dashboard diesen Kreis auch ohne Anmeldung.',
			}),
			f.divider('strategy_divider', 'Strategiedokument'),
			f.string('strategy_title', 'Titel der Strategie', { width: 'half' }),
			f.string('source_document', 'Quelldokument', { width: 'half', note: 'Z. B. „Drucksache 168/22“.' }),
			f.date('source_date', 'Datum des Dokuments'),
			f.string('source_date_label', 'Datum wie im Dokument', { width: 'half', note: 'Z. B. „August 2022“, wenn nur Monat oder Jahr bekannt sind.' }),
			f.text('strategy_summary', 'Kurzbeschreibung'),
			f.timestamp('seeded_at', 'Beispieldaten geladen am', {
				readonly: true,
				note: 'Gesetzt, wenn die Daten aus dem Quelldokument geladen wurden. Spätere Starts überschreiben Ihre Änderungen nicht.',
			}),
			f.timestamp('owners_seeded_at', 'Verantwortliche Stellen geladen am', {
				readonly: true,
				hidden: true,
				note: 'Gesetzt, wenn die im Dokument genannten verantwortlichen Stellen geladen wurden (einmal, auch für früher geladene Kreise).',
			}),
			f.boolean('model_upgrade_pending', 'Umstellung auf das neue Datenmodell ausstehend', {
				readonly: true,
				hidden: true,
				note: 'Aktiv für Kreise, die vor den Steckbrief-Feldern angelegt wurden: der nächste Start verteilt ihre Steckbrieftexte einmal auf die neuen Felder.',
			}),
			f.timestamp('seed_corrected_at', 'Korrekturen der Beispieldaten übernommen am', {
				readonly: true,
				hidden: true,
				note: 'Gesetzt, wenn die berichtigte Abschrift des Dokuments übernommen wurde (einmal, nur wo der gespeicherte Wert noch der früher geladene ist).',
			}),
			f.divider('harvest_divider', 'Geerntet (Vergleichs-Hub)'),
			f.string('source_url', 'Geerntet aus', {
				readonly: true,
				width: 'half',
				note: 'Der Open-Data-Katalog, aus dem dieser Kreis stammt. Geerntete Kreise werden nur dort bearbeitet und hier bei jeder Ernte ersetzt.',
				maxLength: 2000,
			}),
			f.timestamp('harvested_at', 'Geerntet am', { readonly: true, note: 'Zeitpunkt der letzten erfolgreichen Ernte.' }),
			f.timestamp('data_changed_at', 'Daten geändert am', { readonly: true, note: 'Letzte Änderung an den Daten dieses Kreises; der Open-Data-Katalog nennt sie als Änderungsdatum.' }),
			f.integer('data_version', 'Datenstand', { readonly: true, hidden: true, defaultValue: 0 }),
			f.text('harvest_error', 'Letzter Erntefehler', { readonly: true, note: 'Leer, wenn die letzte Ernte gelang; sonst bleibt der Stand der letzten erfolgreichen Ernte.' }),
			f.oneToMany('action_fields', 'Handlungsfelder', ACTION_FIELD_TEMPLATE),
			f.oneToMany('measures', 'Maßnahmen', MEASURE_TEMPLATE),
		],
	},
	{
		collection: 'themes',
		meta: collectionMeta('Thema', 'Themen', {
			icon: 'category',
			note: 'Gemeinsamer Themenkatalog für den Vergleich zwischen Kreisen',
			group: 'strategie',
			sort: 2,
			displayTemplate: '{{name}}',
			sortField: 'sort',
		}),
		fields: [
			f.slugKey('Kennung', 'Kurzname, z. B. „e-akte-dms“.'),
			f.string('name', 'Name', { required: true, width: 'half' }),
			f.text('description', 'Beschreibung'),
			f.integer('sort', 'Reihenfolge', { hidden: true }),
		],
	},
	{
		collection: 'action_fields',
		meta: collectionMeta('Handlungsfeld', 'Handlungsfelder', {
			icon: 'account_tree',
			note: 'Handlungsfelder, Leitziele, Leitprojekte, strategische Ziele und Projektfelder',
			group: 'strategie',
			sort: 3,
			displayTemplate: ACTION_FIELD_TEMPLATE,
			sortField: 'sort',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.choice('kind', 'Art', ACTION_FIELD_KIND_LABELS, { required: true, defaultValue: 'handlungsfeld' }),
			f.string('code', 'Nummer', { width: 'half', note: 'Die Nummer wie im Dokument, z. B. „I.1“ oder „2.2“.' }),
			f.string('title', 'Titel', { required: true, width: 'half' }),
			f.manyToOne('parent', 'Übergeordnet', 'uuid', ACTION_FIELD_TEMPLATE, {
				note: 'Z. B. das Leitziel eines Leitprojekts oder das Handlungsfeld eines strategischen Ziels.',
				filter: SAME_DISTRICT,
			}),
			f.manyToOne('theme', 'Thema', 'string', '{{name}}', { required: true, note: 'Über das Thema werden Kreise miteinander verglichen.' }),
			f.text('description', 'Beschreibung'),
			f.text('long_term_target', 'Langfristiges Ziel'),
			f.json('long_term_values', 'Zahlen des langfristigen Ziels', {
				note: 'Die Zahlen, die der Text des langfristigen Ziels nennt, z. B. „maximal 0,8 betragen“: Wert 0,8, Richtung „Höchstens“. Richtung nur, wenn der Text „mindestens“ oder „maximal“ sagt.',
				interface: 'list',
				options: { template: '{{wording}}', fields: TARGET_VALUE_FIELDS },
			}),
			f.tags('target_groups', 'Zielgruppen', { width: 'half' }),
			f.choice('horizon', 'Zeithorizont', HORIZON_LABELS),
			f.text('risks', 'Risiken'),
			f.json('profile_sections', 'Weitere Abschnitte des Steckbriefs', {
				note: 'Abschnitte des Steckbriefs ohne eigenes Feld, mit der Überschrift wie im Dokument. Ein leerer Text heißt: das Dokument lässt den Abschnitt leer.',
				interface: 'list',
				options: {
					template: '{{heading}}',
					fields: [
						{ field: 'heading', name: 'Überschrift', type: 'string', meta: { interface: 'input', width: 'full', required: true } },
						{ field: 'text', name: 'Text', type: 'text', meta: { interface: 'input-multiline', width: 'full' } },
					],
				},
			}),
			f.integer('sort', 'Reihenfolge', { hidden: true }),
			f.oneToMany('children', 'Untergeordnete Felder', ACTION_FIELD_TEMPLATE),
			f.oneToMany('measures', 'Maßnahmen', MEASURE_TEMPLATE),
		],
	},
	{
		collection: 'owners',
		meta: collectionMeta('Verantwortliche Stelle', 'Verantwortliche Stellen', {
			icon: 'badge',
			note: 'Ämter und Abteilungen, die den Stand ihrer Maßnahmen selbst melden',
			group: 'strategie',
			sort: 6,
			displayTemplate: OWNER_TEMPLATE,
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.string('name', 'Name', {
				required: true,
				note: 'Wie das Dokument die Stelle nennt, z. B. „Amt für Personal und Organisation, Informations- und Kommunikationstechnik“.',
			}),
			f.string('email', 'E-Mail', { width: 'half', note: 'Funktionspostfach der Stelle. Leer lassen, wenn keines bekannt ist.' }),
			f.notice('owners_notice', 'Personen, die für diese Stelle melden, lädt die Redaktion unten mit „Person einladen“ ein (oder die Administration legt sie als Benutzer mit der Rolle „Meldende“ an und wählt hier die Stelle). Sie belegen keinen Studio-Platz.'),
			f.oneToMany('measures', 'Maßnahmen', MEASURE_TEMPLATE),
			// The "invite a person" action (extensions/cockpit-invite), stores nothing.
			{ field: 'invite', type: 'alias', meta: { interface: 'cockpit-invite', special: ['alias', 'no-data'], width: 'full', note: 'Lädt eine Person per E-Mail ein, die für diese Stelle meldet (Rolle „Meldende“).', translations: [{ language: 'de-DE', translation: 'Person einladen' }] }, schema: null },
		],
	},
	{
		collection: 'measures',
		meta: collectionMeta('Maßnahme', 'Maßnahmen', {
			icon: 'task_alt',
			note: 'Maßnahmen und Projekte mit Status, Priorität und Fortschritt',
			group: 'strategie',
			sort: 4,
			displayTemplate: MEASURE_TEMPLATE,
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.manyToOne('action_field', 'Handlungsfeld', 'uuid', ACTION_FIELD_TEMPLATE, {
				note: 'Muss zum selben Kreis gehören wie die Maßnahme.',
				filter: SAME_DISTRICT,
			}),
			f.string('code', 'Nummer', { width: 'half', note: 'Die Nummer der Maßnahme wie im Dokument, z. B. „44“.' }),
			f.manyToOne('theme', 'Thema', 'string', '{{name}}', { required: true }),
			f.manyToOne('owner', 'Verantwortliche Stelle', 'uuid', OWNER_TEMPLATE, {
				note: 'Die Stelle, die den Fortschritt dieser Maßnahme meldet; muss zum selben Kreis gehören. Leer, wenn das Dokument keine nennt.',
				filter: SAME_DISTRICT,
			}),
			f.string('title', 'Titel', { required: true }),
			f.tags('former_titles', 'Frühere Titel', { note: 'Bei umbenannten Maßnahmen die bisherigen Titel.' }),
			f.choice('status', 'Status', MEASURE_STATUS_LABELS, { note: NOT_STATED_NOTE }),
			f.boolean('historical', 'Aus dem Historienverzeichnis', {
				note: 'Aktiv für einen Eintrag der Historie (z. B. Friesland): in einem früheren Bericht abgeschlossen oder beendet; seine Nummer kann heute zu einer anderen Maßnahme gehören.',
			}),
			f.json('other_codes', 'Weitere Nummern', {
				note: 'Andere Nummern, unter denen das Dokument diese Maßnahme führt, z. B. die Nummer in Kapitel 7.1.',
				interface: 'list',
				options: {
					template: '{{code}} ({{source}})',
					fields: [
						{ field: 'code', name: 'Nummer', type: 'string', meta: { interface: 'input', width: 'half', required: true } },
						{ field: 'source', name: 'Verwendet in', type: 'string', meta: { interface: 'input', width: 'half', required: true, options: { placeholder: 'z. B. Kapitel 7.1 (Maßnahmenübersicht)' } } },
					],
				},
			}),
			f.choice('priority_class', 'Prioritätsklasse', PRIORITY_CLASS_LABELS, {
				note: 'Von Hand vergebene Klasse (z. B. Friesland). Leer lassen, wenn der Kreis mit Kriterien priorisiert.',
			}),
			f.divider('priority_divider', 'Priorität aus der Bewertungsmatrix'),
			f.float('priority_score', 'Prioritätswert', {
				readonly: true,
				note: `Gewichteter Mittelwert der Bewertungen. ${COMPUTED}`,
				display: 'formatted-value',
				displayOptions: { format: true, decimals: 2 },
			}),
			f.integer('priority_rank', 'Rang', {
				readonly: true,
				note: `Platz im Kreis, 1 = höchste Priorität; gleiche Werte teilen sich den Platz. ${COMPUTED}`,
				display: 'formatted-value',
				displayOptions: { prefix: 'Platz ' },
			}),
			f.oneToMany('ratings', 'Bewertungen', '{{criterion.name}}: {{level.label}}'),
			f.divider('progress_divider', 'Fortschritt'),
			f.float('progress_current', 'Fortschritt', {
				note: 'Stand auf der eigenen Skala der Maßnahme, zwischen 0 und „Abschluss bei“.',
				interface: 'input',
				options: { min: 0, step: 0.5 },
			}),
			f.boolean('progress_approximate', 'Fortschritt ungefähr („ca.“)', {
				note: `${APPROXIMATE_NOTE} Wird beim Abschließen eines Berichts mit festgehalten; übernimmt die Redaktion eine genaue Meldung einer Stelle, wird es ausgeschaltet.`,
			}),
			f.float('progress_target', 'Abschluss bei', {
				note: 'Wert, bei dem die Maßnahme als abgeschlossen gilt, z. B. 10 oder 8 (80 % als realistische Schwelle). Größer als 0.',
				options: { min: 0, step: 0.5 },
			}),
			f.float('progress_percent', 'Fortschritt in Prozent', {
				readonly: true,
				note: `100 × Fortschritt / Abschluss bei, höchstens 100. ${COMPUTED}`,
				display: PROGRESS_BAR,
			}),
			f.divider('content_divider', 'Inhalt'),
			f.text('goal', 'Ziel der Maßnahme'),
			f.text('description', 'Beschreibung'),
			f.text('progress_text', 'Beschreibung des Fortschritts'),
			f.text('next_steps', 'Nächste Tätigkeiten'),
			f.string('planned_label', 'Geplante Umsetzung', { width: 'half', note: 'Wie im Dokument, z. B. „2018“ oder „Q1 2024“.' }),
			f.date('planned_date', 'Geplant bis'),
			f.choice('horizon', 'Zeithorizont', HORIZON_LABELS),
			f.divider('profile_divider', 'Steckbrief'),
			f.text('profile_description', 'Beschreibung (Steckbrief)', { note: 'Der Abschnitt „Beschreibung“ des Steckbriefs (ausführlicher als die Kurzbeschreibung oben).' }),
			f.text('benefit', 'Nutzen'),
			f.text('addressees', 'Adressaten'),
			f.text('best_practice', 'Best Practice / interkommunaler Ansatz'),
			f.tags('profile_empty_sections', 'Leere Abschnitte', {
				note: 'Überschriften, die der Steckbrief ohne Text druckt, wörtlich, z. B. „Best Practice / interkommunaler Ansatz“.',
			}),
			f.text('profile', 'Weiterer Steckbrieftext', {
				note: 'Text des Steckbriefs, der in keines der Felder oben passt. „Hintergrund / Ziel“ steht unter „Ziel der Maßnahme“, „Verantwortliche“ unter „Verantwortliche Stelle“.',
			}),
			f.text('source_note', 'Hinweis zur Quelle', {
				note: 'Abweichungen oder Widersprüche im Quelldokument, sichtbar festgehalten.',
			}),
			f.divider('succession_divider', 'Vorgänger und Nachfolger'),
			f.oneToMany('successors', 'Nachfolgende Maßnahmen', '{{successor.code}} {{successor.title}}', {
				note: 'Maßnahmen, die diese Maßnahme (ganz oder teilweise) fortführen, z. B. „Es werden aus der Maßnahme … drei neue Maßnahmen abgeleitet“.',
			}),
			f.oneToMany('predecessors', 'Vorangehende Maßnahmen', '{{predecessor.code}} {{predecessor.title}}', {
				note: 'Maßnahmen, aus denen diese Maßnahme hervorgegangen ist.',
			}),
			f.oneToMany('progress_updates', 'Fortschrittsmeldungen', '{{status_report.title}}: {{progress_value}}/{{progress_target}}'),
			// Tells a measure created since the last closed report from one finished before it.
			f.createdAt('date_created', 'Angelegt am'),
		],
	},
	{
		collection: 'measure_successions',
		meta: collectionMeta('Nachfolge', 'Nachfolgen', {
			icon: 'alt_route',
			note: 'Welche Maßnahme (ganz oder teilweise) aus welcher hervorgegangen ist; beide aus demselben Kreis',
			group: 'strategie',
			sort: 7,
			displayTemplate: '{{predecessor.code}} → {{successor.code}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('predecessor', 'Vorgänger', 'uuid', MEASURE_TEMPLATE, { required: true }),
			f.manyToOne('successor', 'Nachfolger', 'uuid', MEASURE_TEMPLATE, { required: true, note: 'Eine andere Maßnahme desselben Kreises.' }),
			f.text('note', 'Bemerkung', { note: 'Die Worte des Dokuments, z. B. „Es werden aus der Maßnahme … drei neue Maßnahmen abgeleitet“.' }),
		],
	},
	{
		collection: 'priority_criteria',
		meta: collectionMeta('Kriterium', 'Kriterien', {
			icon: 'rule',
			note: 'Kriterien der Bewertungsmatrix eines Kreises mit ihrer Gewichtung',
			group: 'priorisierung',
			sort: 1,
			displayTemplate: '{{name}} ({{weight}})',
			sortField: 'sort',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.string('name', 'Name', { required: true, width: 'half' }),
			f.float('weight', 'Gewichtung', {
				required: true,
				note: 'Größer als 0, z. B. 40 für 40 %. Die Gewichte müssen sich nicht zu 100 addieren.',
				validation: { _and: [{ weight: { _gt: 0 } }] },
				validationMessage: 'Die Gewichtung muss größer als 0 sein.',
			}),
			f.text('description', 'Leitfrage'),
			f.integer('sort', 'Reihenfolge', { hidden: true }),
			f.oneToMany('levels', 'Stufen', '{{label}} ({{points}} P)'),
		],
	},
	{
		collection: 'priority_levels',
		meta: collectionMeta('Stufe', 'Stufen', {
			icon: 'stairs',
			note: 'Stufen eines Kriteriums mit ihren Punkten',
			group: 'priorisierung',
			sort: 2,
			displayTemplate: '{{criterion.name}}: {{label}} ({{points}} P)',
			sortField: 'sort',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('criterion', 'Kriterium', 'uuid', '{{name}}', { required: true }),
			f.string('label', 'Bezeichnung', { required: true, width: 'half', note: 'Z. B. „hoch“, „mittel“, „niedrig“.' }),
			f.float('points', 'Punkte', {
				required: true,
				note: '0 oder mehr.',
				validation: { _and: [{ points: { _gte: 0 } }] },
				validationMessage: 'Die Punkte dürfen nicht negativ sein.',
			}),
			f.integer('sort', 'Reihenfolge', { hidden: true }),
		],
	},
	{
		collection: 'measure_ratings',
		meta: collectionMeta('Bewertung', 'Bewertungen', {
			icon: 'grading',
			note: 'Bewertung einer Maßnahme nach einem Kriterium; je Maßnahme und Kriterium eine',
			group: 'priorisierung',
			sort: 3,
			displayTemplate: '{{measure.title}}: {{criterion.name}} = {{level.label}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('measure', 'Maßnahme', 'uuid', MEASURE_TEMPLATE, { required: true }),
			f.manyToOne('criterion', 'Kriterium', 'uuid', '{{name}}', { required: true }),
			f.manyToOne('level', 'Stufe', 'uuid', '{{label}} ({{points}} P)', {
				required: true,
				note: 'Eine Stufe des gewählten Kriteriums.',
				filter: { criterion: { _eq: '{{criterion}}' } },
			}),
			f.text('justification', 'Begründung'),
		],
	},
	{
		collection: 'annual_goals',
		meta: collectionMeta('Jahresziel', 'Jahresziele', {
			icon: 'event_available',
			note: 'Jahresziele mit Zielwert, Istwert, Zielerreichung und Kosten',
			group: 'ziele_und_kennzahlen',
			sort: 1,
			displayTemplate: '{{year}}: {{title}}',
			sortField: 'sort',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.manyToOne('action_field', 'Strategisches Ziel', 'uuid', ACTION_FIELD_TEMPLATE, { note: 'Muss zum selben Kreis gehören.', filter: SAME_DISTRICT }),
			f.integer('year', 'Jahr', {
				required: true,
				validation: { _and: [{ year: { _between: [2000, 2100] } }] },
				validationMessage: 'Bitte ein Jahr zwischen 2000 und 2100 angeben.',
			}),
			f.choice('direction', 'Richtung', DIRECTION_LABELS, { note: DIRECTION_NOTE }),
			f.text('title', 'Ziel', { required: true }),
			f.float('target_value', 'Zielwert', {
				note: 'Größer als 0. Leer lassen, wenn das Ziel keine Zahl nennt.',
			}),
			f.boolean('target_approximate', 'Zielwert ungefähr („ca.“)', { note: APPROXIMATE_NOTE }),
			f.string('unit', 'Einheit', { width: 'half', note: 'Z. B. „Ämter“ oder „%“.' }),
			f.float('actual_value', 'Istwert', { note: 'Leer lassen, solange kein Wert erhoben ist (nicht 0).' }),
			f.float('attainment_percent', 'Zielerreichung in Prozent', {
				readonly: true,
				note: `Istwert / Zielwert (bei „Höchstens“ umgekehrt), höchstens 100. ${COMPUTED}`,
				display: PROGRESS_BAR,
			}),
			f.divider('cost_divider', 'Kosten'),
			f.oneToMany('costs', 'Kostenbestandteile', '{{kind}} {{amount}} €', {
				note: 'Je Angabe des Dokuments ein Bestandteil, z. B. „einmalig 150 €“ und „pro Jahr 6.000 €“. Keine Bestandteile: das Dokument sagt nichts zu Kosten. „Noch nicht kalkulierbar“ ist nicht 0.',
			}),
			f.text('cost_note', 'Kostenangabe im Wortlaut'),
			f.integer('sort', 'Reihenfolge', { hidden: true }),
		],
	},
	{
		collection: 'annual_goal_costs',
		meta: collectionMeta('Kostenbestandteil', 'Kostenbestandteile', {
			icon: 'euro',
			note: 'Die Kosten eines Jahresziels, je Angabe des Dokuments ein Bestandteil (einmalig, pro Jahr, Fördersumme, Finanzierungsanteil …)',
			group: 'ziele_und_kennzahlen',
			sort: 4,
			displayTemplate: '{{kind}} {{amount}} €',
			sortField: 'sort',
		}),
		// Amount, years and share are optional (the document may name none), so their bounds are
		// not Studio validations, which Directus also applies to an empty value; the compute hook
		// checks them (shared/src/input-rules.ts, checkCostComponent) with a German message.
		fields: [
			f.uuidKey(),
			f.manyToOne('annual_goal', 'Jahresziel', 'uuid', '{{year}}: {{title}}', { required: true }),
			f.choice('kind', 'Art', COST_TYPE_LABELS, {
				required: true,
				note: '„Keine Extrakosten“ und „Noch nicht kalkulierbar“ haben keinen Betrag; „Noch nicht kalkulierbar“ ist nicht 0.',
			}),
			f.money('amount', 'Betrag (EUR)', {
				note: '0 oder mehr; leer, wenn das Dokument keinen Betrag nennt.',
			}),
			f.boolean('approximate', 'Betrag ungefähr („ca.“)', { note: APPROXIMATE_NOTE }),
			f.integer('years', 'Laufzeit (Jahre)', {
				note: 'Bei Kosten über mehrere Jahre: die Zahl der Jahre, eine ganze Zahl größer als 0.',
			}),
			f.integer('year', 'Haushaltsjahr', { note: 'Das Jahr, für das das Dokument den Betrag nennt („für das Jahr 2024“); sonst leer.' }),
			f.string('funder', 'Träger', { width: 'half', note: 'Wer fördert oder den Anteil trägt, z. B. „Bund“; leer, wenn das Dokument keinen nennt.' }),
			f.float('share_percent', 'Anteil in %', {
				note: 'Größer als 0 und höchstens 100; leer, wenn das Dokument keinen Anteil nennt.',
			}),
			f.choice('attribution', 'Zurechnung', COST_ATTRIBUTION_LABELS, {
				required: true,
				defaultValue: 'goal',
				note: '„Nur teilweise“ bei „zum Teil“; „nicht ausweisbar“, wenn der Betrag ein ganzes Vorhaben betrifft und sich für dieses Ziel nicht sinnvoll ausweisen lässt.',
			}),
			f.text('note', 'Bemerkung', { note: 'Was der Bestandteil ist, in den Worten des Dokuments, z. B. „Pilotumgebung“.' }),
			f.integer('sort', 'Reihenfolge', { hidden: true }),
		],
	},
	{
		collection: 'kpis',
		meta: collectionMeta('Kennzahl', 'Kennzahlen', {
			icon: 'monitoring',
			note: 'Kennzahlen (KPI) mit Zielwert; die Messwerte stehen in „Messwerte“',
			group: 'ziele_und_kennzahlen',
			sort: 2,
			displayTemplate: '{{name}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.manyToOne('action_field', 'Handlungsfeld', 'uuid', ACTION_FIELD_TEMPLATE, { filter: SAME_DISTRICT }),
			f.manyToOne('theme', 'Thema', 'string', '{{name}}', { required: true }),
			f.string('name', 'Name', { required: true }),
			f.text('description', 'Beleg im Wortlaut', { note: 'Z. B. „25 % aller Anträge online“.' }),
			f.string('unit', 'Einheit', { width: 'half' }),
			f.float('target_value', 'Zielwert', {
				note: 'Größer als 0; leer, wenn keine Zahl genannt ist.',
			}),
			f.choice('direction', 'Richtung', DIRECTION_LABELS, { note: DIRECTION_NOTE }),
			f.manyToOne('measure', 'Maßnahme', 'uuid', MEASURE_TEMPLATE, {
				note: 'Die Maßnahme, deren Steckbrief die Kennzahl nennt; muss zum selben Kreis gehören.',
				filter: SAME_DISTRICT,
			}),
			f.divider('baseline_divider', 'Ausgangswert und Frist'),
			f.float('baseline_value', 'Ausgangswert', { note: 'Der Wert, von dem das Dokument ausgeht, z. B. „rd. 60 Prozent“; leer, wenn es keinen nennt.' }),
			f.boolean('baseline_approximate', 'Ausgangswert ungefähr („ca.“)', { note: APPROXIMATE_NOTE }),
			f.date('baseline_date', 'Stand des Ausgangswerts', { note: 'Leer, wenn das Dokument den Ausgangswert nicht datiert.' }),
			f.text('baseline_note', 'Ausgangswert im Wortlaut', { note: 'Wie und wo das Dokument ihn nennt.' }),
			f.date('deadline_date', 'Zu erreichen bis', { note: 'Z. B. 31.12.2021 für „bis zum Jahresende 2021“.' }),
			f.string('deadline_label', 'Frist wie im Dokument', { width: 'half', note: 'Z. B. „bis zum Jahresende 2021“.' }),
			f.oneToMany('values', 'Messwerte', '{{date}}: {{value}}'),
		],
	},
	{
		collection: 'kpi_values',
		meta: collectionMeta('Messwert', 'Messwerte', {
			icon: 'show_chart',
			note: 'Zeitreihe einer Kennzahl',
			group: 'ziele_und_kennzahlen',
			sort: 3,
			displayTemplate: '{{kpi.name}} {{date}}: {{value}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('kpi', 'Kennzahl', 'uuid', '{{name}}', { required: true }),
			f.date('date', 'Stichtag', { required: true }),
			f.float('value', 'Wert', { required: true }),
			f.boolean('approximate', 'Ungefähr („ca.“)', { note: APPROXIMATE_NOTE }),
			f.text('note', 'Bemerkung'),
		],
	},
	{
		collection: 'status_reports',
		meta: collectionMeta('Sachstandsbericht', 'Sachstandsberichte', {
			icon: 'summarize',
			note: 'Berichte an Kreistag und Ausschüsse zu einem Stichtag',
			group: 'berichte',
			sort: 1,
			displayTemplate: '{{title}} ({{report_date_label}})',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('district', 'Kreis', 'string', DISTRICT_TEMPLATE, { required: true }),
			f.string('title', 'Titel', { required: true }),
			f.choice('state', 'Stand', REPORT_STATE_LABELS, {
				required: true,
				defaultValue: 'draft',
				note: 'Beim Abschließen wird der Stand aller laufenden Maßnahmen festgehalten; danach ist der Bericht nicht mehr änderbar.',
			}),
			f.date('report_date', 'Stichtag', { required: true }),
			f.date('due_date', 'Meldeschluss', { note: 'Bis zu diesem Tag melden die verantwortlichen Stellen den Stand ihrer Maßnahmen. Leer, wenn kein Termin gilt.' }),
			f.string('report_date_label', 'Stichtag wie im Dokument', { width: 'half', note: 'Z. B. „August 2022“.' }),
			f.text('body', 'Text'),
			f.divider('paper_divider', 'Vorlage für Kreistag und Ausschüsse'),
			f.string('document_ref', 'Drucksache', { width: 'half', note: 'Nummer der Vorlage, wie das Dokument sie nennt, z. B. „168/22“ oder „VO/2018/638“; leer, wenn es keine nennt. Bleibt nach dem Abschließen änderbar, wie alle Angaben zur Vorlage.' }),
			f.string('document_url', 'Adresse im Ratsinformationssystem', { width: 'half', maxLength: 2000, note: 'Adresse der Drucksache (OParl) im Ratsinformationssystem. Damit übernimmt die Berichtsrunde Nummer, Gremium und Sitzung.' }),
			f.string('committee', 'Gremium', { width: 'half', note: 'Das Gremium, dem der Bericht vorgelegt wird, z. B. „Kreistag“; bei mehreren Beratungen das letzte.' }),
			f.date('meeting_date', 'Sitzungsdatum', { width: 'half', note: 'Datum der Sitzung dieses Gremiums.' }),
			f.json('consultations', 'Beratungsfolge', {
				note: 'Alle Beratungen der Vorlage, z. B. Kreisausschuss 07.11.2022, Kreistag 08.11.2022.',
				interface: 'list',
				options: {
					template: '{{committee}} {{meeting_date}} {{role}}',
					fields: [
						{ field: 'committee', name: 'Gremium', type: 'string', meta: { interface: 'input', width: 'half', required: true } },
						{ field: 'meeting_date', name: 'Sitzungsdatum', type: 'date', meta: { interface: 'datetime', width: 'half' } },
						{ field: 'role', name: 'Zuständigkeit', type: 'string', meta: { interface: 'input', width: 'full', options: { placeholder: 'z. B. Kenntnisnahme' } } },
					],
				},
			}),
			f.oneToMany('updates', 'Meldungen je Maßnahme', '{{measure.code}} {{measure.title}}'),
			f.oneToMany('snapshots', 'Stand je Projektfeld', '{{action_field.title}}'),
			f.oneToMany('submissions', 'Eingereichte Meldungen', '{{measure.code}} {{measure.title}}: {{state}}'),
			f.oneToMany('reminders', 'Versandte Erinnerungen', '{{recipient_name}}: {{day}}', { readonly: true }),
			f.timestamp('closed_at', 'Abgeschlossen am', { readonly: true, note: COMPUTED }),
		],
	},
	{
		collection: 'progress_updates',
		meta: collectionMeta('Fortschrittsmeldung', 'Fortschrittsmeldungen', {
			icon: 'update',
			note: 'Stand einer Maßnahme in einem Sachstandsbericht',
			group: 'berichte',
			sort: 2,
			displayTemplate: '{{measure.code}} {{measure.title}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('status_report', 'Sachstandsbericht', 'uuid', '{{title}}', { required: true }),
			f.manyToOne('measure', 'Maßnahme', 'uuid', MEASURE_TEMPLATE, { required: true }),
			f.choice('status', 'Status', MEASURE_STATUS_LABELS, { note: `Status der Maßnahme zum Stichtag. ${NOT_STATED_NOTE}` }),
			f.float('progress_value', 'Fortschritt', { note: 'Zwischen 0 und „Abschluss bei“.' }),
			f.boolean('progress_approximate', 'Fortschritt ungefähr („ca.“)', { note: `${APPROXIMATE_NOTE} Beim Abschließen aus der Maßnahme übernommen.` }),
			f.float('progress_target', 'Abschluss bei', { note: 'Größer als 0.' }),
			f.float('progress_percent', 'Fortschritt in Prozent', { readonly: true, note: COMPUTED, display: PROGRESS_BAR }),
			f.choice('priority_class', 'Prioritätsklasse', PRIORITY_CLASS_LABELS),
			f.text('progress_text', 'Beschreibung des Fortschritts'),
			f.text('next_steps', 'Nächste Tätigkeiten'),
		],
	},
	{
		collection: 'progress_submissions',
		meta: collectionMeta('Eingereichte Meldung', 'Eingereichte Meldungen', {
			icon: 'outbox',
			note: 'Stand, den eine verantwortliche Stelle zu einem Bericht gemeldet hat; die Redaktion übernimmt ihn oder gibt ihn zurück',
			group: 'berichte',
			sort: 4,
			displayTemplate: '{{measure.code}} {{measure.title}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('status_report', 'Sachstandsbericht', 'uuid', '{{title}}', { required: true, readonly: true }),
			f.manyToOne('measure', 'Maßnahme', 'uuid', MEASURE_TEMPLATE, { required: true, readonly: true }),
			f.choice('state', 'Bearbeitung', SUBMISSION_STATE_LABELS, {
				required: true,
				defaultValue: 'submitted',
				note: '„Übernommen“ trägt die gemeldeten Werte in die Maßnahme ein; „Zurückgegeben“ braucht einen Hinweis an die meldende Stelle.',
			}),
			f.divider('submitted_divider', 'Gemeldeter Stand'),
			f.choice('status', 'Status', MEASURE_STATUS_LABELS),
			f.float('progress_current', 'Fortschritt', { note: 'Zwischen 0 und „Abschluss bei“ der Maßnahme.' }),
			f.text('progress_text', 'Beschreibung des Fortschritts'),
			f.text('next_steps', 'Nächste Tätigkeiten'),
			f.manyToOne('submitted_by', 'Gemeldet von', 'uuid', '{{first_name}} {{last_name}}', { readonly: true, width: 'half' }),
			f.timestamp('submitted_at', 'Eingereicht am', { readonly: true }),
			f.divider('review_divider', 'Prüfung'),
			f.text('review_note', 'Hinweis der Redaktion', { note: 'Pflicht beim Zurückgeben; die meldende Stelle sieht ihn unter „Meine Meldungen“.' }),
		],
	},
	{
		collection: 'reminders_sent',
		meta: collectionMeta('Erinnerung', 'Versandte Erinnerungen', {
			icon: 'mark_email_read',
			note: 'Welche meldende Person wann an den Meldeschluss eines Berichts erinnert wurde; je Bericht, Person und Tag höchstens eine',
			group: 'berichte',
			sort: 5,
			displayTemplate: '{{recipient_name}} ({{day}})',
		}),
		// A row is written before its mail goes out and is the lock that keeps two instances from
		// sending the same reminder (unique index in indexes.ts); see extensions/cockpit-mail.
		fields: [
			f.uuidKey(),
			f.manyToOne('status_report', 'Sachstandsbericht', 'uuid', '{{title}}', { required: true, readonly: true }),
			f.manyToOne('user', 'Person', 'uuid', '{{first_name}} {{last_name}}', { readonly: true }),
			f.string('recipient_name', 'Name', { readonly: true, width: 'half' }),
			f.string('recipient_email', 'E-Mail', { readonly: true, width: 'half' }),
			f.date('day', 'Erinnert am', { required: true, readonly: true }),
			f.integer('days_before', 'Tage vor Meldeschluss', { readonly: true, width: 'half' }),
			f.integer('measure_count', 'Offene Maßnahmen', { readonly: true, width: 'half' }),
			f.timestamp('claimed_at', 'Versand begonnen', { readonly: true, hidden: true }),
			f.timestamp('sent_at', 'Versendet', { readonly: true, note: 'Leer, solange die E-Mail nicht angenommen wurde.' }),
		],
	},
	{
		collection: 'action_field_snapshots',
		meta: collectionMeta('Stand eines Projektfelds', 'Stände der Projektfelder', {
			icon: 'pie_chart',
			note: 'Anzahl der Projekte je Status zu einem Stichtag, wenn ein Kreis nur Zahlen berichtet (z. B. Unna)',
			group: 'berichte',
			sort: 3,
			displayTemplate: '{{action_field.title}} ({{date}})',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('action_field', 'Projektfeld', 'uuid', ACTION_FIELD_TEMPLATE, { required: true }),
			f.manyToOne('status_report', 'Sachstandsbericht', 'uuid', '{{title}}'),
			f.date('date', 'Stichtag', { required: true }),
			f.notice('counts_notice', 'Nur Zahlen eintragen, die der Bericht nennt. Leer bedeutet „keine Angabe“, nicht 0.'),
			f.integer('planned_count', 'Ursprünglich geplant'),
			f.integer('added_count', 'Nachträglich hinzugefügt'),
			f.integer('total_count', 'Gesamt'),
			f.integer('completed_count', 'Abgeschlossen'),
			f.integer('completing_soon_count', 'Kurz vor Abschluss'),
			f.integer('in_progress_count', 'In Bearbeitung'),
			f.integer('ongoing_count', 'Daueraufgabe'),
			f.text('note', 'Angabe im Wortlaut'),
		],
	},
	{
		collection: 'action_field_dependencies',
		meta: collectionMeta('Abhängigkeit', 'Abhängigkeiten', {
			icon: 'link',
			note: 'Bezüge zwischen Handlungsfeldern oder Leitprojekten',
			group: 'strategie',
			sort: 5,
			displayTemplate: '{{from_field.title}} → {{to_field.title}}',
		}),
		fields: [
			f.uuidKey(),
			f.manyToOne('from_field', 'Von', 'uuid', ACTION_FIELD_TEMPLATE, { required: true }),
			f.manyToOne('to_field', 'Bezieht sich auf', 'uuid', ACTION_FIELD_TEMPLATE, { required: true }),
			f.text('note', 'Bemerkung'),
		],
	},
];

/** Many-to-one relations; `one_field` names the list shown on the related item's form. */
export const RELATIONS: RelationDefinition[] = [
	rel('action_fields', 'district', 'districts', 'CASCADE', 'action_fields'),
	rel('action_fields', 'parent', 'action_fields', 'SET NULL', 'children'),
	rel('action_fields', 'theme', 'themes', 'RESTRICT'),
	rel('measures', 'district', 'districts', 'CASCADE', 'measures'),
	rel('measures', 'action_field', 'action_fields', 'SET NULL', 'measures'),
	rel('measures', 'theme', 'themes', 'RESTRICT'),
	rel('owners', 'district', 'districts', 'CASCADE'),
	rel('measures', 'owner', 'owners', 'SET NULL', 'measures'),
	rel('measure_successions', 'predecessor', 'measures', 'CASCADE', 'successors'),
	rel('measure_successions', 'successor', 'measures', 'CASCADE', 'predecessors'),
	rel('directus_users', 'owner', 'owners', 'SET NULL'),
	rel('priority_criteria', 'district', 'districts', 'CASCADE'),
	rel('priority_levels', 'criterion', 'priority_criteria', 'CASCADE', 'levels'),
	rel('measure_ratings', 'measure', 'measures', 'CASCADE', 'ratings'),
	rel('measure_ratings', 'criterion', 'priority_criteria', 'CASCADE'),
	rel('measure_ratings', 'level', 'priority_levels', 'RESTRICT'),
	rel('annual_goals', 'district', 'districts', 'CASCADE'),
	rel('annual_goals', 'action_field', 'action_fields', 'SET NULL'),
	rel('annual_goal_costs', 'annual_goal', 'annual_goals', 'CASCADE', 'costs', 'sort'),
	rel('kpis', 'district', 'districts', 'CASCADE'),
	rel('kpis', 'action_field', 'action_fields', 'SET NULL'),
	rel('kpis', 'theme', 'themes', 'RESTRICT'),
	rel('kpis', 'measure', 'measures', 'SET NULL'),
	rel('kpi_values', 'kpi', 'kpis', 'CASCADE', 'values'),
	rel('status_reports', 'district', 'districts', 'CASCADE'),
	rel('progress_updates', 'status_report', 'status_reports', 'CASCADE', 'updates'),
	rel('progress_updates', 'measure', 'measures', 'CASCADE', 'progress_updates'),
	rel('progress_submissions', 'status_report', 'status_reports', 'CASCADE', 'submissions'),
	rel('progress_submissions', 'measure', 'measures', 'CASCADE'),
	rel('progress_submissions', 'submitted_by', 'directus_users', 'SET NULL'),
	rel('reminders_sent', 'status_report', 'status_reports', 'CASCADE', 'reminders'),
	rel('reminders_sent', 'user', 'directus_users', 'SET NULL'),
	rel('action_field_snapshots', 'action_field', 'action_fields', 'CASCADE'),
	rel('action_field_snapshots', 'status_report', 'status_reports', 'SET NULL', 'snapshots'),
	rel('action_field_dependencies', 'from_field', 'action_fields', 'CASCADE'),
	rel('action_field_dependencies', 'to_field', 'action_fields', 'CASCADE'),
];

function rel(
	collection: string,
	field: string,
	related: string,
	onDelete: RelationDefinition['schema']['on_delete'],
	oneField: string | null = null,
	sortField: string | null = null,
): RelationDefinition {
	return {
		collection,
		field,
		related_collection: related,
		schema: { on_delete: onDelete },
		meta: { one_field: oneField, ...(sortField ? { sort_field: sortField } : {}) },
	};
}

/** The domain collections, in an order in which each only references earlier ones. */
export const DOMAIN_COLLECTIONS = COLLECTIONS.map((c) => c.collection);

/** Fields the product adds to Directus' own collections (applied like the model's fields). */
export const SYSTEM_FIELDS: { collection: string; fields: FieldDefinition[] }[] = [
	{
		collection: 'directus_users',
		fields: [
			f.manyToOne('owner', 'Verantwortliche Stelle', 'uuid', OWNER_TEMPLATE, {
				note: 'Für Benutzer mit der Rolle „Meldende“: die Stelle, für deren Maßnahmen diese Person meldet.',
			}),
		],
	},
];

/**
 * The list views editors see first: the columns that matter for each collection, sorted as
 * the documents are. Stored as global presets (no user, no role), which editors may adapt.
 */
export const LIST_VIEWS: { collection: string; fields: string[]; sort: string[] }[] = [
	{ collection: 'measures', fields: ['district', 'code', 'title', 'status', 'priority_class', 'priority_score', 'priority_rank', 'progress_percent'], sort: ['district', 'priority_rank'] },
	{ collection: 'action_fields', fields: ['district', 'kind', 'code', 'title', 'theme'], sort: ['district', 'sort'] },
	{ collection: 'annual_goals', fields: ['district', 'year', 'title', 'target_value', 'unit', 'actual_value', 'attainment_percent', 'cost_note'], sort: ['district', 'sort'] },
	{ collection: 'measure_ratings', fields: ['measure', 'criterion', 'level'], sort: ['measure'] },
	{ collection: 'priority_criteria', fields: ['district', 'name', 'weight'], sort: ['district', 'sort'] },
	{ collection: 'kpis', fields: ['district', 'name', 'target_value', 'unit', 'theme'], sort: ['district', 'name'] },
	{ collection: 'annual_goal_costs', fields: ['annual_goal', 'kind', 'amount', 'funder', 'share_percent', 'attribution'], sort: ['annual_goal', 'sort'] },
	{ collection: 'measure_successions', fields: ['predecessor', 'successor', 'note'], sort: ['predecessor'] },
	{ collection: 'status_reports', fields: ['district', 'title', 'state', 'report_date', 'document_ref', 'committee', 'meeting_date'], sort: ['-report_date'] },
	{ collection: 'owners', fields: ['district', 'name', 'email'], sort: ['district', 'name'] },
	{ collection: 'reminders_sent', fields: ['status_report', 'recipient_name', 'recipient_email', 'day', 'measure_count', 'sent_at'], sort: ['-day'] },
	{ collection: 'progress_submissions', fields: ['status_report', 'measure', 'state', 'status', 'progress_current', 'submitted_at'], sort: ['-submitted_at'] },
];
