package eu.sanctions.renewal.web;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * What became of a desk's position.
 *
 * @param status {@code RECORDED} (200) or {@code PENDING} (202: kept until positions are
 * requested from the state)
 * @param renewalId the renewal
 * @param state the member state
 * @param position the position
 * @param round the round it answers, when recorded
 * @param detail why it is pending
 */
record PositionAnswer(@Schema(allowableValues = {
		"RECORDED", "PENDING" }) String status, String renewalId, String state, String position, Integer round,
		String detail){
}
