package eu.sanctions.events;

import java.util.Arrays;
import java.util.Optional;

/**
 * The 27 member states of the EU, named by the code that EU documents use ({@code EL} for
 * Greece, not {@code GR}).
 */
public enum MemberState {

	AT("AT", "Austria"), BE("BE", "Belgium"), BG("BG", "Bulgaria"), HR("HR", "Croatia"), CY("CY", "Cyprus"),
	CZ("CZ", "Czechia"), DK("DK", "Denmark"), EE("EE", "Estonia"), FI("FI", "Finland"), FR("FR", "France"),
	DE("DE", "Germany"), EL("GR", "Greece"), HU("HU", "Hungary"), IE("IE", "Ireland"), IT("IT", "Italy"),
	LV("LV", "Latvia"), LT("LT", "Lithuania"), LU("LU", "Luxembourg"), MT("MT", "Malta"), NL("NL", "Netherlands"),
	PL("PL", "Poland"), PT("PT", "Portugal"), RO("RO", "Romania"), SK("SK", "Slovakia"), SI("SI", "Slovenia"),
	ES("ES", "Spain"), SE("SE", "Sweden");

	private final String isoCode;

	private final String englishName;

	MemberState(String isoCode, String englishName) {
		this.isoCode = isoCode;
		this.englishName = englishName;
	}

	/**
	 * The EU code, as carried in events and used in group names such as {@code desk-LT}.
	 */
	public String euCode() {
		return name();
	}

	/** ISO 3166-1 alpha-2; differs from the EU code only for Greece. */
	public String isoCode() {
		return this.isoCode;
	}

	public String englishName() {
		return this.englishName;
	}

	/**
	 * Reads an EU code, or the ISO code {@code GR} for Greece; anything else is not a
	 * member state.
	 */
	public static Optional<MemberState> fromCode(String code) {
		if (code == null) {
			return Optional.empty();
		}
		String normalized = code.trim().toUpperCase(java.util.Locale.ROOT);
		return Arrays.stream(values())
			.filter((state) -> state.name().equals(normalized) || state.isoCode.equals(normalized))
			.findFirst();
	}

}
