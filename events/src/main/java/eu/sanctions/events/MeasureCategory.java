package eu.sanctions.events;

/**
 * The controlled list of measure categories, covering the Sanctions Map's measure types
 * and the Belarus package.
 */
public enum MeasureCategory {

	ASSET_FREEZE, TRAVEL_BAN, ARMS_EMBARGO,
	/** Dual-use goods and technology. */
	DUAL_USE_EXPORT_RESTRICTION,
	/**
	 * Other export restrictions: luxury goods, goods for oil refining, equipment for
	 * internal repression.
	 */
	OTHER_EXPORT_RESTRICTION,
	/**
	 * Import and purchase restrictions: potash, wood, cement, iron and steel, diamonds,
	 * gold, ...
	 */
	IMPORT_RESTRICTION,
	/**
	 * Capital markets, SWIFT ban, euro-denominated securities, central bank transactions.
	 */
	FINANCIAL_RESTRICTION, AVIATION_BAN, ROAD_TRANSPORT_BAN, SERVICES_BAN,
	/** Anything the list above does not name; its description says what it is. */
	OTHER_RESTRICTION

}
