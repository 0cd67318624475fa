package eu.sanctions.processes.process;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.Waypoint;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram renders in Cockpit and the Modeler: every element has its shape or edge,
 * shapes sit inside their sub-process and do not overlap, and edges start and end on
 * their elements.
 */
class DiagramTest {

	private static BpmnModelInstance model;

	@BeforeAll
	static void readModel() throws Exception {
		try (InputStream in = DiagramTest.class.getClassLoader().getResourceAsStream(RenewalEngine.BPMN)) {
			model = Bpmn.readModelFromStream(in);
		}
	}

	@Test
	void drawsEveryFlowNodeAndEverySequenceFlow() {
		Set<String> shaped = model.getModelElementsByType(BpmnShape.class)
			.stream()
			.map((shape) -> shape.getBpmnElement().getId())
			.collect(Collectors.toSet());
		Set<String> edged = model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.map((edge) -> edge.getBpmnElement().getId())
			.collect(Collectors.toSet());

		assertThat(shaped).containsAll(ids(model.getModelElementsByType(FlowNode.class)));
		assertThat(edged).containsAll(ids(model.getModelElementsByType(SequenceFlow.class)));
	}

	@Test
	void keepsShapesApartAndInsideTheirSubProcess() {
		List<BpmnShape> shapes = new ArrayList<>(model.getModelElementsByType(BpmnShape.class));
		List<String> problems = new ArrayList<>();
		for (BpmnShape shape : shapes) {
			ModelElementInstance parent = shape.getBpmnElement().getParentElement();
			BpmnShape parentShape = shapeOf(parent);
			if (parentShape != null && !(shape.getBpmnElement() instanceof BoundaryEvent)
					&& !inside(shape.getBounds(), parentShape.getBounds())) {
				problems.add(id(shape) + " is outside " + id(parentShape));
			}
			for (BpmnShape other : shapes) {
				if (id(shape).compareTo(id(other)) < 0 && overlap(shape.getBounds(), other.getBounds())
						&& !nested(shape, other) && !attached(shape, other) && !attached(other, shape)) {
					problems.add(id(shape) + " overlaps " + id(other));
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void startsAndEndsEdgesOnTheirElements() {
		List<String> problems = new ArrayList<>();
		for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
			SequenceFlow flow = (SequenceFlow) edge.getBpmnElement();
			List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
			if (points.size() < 2) {
				problems.add(flow.getId() + " has fewer than two waypoints");
				continue;
			}
			if (!onBorder(points.get(0), shapeOf(flow.getSource()).getBounds())) {
				problems.add(flow.getId() + " does not start on " + flow.getSource().getId());
			}
			if (!onBorder(points.get(points.size() - 1), shapeOf(flow.getTarget()).getBounds())) {
				problems.add(flow.getId() + " does not end on " + flow.getTarget().getId());
			}
			for (int i = 1; i < points.size(); i++) {
				Waypoint a = points.get(i - 1);
				Waypoint b = points.get(i);
				if (Double.compare(a.getX(), b.getX()) != 0 && Double.compare(a.getY(), b.getY()) != 0) {
					problems.add(flow.getId() + " has a slanted segment");
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void keepsLabelsClearOfOtherShapesAndEdges() {
		List<String> problems = new ArrayList<>();
		for (Labelled labelled : labels()) {
			for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
				ModelElementInstance element = shape.getBpmnElement();
				if (element != labelled.element() && !contains(element, labelled.element())
						&& overlap(labelled.bounds(), shape.getBounds())) {
					problems.add("The label of " + labelled.id() + " covers " + element.getAttributeValue("id"));
				}
			}
			for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
				if (edge.getBpmnElement() != labelled.element() && crosses(edge, labelled.bounds())
						&& !touches(labelled.element(), (SequenceFlow) edge.getBpmnElement())) {
					problems.add("The label of " + labelled.id() + " covers " + edge.getBpmnElement().getId());
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	private static List<Labelled> labels() {
		List<Labelled> labels = new ArrayList<>();
		model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter((shape) -> shape.getBpmnLabel() != null)
			.forEach((shape) -> labels.add(new Labelled(shape.getBpmnElement(), shape.getBpmnLabel().getBounds())));
		model.getModelElementsByType(BpmnEdge.class)
			.stream()
			.filter((edge) -> edge.getBpmnLabel() != null)
			.forEach((edge) -> labels.add(new Labelled(edge.getBpmnElement(), edge.getBpmnLabel().getBounds())));
		return labels;
	}

	/**
	 * Its own flows may touch an element's label: they leave from the element it names.
	 */
	private static boolean touches(ModelElementInstance element, SequenceFlow flow) {
		return flow.getSource() == element || flow.getTarget() == element;
	}

	private static boolean crosses(BpmnEdge edge, Bounds box) {
		List<Waypoint> points = new ArrayList<>(edge.getWaypoints());
		for (int i = 1; i < points.size(); i++) {
			double x1 = Math.min(points.get(i - 1).getX(), points.get(i).getX());
			double x2 = Math.max(points.get(i - 1).getX(), points.get(i).getX());
			double y1 = Math.min(points.get(i - 1).getY(), points.get(i).getY());
			double y2 = Math.max(points.get(i - 1).getY(), points.get(i).getY());
			if (x1 <= box.getX() + box.getWidth() && x2 >= box.getX() && y1 <= box.getY() + box.getHeight()
					&& y2 >= box.getY()) {
				return true;
			}
		}
		return false;
	}

	private record Labelled(ModelElementInstance element, Bounds bounds) {

		String id() {
			return this.element.getAttributeValue("id");
		}

	}

	private static Set<String> ids(
			java.util.Collection<? extends org.camunda.bpm.model.bpmn.instance.BaseElement> elements) {
		return elements.stream()
			.map(org.camunda.bpm.model.bpmn.instance.BaseElement::getId)
			.collect(Collectors.toSet());
	}

	private static BpmnShape shapeOf(ModelElementInstance element) {
		return model.getModelElementsByType(BpmnShape.class)
			.stream()
			.filter((shape) -> shape.getBpmnElement() == element)
			.findFirst()
			.orElse(null);
	}

	private static String id(BpmnShape shape) {
		return shape.getBpmnElement().getId();
	}

	private static boolean nested(BpmnShape a, BpmnShape b) {
		return contains(a.getBpmnElement(), b.getBpmnElement()) || contains(b.getBpmnElement(), a.getBpmnElement());
	}

	private static boolean contains(ModelElementInstance outer, ModelElementInstance inner) {
		for (ModelElementInstance parent = inner.getParentElement(); parent != null; parent = parent
			.getParentElement()) {
			if (parent == outer) {
				return true;
			}
		}
		if (inner instanceof BoundaryEvent boundary) {
			return contains(outer, boundary.getAttachedTo()) || outer == boundary.getAttachedTo();
		}
		return false;
	}

	private static boolean attached(BpmnShape boundary, BpmnShape host) {
		return boundary.getBpmnElement() instanceof BoundaryEvent event
				&& event.getAttachedTo() == host.getBpmnElement();
	}

	private static boolean overlap(Bounds a, Bounds b) {
		return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
				&& a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
	}

	private static boolean inside(Bounds inner, Bounds outer) {
		return inner.getX() >= outer.getX() && inner.getY() >= outer.getY()
				&& inner.getX() + inner.getWidth() <= outer.getX() + outer.getWidth()
				&& inner.getY() + inner.getHeight() <= outer.getY() + outer.getHeight();
	}

	/**
	 * On the element's border, give or take a pixel; gateways and events are drawn inside
	 * their box.
	 */
	private static boolean onBorder(Waypoint point, Bounds bounds) {
		double left = bounds.getX();
		double right = left + bounds.getWidth();
		double top = bounds.getY();
		double bottom = top + bounds.getHeight();
		boolean withinX = point.getX() >= left - 1 && point.getX() <= right + 1;
		boolean withinY = point.getY() >= top - 1 && point.getY() <= bottom + 1;
		boolean onVertical = Math.abs(point.getX() - left) <= 1 || Math.abs(point.getX() - right) <= 1;
		boolean onHorizontal = Math.abs(point.getY() - top) <= 1 || Math.abs(point.getY() - bottom) <= 1;
		return (onVertical && withinY) || (onHorizontal && withinX);
	}

}
