package io.tonearm.adapters.http.subsonic;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One element of a Subsonic answer, written as XML or JSON by {@link SubsonicWriter}: attributes (strings, numbers,
 * booleans; JSON keeps their types), child elements, each either single (a JSON object) or a list (a JSON array,
 * also with one or no item), or a value alone (a text element in XML, a bare value in JSON).
 */
final class Element {
    /** A child or a list of children under one name. */
    record Child(String name, List<Element> items, boolean list) {
    }

    private final String name;
    private final Map<String, Object> attributes = new LinkedHashMap<>();
    private final List<Child> children = new ArrayList<>();
    private final Object value;
    /** Whether JSON writes it as an object with a {@code value} even without attributes. */
    private final boolean text;

    private Element(String name, Object value, boolean text) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = value;
        this.text = text;
    }

    /** @return an element without a name of its own, whose children are put into another ({@link #addAll}) */
    static Element fragment() {
        return new Element("", null, false);
    }

    /** @return a fragment with this one child */
    static Element fragment(Element child) {
        return fragment().add(child);
    }

    /** Adds the children of a fragment. */
    Element addAll(Element fragment) {
        children.addAll(fragment.children);
        return this;
    }

    static Element of(String name) {
        return new Element(name, null, false);
    }

    /** @return an element that is only a value: {@code <versions>1</versions>} in XML, {@code 1} in JSON */
    static Element value(String name, Object value) {
        return new Element(name, Objects.requireNonNull(value, "value"), false);
    }

    /**
     * @return an element whose text is {@code value}: {@code <line>text</line>} in XML, always an object in JSON,
     *     {@code {"value": "text"}} (with its attributes, if it gets any)
     */
    static Element text(String name, String value) {
        return new Element(name, Objects.requireNonNull(value, "value"), true);
    }

    /** Sets the attribute unless the value is null (an unknown fact is left out, not written empty). */
    Element attr(String key, Object attributeValue) {
        if (attributeValue != null) {
            attributes.put(key, attributeValue);
        }
        return this;
    }

    /** Adds a single child element. */
    Element add(Element child) {
        children.add(new Child(child.name, List.of(child), false));
        return this;
    }

    /** Adds children that clients read as a list, under their name (a JSON array even if empty). */
    Element addList(String childName, List<Element> items) {
        children.add(new Child(childName, List.copyOf(items), true));
        return this;
    }

    String name() {
        return name;
    }

    Map<String, Object> attributes() {
        return attributes;
    }

    List<Child> children() {
        return children;
    }

    /** @return the element's value if it is a value alone, else null */
    Object value() {
        return value;
    }

    /** @return whether it is a {@link #text} element: a JSON object even without attributes */
    boolean isText() {
        return text;
    }
}
