package eu.sanctions.registry.sanctionsmap;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import eu.sanctions.events.LegalAct;
import eu.sanctions.events.LegalActKind;
import eu.sanctions.events.Measure;
import eu.sanctions.registry.register.BrusselsTime;

/**
 * Reads a snapshot of the Sanctions Map regime API ({@code {"data": [regime, ...]}}) and
 * checks all of it before anything is imported: a file with one bad regime is refused
 * whole, with every problem named by its JSON pointer.
 */
final class SanctionsMapSnapshot {

	private static final Set<String> ISSUERS = Set.of("EU", "UN", "UN and EU");

	private static final Pattern PROGRAMME = Pattern.compile("^[A-Z]{2,10}$");

	/**
	 * {@code CELEX:02006R0765-20230228} (a consolidated version) or
	 * {@code CELEX:32006R0765} (the act).
	 */
	private static final Pattern CELEX = Pattern
		.compile("CELEX:([0-9])([0-9]{4}[A-Z][0-9A-Z()]+?)(-[0-9]{8})?(?:[&#]|$)", Pattern.CASE_INSENSITIVE);

	private static final String CONSOLIDATED_PREFIX = "consolidated basic legal act - ";

	private static final List<String> ACT_PREFIXES = List.of("Council Implementing Regulation",
			"Council Implementing Decision", "Commission Implementing Regulation", "Council Regulation",
			"Council Decision", "Council Common Position", "Common Position", "Council Joint Action", "Joint Action");

	private static final int TEXT_LENGTH = 4000;

	private static final int TITLE_LENGTH = 1000;

	private final List<String> errors = new ArrayList<>();

	private SanctionsMapSnapshot() {
	}

	/**
	 * The regimes of the snapshot, by id.
	 * @throws InvalidSnapshot listing every problem, if there is any
	 */
	static List<Regime> read(JsonNode root) {
		SanctionsMapSnapshot reader = new SanctionsMapSnapshot();
		List<Regime> regimes = reader.regimes(root);
		if (!reader.errors.isEmpty()) {
			throw new InvalidSnapshot(reader.errors);
		}
		return regimes;
	}

	private List<Regime> regimes(JsonNode root) {
		JsonNode data = (root != null) ? root.path("data") : null;
		if (data == null || !data.isArray()) {
			this.errors.add("/data: must be the array of regimes");
			return List.of();
		}
		if (data.isEmpty()) {
			this.errors.add("/data: holds no regime");
		}
		List<Regime> regimes = new ArrayList<>();
		Set<Integer> ids = new HashSet<>();
		for (int index = 0; index < data.size(); index++) {
			String at = "/data/" + index;
			Regime regime = regime(data.get(index), at);
			if (regime != null && !ids.add(regime.id())) {
				this.errors.add(at + "/id: regime " + regime.id() + " appears twice");
			}
			if (regime != null) {
				regimes.add(regime);
			}
		}
		regimes.sort(Comparator.comparingInt(Regime::id));
		return regimes;
	}

	private Regime regime(JsonNode node, String at) {
		if (!node.isObject()) {
			this.errors.add(at + ": must be an object");
			return null;
		}
		int before = this.errors.size();
		JsonNode id = node.path("id");
		if (!id.canConvertToInt() || !id.isIntegralNumber() || id.intValue() < 1) {
			this.errors.add(at + "/id: must be a positive integer");
		}
		String title = text(node.path("specification"), at + "/specification", TITLE_LENGTH, true);
		String issuer = node.path("adopted_by").path("data").path("title").asText(null);
		if (issuer == null || !ISSUERS.contains(issuer)) {
			this.errors.add(at + "/adopted_by/data/title: must be one of " + ISSUERS + ", not " + issuer);
		}
		List<String> programmes = programmes(node.path("programme"), at + "/programme");
		LocalDate expiry = date(node.path("expiration"), at + "/expiration");
		LocalDate amendedOn = date(node.path("amendment"), at + "/amendment");
		List<NumberedAct> acts = legalActs(node.path("legal_acts").path("data"), at + "/legal_acts/data");
		List<Measure> measures = measures(node.path("measures").path("data"), at + "/measures/data",
				legalReference(acts));
		List<LegalAct> legalActs = acts.stream().map(NumberedAct::act).toList();
		if (this.errors.size() > before) {
			return null;
		}
		return new Regime(id.intValue(), title.strip(), issuer, programmes, expiry, amendedOn, legalActs, measures);
	}

	private List<String> programmes(JsonNode node, String at) {
		if (node.isMissingNode() || node.isNull()) {
			return List.of();
		}
		if (!node.isArray()) {
			this.errors.add(at + ": must be an array of programme codes");
			return List.of();
		}
		List<String> programmes = new ArrayList<>();
		for (int index = 0; index < node.size(); index++) {
			String code = node.get(index).isTextual() ? node.get(index).asText() : null;
			if (code == null || !PROGRAMME.matcher(code).matches()) {
				this.errors
					.add(at + "/" + index + ": must be a programme code (" + PROGRAMME + "), not " + node.get(index));
			}
			else if (programmes.contains(code)) {
				this.errors.add(at + "/" + index + ": " + code + " appears twice");
			}
			else {
				programmes.add(code);
			}
		}
		return programmes;
	}

	private LocalDate date(JsonNode node, String at) {
		if (node.isMissingNode() || node.isNull()) {
			return null;
		}
		if (!node.isIntegralNumber() || !node.canConvertToLong()) {
			this.errors.add(at + ": must be epoch seconds or null, not " + node);
			return null;
		}
		return BrusselsTime.dateOfEpochSecond(node.longValue());
	}

