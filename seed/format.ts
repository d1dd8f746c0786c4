/**
 * The format of the seed files in `seed/data/<district-id>.json`.
 *
 * Every value is transcribed from the district's source document in `../shared/seeds/`:
 * the document's own numbers, wording and dates. Where the document gives no value, the
 * field is `null` (never 0, never a guess). Keys (`key`) are stable identifiers chosen by the
 * transcriber and unique within their list in one file; the loader derives the database ids
 * from them, which is what makes a second seed run add nothing.
 *
 * Computed values (priority score and rank, progress percent, attainment percent) are NOT in
 * the seed: the Directus extensions compute them. `document_score` only records what the
 * document printed, so tests can check the computation against it.
 */

/** Shared cross-district themes; ids are fixed, see THEMES in shared/src/themes.ts. */
export type ThemeId =
  | 'e-akte-dms' // E-Akte und DMS
  | 'online-dienste-ozg' // Online-Dienste und OZG
  | 'mobiles-arbeiten' // Mobiles Arbeiten und Arbeitsplatz
  | 'qualifizierung' // Qualifizierung und digitale Kompetenz
  | 'prozessmanagement' // Prozessmanagement und Automatisierung
  | 'it-sicherheit' // IT-Sicherheit und Datenschutz
  | 'infrastruktur' // Infrastruktur, Netze und Breitband
  | 'daten-open-data' // Daten und Open Data
  | 'kommunikation' // Kommunikation und Beteiligung
  | 'organisation' // Organisation, Steuerung und Strategie
  | 'schulen-bildung'; // Schulen und Bildung

/**
 * idea = neu / vorgeschlagen; planned = in Planung / ausgewählt; in_progress = in Umsetzung;
 * completed = umgesetzt / abgeschlossen; ongoing = Daueraufgabe; ended = beendet ohne Abschluss.
 */
export type MeasureStatus = 'idea' | 'planned' | 'in_progress' | 'completed' | 'ongoing' | 'ended';

export type PriorityClass = '1+' | '1' | '2' | '3' | '4';

/** What an action field is called in its document. */
export type ActionFieldKind =
  | 'goal' // overall goal (Rendsburg-Eckernförde: "Digitale Kreisverwaltung 2025")
  | 'leitziel'
  | 'leitprojekt'
  | 'handlungsfeld'
  | 'strategic_goal' // Paderborn: strategisches Ziel (I.1 ...)
  | 'priority' // Unna: strategischer Schwerpunkt (I-IV)
  | 'project_field'; // Unna: Projektfeld

export interface SeedFile {
  district: {
    id: string; // 'friesland' | 'rendsburg-eckernfoerde' | 'viersen' | 'paderborn' | 'unna'
    name: string; // as the document names the district, e.g. "Kreis Viersen", "Landkreis Friesland"
    state: string; // Bundesland, e.g. "Nordrhein-Westfalen"
    ags: string; // official Kreisschlüssel, five digits, e.g. "05166": a public fact, not from the document
    ags_note: string; // where the key was checked, in German
    published: boolean; // true for all five
    strategy_title: string; // the document's title
    strategy_summary: string | null; // one or two sentences quoted/condensed from the document
    source_document: string; // e.g. "Drucksache 168/22" or "Digitalisierungsstrategie 2021"
    source_date: string | null; // ISO date of the document, e.g. "2022-10-18"; null if only a year is known
    source_date_label: string; // as written: "August 2022", "2021", "18.10.2022"
  };
  action_fields: SeedActionField[];
  measures: SeedMeasure[];
  priority_criteria: SeedCriterion[]; // [] when the district has no weighted matrix
  ratings: SeedRating[]; // [] when none
  annual_goals: SeedAnnualGoal[];
  kpis: SeedKpi[];
  status_reports: SeedStatusReport[];
  action_field_snapshots: SeedActionFieldSnapshot[];
  /** Dependencies between action fields (Rendsburg-Eckernförde: "Bezug zu anderen Maßnahmen"). */
  action_field_dependencies: { from: string; to: string; note: string | null }[];
  /** The units a document names as responsible (Viersen's "Verantwortliche"); absent when it names none. */
  owners?: SeedOwner[];
  /** Which measure led to which ("Es werden aus der Maßnahme … drei neue Maßnahmen abgeleitet"); [] when the document tells none. */
  measure_successions: SeedSuccession[];
}

/** A measure that continues (part of) an earlier one; both of the same district. */
export interface SeedSuccession {
  predecessor: string; // measure key, e.g. "historie-15"
  successor: string; // measure key, e.g. "13"
  note: string | null; // the document's words, verbatim, or where it says so
}

/** A number a document uses for a measure besides its `code`, e.g. Viersen's chapter 7.1 numbering. */
export interface SeedOtherCode {
  code: string; // as written, e.g. "13"
  source: string; // where this number is used, in German, e.g. "Kapitel 7.1 (Maßnahmenübersicht)"
}

