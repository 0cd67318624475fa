package eu.sanctions.registry.sanctionsmap;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import eu.sanctions.events.MeasureCategory;

/**
 * The one table from the Sanctions Map's measure type titles to the controlled list of
 * categories. A title it does not know becomes {@link MeasureCategory#OTHER_RESTRICTION};
 * the measure keeps its description either way.
 * <p>
 * A few titles name goods without saying which way they may not go ("Restrictions on
 * goods", "Machinery and electrical equipment", "Crude oil"): the Map uses them for
 * import bans in one regime and export bans in another. Those are decided by the
 * measure's own words: a measure that only prohibits importing, purchasing or procuring
 * is an import restriction, any other an export restriction.
 */
final class MeasureTypes {

	private static final Map<String, MeasureCategory> BY_TITLE = Map.ofEntries(
			Map.entry("asset freeze and prohibition to make funds available", MeasureCategory.ASSET_FREEZE),
			Map.entry("restrictions on admission", MeasureCategory.TRAVEL_BAN),
			Map.entry("arms export", MeasureCategory.ARMS_EMBARGO),
			Map.entry("arms embargo", MeasureCategory.ARMS_EMBARGO),
			Map.entry("arms import", MeasureCategory.ARMS_EMBARGO),
			Map.entry("arms procurement", MeasureCategory.ARMS_EMBARGO),
			Map.entry("firearms, their parts and essential components and ammunition", MeasureCategory.ARMS_EMBARGO),
			Map.entry("restrictions on military training and military cooperation", MeasureCategory.ARMS_EMBARGO),
			Map.entry("embargo on dual-use goods", MeasureCategory.DUAL_USE_EXPORT_RESTRICTION),
			Map.entry("dual-use goods export", MeasureCategory.DUAL_USE_EXPORT_RESTRICTION),
			Map.entry("restrictions on equipment used for internal repression",
					MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("telecommunications equipment", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("luxury goods", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("oil refining", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("tobacco", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("aviation and jet fuel", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("aviation or the space industry", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("maritime navigation", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("refined petroleum products", MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("industrial machinery, transportation vehicles, and iron, steel and other metals",
					MeasureCategory.OTHER_EXPORT_RESTRICTION),
			Map.entry("potassium chloride", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("wood", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("cement", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("iron and steel", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("rubber", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("mineral products", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("gold, precious metals, diamonds", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("gold", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("coal and other products", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("earth and stone", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("food and agricultural products", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("seafood", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("cultural property", MeasureCategory.IMPORT_RESTRICTION),
			Map.entry("financial measures", MeasureCategory.FINANCIAL_RESTRICTION),
			Map.entry("investments", MeasureCategory.FINANCIAL_RESTRICTION),
			Map.entry("flights, airports, aircrafts", MeasureCategory.AVIATION_BAN),
			Map.entry("road transport", MeasureCategory.ROAD_TRANSPORT_BAN),
			Map.entry("restrictions on services", MeasureCategory.SERVICES_BAN),
			Map.entry("training and education", MeasureCategory.SERVICES_BAN),
			Map.entry("storage capacity", MeasureCategory.SERVICES_BAN));

	/** Titles that name goods but not a direction: see the class comment. */
	private static final Set<String> GOODS_EITHER_WAY = Set.of("restrictions on goods", "other items",
			"machinery and electrical equipment", "crude oil", "petrol products", "vessels");

	private static final Pattern EXPORTING = Pattern.compile("\\b(export|sell|supply|deliver)",
			Pattern.CASE_INSENSITIVE);

	private MeasureTypes() {
	}

	/**
	 * The category of a measure of this type.
	 * @param typeTitle the Sanctions Map's type title, e.g. "Arms export"
	 * @param description the measure's description, for the titles that need it
	 */
	static MeasureCategory categoryOf(String typeTitle, String description) {
		if (typeTitle == null) {
			return MeasureCategory.OTHER_RESTRICTION;
		}
		String title = typeTitle.trim().toLowerCase(Locale.ROOT);
		MeasureCategory category = BY_TITLE.get(title);
		if (category != null) {
			return category;
		}
		if (GOODS_EITHER_WAY.contains(title)) {
			return (description != null && !EXPORTING.matcher(description).find()) ? MeasureCategory.IMPORT_RESTRICTION
					: MeasureCategory.OTHER_EXPORT_RESTRICTION;
		}
		return MeasureCategory.OTHER_RESTRICTION;
	}

	/** Whether the table knows this title (else it falls back to OTHER_RESTRICTION). */
	static boolean knows(String typeTitle) {
		String title = typeTitle.trim().toLowerCase(Locale.ROOT);
		return BY_TITLE.containsKey(title) || GOODS_EITHER_WAY.contains(title);
	}

}
