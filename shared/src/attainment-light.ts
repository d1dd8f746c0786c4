/** A goal is green only once fully reached: "almost" is still work to do. */
export const ATTAINMENT_GREEN_FROM = 100;
/** From half of the goal on, a goal is under way (yellow); below that it is at risk (red). */
export const ATTAINMENT_YELLOW_FROM = 50;

export type AttainmentLight = 'green' | 'yellow' | 'red' | 'unknown';

/** Traffic light for an attainment percentage; unknown when the attainment is not known. */
export function attainmentLight(percent: number | null): AttainmentLight {
	if (percent === null) return 'unknown';
	if (percent >= ATTAINMENT_GREEN_FROM) return 'green';
	if (percent >= ATTAINMENT_YELLOW_FROM) return 'yellow';
	return 'red';
}
