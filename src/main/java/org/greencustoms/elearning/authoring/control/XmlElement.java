package org.greencustoms.elearning.authoring.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An element of a parsed XML file, with the line it starts on; {@code text} is its own text, as written. */
record XmlElement(String name, Map<String, String> attributes, List<XmlElement> children, String text, int line) {

    Optional<XmlElement> child(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).findFirst();
    }

    List<XmlElement> all(String childName) {
        return children.stream().filter(child -> child.name.equals(childName)).toList();
    }

    /** The text of the child element, or empty. */
    Optional<String> childText(String childName) {
        return child(childName).map(XmlElement::text);
    }

    /** Moodle's text element: {@code <childName><text>...</text></childName>}. */
    Optional<String> textOf(String childName) {
        return child(childName).flatMap(child -> child.childText("text"));
    }

    String attribute(String attributeName, String fallback) {
        return attributes.getOrDefault(attributeName, fallback);
    }
}