/** A long-term target's number, read from the text: "maximal 0,8" -> {value: 0.8, direction: "at_most"}. */
export interface SeedTargetValue {
  value: number;
  unit: string | null; // e.g. "Prozesse"; null when the text names none
  direction: 'at_least' | 'at_most' | null; // only where the text says "mindestens"/"maximal" or an equivalent; else null
  approximate: boolean; // "ca.", "rd.", "etwa"
  wording: string; // the words of the text that state it, verbatim, e.g. "maximal 0,8 betragen"
}

/** One section of a profile (Steckbrief) kept as the document heads it. */
export interface SeedProfileSection {
  heading: string; // verbatim, e.g. "3.2 Rechtliche Aspekte"
  text: string | null; // null: the document prints the heading and leaves it empty (not "not transcribed")
}

/** A responsible unit, one per distinct text the document gives, word for word. */
export interface SeedOwner {
  key: string;
  name: string; // verbatim, e.g. "Amt für Personal und Organisation, Zentrale Dienste"
  email: string | null; // null: the documents name no mailbox
}

export interface SeedActionField {
  key: string; // unique in the file; use the code where there is one ("I", "I.1", "2.2")
  code: string | null; // as in the document
  kind: ActionFieldKind;
  title: string;
  description: string | null; // the document's text about it
  long_term_target: string | null; // Paderborn: the strategic goal's long-term target text
  parent: string | null; // key of the parent action field
  theme: ThemeId;
  target_groups: string[]; // Rendsburg-Eckernförde "Projektempfänger" marked with x; [] otherwise
  horizon: 'kurzfristig' | 'mittelfristig' | 'langfristig' | null;
  risks: string | null;
  /** Numbers the long-term target text states (Paderborn "maximal 0,8", "200 Prozesse"); [] when none. */
  long_term_values: SeedTargetValue[];
  /** Further sections of the field's profile (Rendsburg-Eckernförde's Leitprojekt-Steckbriefe) that have no field of their own; [] when none. */
  profile_sections: SeedProfileSection[];
  sort: number; // order in the document, 1-based
}

export interface SeedMeasure {
  key: string; // unique in the file, e.g. "7"; history entries e.g. "historie-3"
  code: string | null; // the document's own number as a string, e.g. "44"; null if it has none
  title: string;
  former_titles: string[]; // earlier titles of a renamed measure, [] otherwise
  action_field: string | null; // key of its action field
  theme: ThemeId; // the shared theme this measure maps to
  status: MeasureStatus | null; // null: the document gives no status (shown as "nicht angegeben", never guessed)
  /** True for an entry of a history section (Friesland's "Historienverzeichnis"): finished in an earlier report; its number may now belong to another measure. */
  historical: boolean;
  /** Other numbers the document uses for this measure; [] when none. */
  other_codes: SeedOtherCode[];
  priority_class: PriorityClass | null; // manual class (Friesland), else null
  goal: string | null; // "Ziel der Maßnahme"
  description: string | null; // short description (Viersen 7.1, Rendsburg list text if longer than the title)
  progress_text: string | null; // "Beschreibung des Fortschritts"
  next_steps: string | null; // "Beschreibung der nächsten Tätigkeiten"
  progress_current: number | null; // on the measure's own scale, e.g. 6 (of 10)
  progress_approximate: boolean; // the document marks the reading "ca." (or it is read off a chart as "ca.")
  progress_target: number | null; // the completion mark ("Abschluss bei"), e.g. 10 or 8
  planned_date: string | null; // ISO date when the document gives a full date ("30.06.2018" -> "2018-06-30")
  planned_label: string | null; // planned date as written ("2018", "30.06.2018")
  horizon: 'kurzfristig' | 'mittelfristig' | 'langfristig' | null;
  // The profile (Steckbrief) of a selected measure (Viersen), one field per heading; its
  // "Hintergrund / Ziel" is `goal`, its "Verantwortliche" the `owner`, its ratings `ratings`.
  profile_description: string | null; // "Beschreibung" of the profile (longer than chapter 7.1's `description`), plain text
  benefit: string | null; // "Nutzen"
  addressees: string | null; // "Adressaten"
  best_practice: string | null; // "Best Practice / interkommunaler Ansatz"
  /** Headings the profile prints with nothing under them, verbatim (e.g. ["Best Practice / interkommunaler Ansatz"]); [] otherwise. */
  profile_empty_sections: string[];
  /** Profile text that fits none of the fields above; null when there is none. */
  profile: string | null;
  owner?: string; // key of the owner the profile names under "Verantwortliche"; absent when none
  source_note: string | null; // discrepancies or remarks about the transcription, in German
  document_score: number | null; // the score the document printed (Viersen "Gesamt"), for checking only
}

export interface SeedCriterion {
  key: string;
  name: string; // "Innenwirkung"
  description: string | null; // the question, e.g. "Wie stark sind die Bediensteten ... betroffen?"
  weight: number; // as given, e.g. 40 (percent)
  sort: number;
  levels: { key: string; label: string; points: number; sort: number }[]; // e.g. {key:"hoch",label:"hoch",points:3}
}

