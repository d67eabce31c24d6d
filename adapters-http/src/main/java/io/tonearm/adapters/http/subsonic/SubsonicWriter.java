package io.tonearm.adapters.http.subsonic;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.ValueNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes a {@code subsonic-response} in the format the client asked for with {@code f}: XML (the default), JSON,
 * or JSON wrapped in the {@code callback} function (jsonp). XML is written by hand, every attribute and text
 * escaped and characters XML cannot carry dropped; JSON through Jackson.
 */
final class SubsonicWriter {
    static final String XML = "text/xml; charset=UTF-8";
    static final String JSON = "application/json; charset=UTF-8";
    static final String JAVASCRIPT = "application/javascript; charset=UTF-8";
    static final String NAMESPACE = "http://subsonic.org/restapi";
    /** A JavaScript name or dotted path: nothing a callback can smuggle script in with. */
    private static final Pattern CALLBACK = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
    private static final int MAX_CALLBACK = 100;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A format and, for jsonp, its callback. */
    record Format(String kind, String callback) {
        static final Format XML_FORMAT = new Format("xml", null);

        /**
         * @return the format asked for; XML for anything unknown, as Subsonic servers do, so that an error about
         *     the format is still readable
         */
        static Format of(String f, String callback) {
            if ("json".equals(f)) {
                return new Format("json", null);
            }
            if ("jsonp".equals(f) && callback != null && callback.length() <= MAX_CALLBACK
                    && CALLBACK.matcher(callback).matches()) {
                return new Format("jsonp", callback);
            }
            return XML_FORMAT;
        }

        String contentType() {
            return switch (kind) {
                case "json" -> JSON;
                case "jsonp" -> JAVASCRIPT;
                default -> XML;
            };
        }
    }

    private SubsonicWriter() {
    }

    static byte[] write(Element response, Format format) {
        return switch (format.kind()) {
            case "json" -> json(response).getBytes(StandardCharsets.UTF_8);
            case "jsonp" -> (format.callback() + "(" + json(response) + ");").getBytes(StandardCharsets.UTF_8);
            default -> xml(response).getBytes(StandardCharsets.UTF_8);
        };
    }

    // ---- XML

    static String xml(Element root) {
        StringBuilder out = new StringBuilder(256).append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        xml(root, out, true);
        return out.toString();
    }

    private static void xml(Element element, StringBuilder out, boolean root) {
        out.append('<').append(element.name());
        if (root) {
            out.append(" xmlns=\"").append(NAMESPACE).append('"');
        }
        for (Map.Entry<String, Object> attribute : element.attributes().entrySet()) {
            out.append(' ').append(attribute.getKey()).append("=\"");
            escape(text(attribute.getValue()), out);
            out.append('"');
        }
        if (element.value() == null && element.children().isEmpty()) {
            out.append("/>");
            return;
        }
        out.append('>');
        if (element.value() != null) {
            escape(text(element.value()), out);
        }
        for (Element.Child child : element.children()) {
            for (Element item : child.items()) {
                xml(item, out, false);
            }
        }
        out.append("</").append(element.name()).append('>');
    }

    private static String text(Object value) {
        return value instanceof BigDecimal decimal ? decimal.toPlainString() : String.valueOf(value);
    }

    /** Escapes the five special characters and drops what XML 1.0 cannot carry (most control characters). */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\t' -> out.append("&#9;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
                        out.append(c); // surrogate pairs pass through as their two halves
                    }
                }
            }
        }
    }

    // ---- JSON

    static String json(Element root) {
        ObjectNode document = JsonNodeFactory.instance.objectNode();
        document.set(root.name(), object(root));
        try {
            return MAPPER.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a Subsonic answer as JSON", e);
        }
    }

    private static ObjectNode object(Element element) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        element.attributes().forEach((key, value) -> node.set(key, scalar(value)));
        if (element.value() != null) {
            node.set("value", scalar(element.value()));
        }
        for (Element.Child child : element.children()) {
            if (child.list()) {
                ArrayNode array = node.putArray(child.name());
                child.items().forEach(item -> array.add(jsonOf(item)));
            } else {
                node.set(child.name(), jsonOf(child.items().get(0)));
            }
        }
        return node;
    }

    private static com.fasterxml.jackson.databind.JsonNode jsonOf(Element element) {
        if (element.value() != null && !element.isText() && element.attributes().isEmpty()
                && element.children().isEmpty()) {
            return scalar(element.value());
        }
        return object(element);
    }

    private static ValueNode scalar(Object value) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        if (value instanceof Boolean flag) {
            return nodes.booleanNode(flag);
        }
        if (value instanceof Integer number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Long number) {
            return nodes.numberNode(number);
        }
        if (value instanceof Double number) {
            return nodes.numberNode(number);
        }
        if (value instanceof BigDecimal number) {
            return nodes.numberNode(number);
        }
        return nodes.textNode(String.valueOf(value));
    }
}