	private List<NumberedAct> legalActs(JsonNode node, String at) {
		if (!node.isArray()) {
			this.errors.add(at + ": must be the array of legal acts");
			return List.of();
		}
		List<NumberedAct> acts = new ArrayList<>();
		for (int index = 0; index < node.size(); index++) {
			JsonNode act = node.get(index);
			String actAt = at + "/" + index;
			String title = text(act.path("title"), actAt + "/title", TEXT_LENGTH, true);
			String number = text(act.path("number"), actAt + "/number", TEXT_LENGTH, false);
			String url = text(act.path("url"), actAt + "/url", 2000, false);
			String type = act.path("type").path("data").path("title").asText("");
			if (url != null && !isWebAddress(url)) {
				this.errors.add(actAt + "/url: must be an http(s) address, not " + url);
				url = null;
			}
			if (title != null) {
				String actNumber = actNumber(number);
				acts.add(new NumberedAct(
						new LegalAct(kindOf(type), titled(title.strip(), actNumber), celexOf(url), url), actNumber));
			}
		}
		acts.sort(Comparator.comparingInt((NumberedAct act) -> act.act().kind().ordinal()));
		return acts;
	}

	private List<Measure> measures(JsonNode node, String at, String legalReference) {
		if (!node.isArray()) {
			this.errors.add(at + ": must be the array of measures");
			return List.of();
		}
		List<Measure> measures = new ArrayList<>();
		for (int index = 0; index < node.size(); index++) {
			JsonNode measure = node.get(index);
			String measureAt = at + "/" + index;
			String type = text(measure.path("type").path("data").path("title"), measureAt + "/type/data/title", 200,
					false);
			String description = text(measure.path("description"), measureAt + "/description", TEXT_LENGTH, false);
			if (description == null || description.isBlank()) {
				description = type;
			}
			if (description == null) {
				this.errors.add(measureAt + ": has neither a description nor a type");
				continue;
			}
			measures.add(new Measure(MeasureTypes.categoryOf(type, description), description.strip(), legalReference));
		}
		return measures;
	}

	private String text(JsonNode node, String at, int maxLength, boolean required) {
		if (node.isMissingNode() || node.isNull()) {
			if (required) {
				this.errors.add(at + ": is required");
			}
			return null;
		}
		if (!node.isTextual() || (required && node.asText().isBlank())) {
			this.errors.add(at + ": must be " + (required ? "a non-blank " : "a ") + "string");
			return null;
		}
		if (node.asText().length() > maxLength) {
			this.errors.add(at + ": is longer than " + maxLength + " characters");
			return null;
		}
		return node.asText();
	}

	private static boolean isWebAddress(String url) {
		try {
			URI uri = new URI(url);
			return uri.isAbsolute()
					&& ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

	private static LegalActKind kindOf(String typeTitle) {
		String type = typeTitle.toLowerCase(Locale.ROOT);
		if (type.contains("implementing")) {
			return LegalActKind.OTHER;
		}
		if (type.endsWith("council decision")) {
			return LegalActKind.DECISION;
		}
		if (type.endsWith("council regulation")) {
			return LegalActKind.REGULATION;
		}
		return LegalActKind.OTHER;
	}

	/**
	 * "28.02.2023 consolidated basic legal act - (EC) No 765/2006" is (EC) No 765/2006.
	 */
	private static String actNumber(String number) {
		if (number == null || number.isBlank()) {
			return null;
		}
		int consolidated = number.indexOf(CONSOLIDATED_PREFIX);
		return ((consolidated >= 0) ? number.substring(consolidated + CONSOLIDATED_PREFIX.length()) : number).strip();
	}

	/**
	 * The act's title with its number where the Official Journal puts it: "Council
	 * Decision 2012/642/CFSP concerning ...".
	 */
	private static String titled(String title, String number) {
		if (number == null || title.contains(number)) {
			return title;
		}
		for (String prefix : ACT_PREFIXES) {
			if (title.startsWith(prefix + " ")) {
				return prefix + " " + number + title.substring(prefix.length());
			}
		}
		return title + " (" + number + ")";
	}

	/**
	 * The CELEX id of the act itself: a consolidated version's id (sector 0, with a date)
	 * names the act it consolidates (sector 3).
	 */
	static String celexOf(String url) {
		if (url == null) {
			return null;
		}
		Matcher matcher = CELEX.matcher(URLDecoder.decode(url, StandardCharsets.UTF_8));
		if (!matcher.find()) {
			return null;
		}
		String sector = "0".equals(matcher.group(1)) ? "3" : matcher.group(1);
		return (sector + matcher.group(2)).toUpperCase(Locale.ROOT);
	}

	/**
	 * The framework acts, as a measure's legal reference: "Decision 2012/642/CFSP;
	 * Regulation (EC) No 765/2006". The Map does not say which article imposes which
	 * measure.
	 */
	private static String legalReference(List<NumberedAct> acts) {
		List<String> references = new ArrayList<>();
		for (NumberedAct numbered : acts) {
			LegalActKind kind = numbered.act().kind();
			if (numbered.number() != null && (kind == LegalActKind.DECISION || kind == LegalActKind.REGULATION)) {
				references.add(((kind == LegalActKind.DECISION) ? "Decision " : "Regulation ") + numbered.number());
			}
		}
		return references.isEmpty() ? null : String.join("; ", references);
	}

	private record NumberedAct(LegalAct act, String number) {
	}

}