export interface SeedRating {
  measure: string; // measure key
  criterion: string; // criterion key
  level: string; // level key within that criterion
  justification: string | null; // the profile's justification for this criterion, if any
}

export interface SeedAnnualGoal {
  key: string;
  action_field: string; // key of the strategic goal it belongs to
  year: number;
  title: string; // the goal's wording, verbatim
  target_value: number | null; // the numeric target ("mindestens 10 Ämter" -> 10); null if none
  unit: string | null; // "Ämter", "%", "Besprechungsräume"
  direction: 'at_least' | 'at_most' | null; // "mindestens" -> at_least, "maximal 80 %" -> at_most; null where the wording says neither (then no attainment)
  target_approximate: boolean; // the target is marked "ca."/"rd."
  actual_value: number | null; // null: the document states no actual values
  costs: SeedCostComponent[]; // [] = the document says nothing about cost
  cost_note: string | null; // the document's cost sentence(s), verbatim
  sort: number;
}

/** One part of a goal's cost as the document states it; see CostType in shared/src/types.ts. */
export interface SeedCostComponent {
  kind: 'one_off' | 'per_year' | 'over_years' | 'total' | 'funding' | 'share' | 'none' | 'not_calculable';
  amount: number | null; // EUR, e.g. 20000; 71600000 for "71,6 Mio. EUR"; null where none is named
  approximate: boolean; // "ca. 20.000€"
  years: number | null; // over_years: the number of years
  year: number | null; // the budget year the document names for it ("für das Jahr 2024"), else null
  funder: string | null; // "Bund"; null where the document names none
  share_percent: number | null; // 50 for "trägt der Bund 50 %"; null where none is named
  attribution: 'goal' | 'partial' | 'not_attributable'; // "zum Teil" -> partial; a whole project's sum "nicht sinnvoll auszuweisen" -> not_attributable
  note: string | null; // what the component is, in the document's words where it names it ("Pilotumgebung", "Fördersumme zur Digitalisierung der Ausländerbehörden")
}

export interface SeedKpi {
  key: string;
  name: string; // e.g. "Anteil der Anträge online"
  description: string | null; // the document's wording, verbatim ("25 % aller Anträge online")
  unit: string | null;
  target_value: number | null;
  direction: 'at_least' | 'at_most' | null; // null where the wording says neither
  action_field: string | null; // key of the action field whose profile states it
  measure: string | null; // key of the measure whose profile states it (Viersen 43), else null
  theme: ThemeId;
  /** The starting value the document states, which may have no date ("rd. 60 Prozent"). */
  baseline: {
    value: number;
    approximate: boolean;
    date: string | null; // ISO date where the document dates it; null: undated
    note: string; // as written and where, e.g. "„rd. 60 Prozent“ zum Zeitpunkt der Strategie (2021), ohne Stichtag"
  } | null;
  deadline_date: string | null; // ISO date by which the target is to be reached ("bis zum Jahresende 2021" -> "2021-12-31")
  deadline_label: string | null; // as written: "bis zum Jahresende 2021"
  values: { date: string; value: number; approximate: boolean; note: string | null }[]; // measured values with ISO dates; [] if none given
}

export interface SeedStatusReport {
  key: string;
  title: string;
  report_date: string; // ISO date; for a month only, the first of the month (label keeps "August 2022")
  report_date_label: string;
  document_ref: string | null; // the council paper's number as the document gives it ("168/22", "VO/2018/638"); null where it gives none
  committee: string | null; // the body the report goes to; with several deliberations the last ("Kreistag")
  meeting_date: string | null; // ISO date of that body's meeting; null where the document gives none
  document_url: string | null; // the paper in the council information system (OParl); null: none known
  consultations: { committee: string; meeting_date: string | null; role: string | null }[]; // the Beratungsfolge as the document lists it
  body: string | null; // summary text of the report from the document
  updates: SeedProgressUpdate[]; // per-measure snapshots in this report
}

export interface SeedProgressUpdate {
  measure: string; // measure key
  progress_value: number | null;
  progress_approximate: boolean; // the reading is marked "ca." 
  progress_target: number | null;
  progress_text: string | null;
  next_steps: string | null;
  priority_class: PriorityClass | null;
}

/** Unna: counts per project field at a reporting date; no individual projects. */
export interface SeedActionFieldSnapshot {
  key: string;
  action_field: string;
  report: string | null; // status report key
  date: string; // ISO date
  planned_count: number | null; // originally planned
  added_count: number | null; // added later
  total_count: number | null;
  completed_count: number | null;
  completing_soon_count: number | null; // finishing soon (e.g. "Anfang 2023")
  in_progress_count: number | null;
  ongoing_count: number | null; // Daueraufgabe
  note: string | null; // the document's sentence, verbatim
}
