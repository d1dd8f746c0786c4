import type { DistrictRow } from './dashboard-rows';
import type { DistrictHeader } from './dashboard-types';

/** What a dashboard and a card say about the district itself, from its stored row. */
export function toDistrictHeader(district: DistrictRow): DistrictHeader {
	return {
		id: district.id,
		name: district.name,
		state: district.state,
		published: district.published,
		strategy_title: district.strategy_title,
		source_document: district.source_document,
		source_date: district.source_date,
		source_date_label: district.source_date_label,
		...(district.harvest ? { harvest: district.harvest } : {}),
	};
}
