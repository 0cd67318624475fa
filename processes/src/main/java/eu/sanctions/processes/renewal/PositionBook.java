package eu.sanctions.processes.renewal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import eu.sanctions.events.MemberState;
import eu.sanctions.events.Position;
import eu.sanctions.events.renewal.PositionCounts;

/**
 * The positions of the member states on one renewal, round by round. Round 1 asks all 27;
 * a later round asks again the states staff choose, and the others keep what they said. A
 * state's standing position is its latest, whatever the round; a state asked again keeps
 * its earlier position until it answers (a veto stands until it is withdrawn). A state
 * that never answered is silent, and counts as no response once the round is closed.
 */
public final class PositionBook {

	private final int round;

	private final Set<MemberState> asked;

	private final boolean closed;

	private final Map<MemberState, NavigableMap<Integer, StatePosition>> positions;

	public PositionBook(int round, Collection<MemberState> asked, boolean closed, Collection<StatePosition> positions) {
		if (round < 0) {
			throw new IllegalArgumentException("Rounds start at 1, or 0 before any is asked: " + round);
		}
		this.round = round;
		this.asked = Collections.unmodifiableSet(states(asked));
		this.closed = closed;
		Map<MemberState, NavigableMap<Integer, StatePosition>> byState = new EnumMap<>(MemberState.class);
		for (StatePosition position : positions) {
			if (position.round() > round) {
				throw new IllegalArgumentException(position.state() + " answered round " + position.round()
						+ " but the book is at round " + round);
			}
			byState.computeIfAbsent(position.state(), (state) -> new TreeMap<>()).put(position.round(), position);
		}
		this.positions = byState;
	}

	/** Before positions are requested. */
	public static PositionBook empty() {
		return new PositionBook(0, Set.of(), false, Set.of());
	}

	/** The next round, asking these states; the others keep their positions. */
	public PositionBook openRound(Collection<MemberState> states) {
		if (states.isEmpty()) {
			throw new IllegalArgumentException("A round asks at least one state");
		}
		return new PositionBook(this.round + 1, states, false, all());
	}

	/** The round after its deadline, or once every asked state answered. */
	public PositionBook close() {
		return new PositionBook(this.round, this.asked, true, all());
	}

	/**
	 * Records an answer to the current round: a first answer, or a revision of the
	 * state's answer in this round.
	 */
	public Recorded record(StatePosition position) {
		if (this.closed) {
			throw new IllegalStateException("Round " + this.round + " is closed: no more positions");
		}
		if (position.round() != this.round) {
			throw new IllegalArgumentException(
					position.state() + " answers round " + position.round() + ", the current round is " + this.round);
		}
		if (!this.asked.contains(position.state())) {
			throw new IllegalArgumentException(position.state() + " was not asked in round " + this.round);
		}
		Optional<StatePosition> previous = inRound(position.state(), this.round);
		Collection<StatePosition> next = new java.util.ArrayList<>(all());
		previous.ifPresent(next::remove);
		next.add(position);
		PositionBook book = new PositionBook(this.round, this.asked, false, next);
		return new Recorded(book, position, previous.map(StatePosition::position).orElse(null), previous.isEmpty());
	}

	public int round() {
		return this.round;
	}

	public Set<MemberState> asked() {
		return this.asked;
	}

	public boolean isClosed() {
		return this.closed;
	}

	public Optional<StatePosition> inRound(MemberState state, int round) {
		return Optional.ofNullable(this.positions.getOrDefault(state, Collections.emptyNavigableMap()).get(round));
	}

	/** The state's latest answer, whatever the round. */
	public Optional<StatePosition> standing(MemberState state) {
		NavigableMap<Integer, StatePosition> rounds = this.positions.get(state);
		return (rounds != null) ? Optional.of(rounds.lastEntry().getValue()) : Optional.empty();
	}

	/** Every state's standing position; {@code NO_RESPONSE} for the silent. */
	public Map<MemberState, Position> standingPositions() {
		Map<MemberState, Position> standing = new EnumMap<>(MemberState.class);
		for (MemberState state : MemberState.values()) {
			standing.put(state, standing(state).map(StatePosition::position).orElse(Position.NO_RESPONSE));
		}
		return standing;
	}

	/** The states asked in this round that have not answered it yet. */
	public Set<MemberState> awaited() {
		Set<MemberState> awaited = states(this.asked);
		awaited.removeIf((state) -> inRound(state, this.round).isPresent());
		return awaited;
	}

	public boolean everyAskedStateAnswered() {
		return this.round > 0 && awaited().isEmpty();
	}

	/** The states that have never answered: after the deadline, no response. */
	public Set<MemberState> silent() {
		Set<MemberState> silent = EnumSet.allOf(MemberState.class);
		silent.removeAll(this.positions.keySet());
		return silent;
	}

	public Set<MemberState> holding(Position position) {
		Set<MemberState> holding = EnumSet.noneOf(MemberState.class);
		standingPositions().forEach((state, standing) -> {
			if (standing == position) {
				holding.add(state);
			}
		});
		return holding;
	}

	/** The conditions of the states whose standing position is a conditional support. */
	public Map<MemberState, String> conditions() {
		Map<MemberState, String> conditions = new LinkedHashMap<>();
		for (MemberState state : holding(Position.SUPPORT_WITH_CONDITIONS)) {
			conditions.put(state, standing(state).map(StatePosition::conditions).orElse(""));
		}
		return conditions;
	}

	public PositionCounts counts() {
		Map<Position, Integer> counts = new EnumMap<>(Position.class);
		standingPositions().values().forEach((position) -> counts.merge(position, 1, Integer::sum));
		return new PositionCounts(counts.getOrDefault(Position.SUPPORT, 0),
				counts.getOrDefault(Position.SUPPORT_WITH_CONDITIONS, 0), counts.getOrDefault(Position.ABSTAIN, 0),
				counts.getOrDefault(Position.CONSTRUCTIVE_ABSTENTION, 0), counts.getOrDefault(Position.OPPOSE, 0),
				counts.getOrDefault(Position.NO_RESPONSE, 0));
	}

	/**
	 * Whom to ask again after a negotiation unless staff choose otherwise: the states
	 * that attached conditions or oppose, and constructive abstainers when they block.
	 */
	public Set<MemberState> toAskAgain(Unanimity.Verdict verdict) {
		Set<MemberState> states = holding(Position.SUPPORT_WITH_CONDITIONS);
		states.addAll(verdict.blockingStates());
		return states;
	}

	private Collection<StatePosition> all() {
		return this.positions.values().stream().flatMap((rounds) -> rounds.values().stream()).toList();
	}

	private static Set<MemberState> states(Collection<MemberState> states) {
		return states.isEmpty() ? EnumSet.noneOf(MemberState.class) : EnumSet.copyOf(states);
	}

	/**
	 * An answer recorded.
	 *
	 * @param book the book with it
	 * @param position the answer
	 * @param previousInRound what the state had said before in this round, if it revised
	 * @param firstInRound whether it is the state's first answer in this round
	 */
	public record Recorded(PositionBook book, StatePosition position, Position previousInRound, boolean firstInRound) {
	}

}
