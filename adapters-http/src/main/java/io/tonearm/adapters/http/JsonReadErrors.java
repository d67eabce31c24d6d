package io.tonearm.adapters.http;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.Map;

/**
 * Turns Jackson's read failures into 400 problems that name the offending field. Jackson's own messages are
 * not passed on for mapping failures: they name our Java classes, which are none of a client's business.
 */
final class JsonReadErrors {
    private JsonReadErrors() {
    }

    static ApiProblem problem(JacksonException e, String prefix) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String name = join(prefix, path(unknown));
            return ApiProblem.invalid(name, name + " is not a known field");
        }
        if (e instanceof MismatchedInputException mismatch) {
            String name = orBody(join(prefix, path(mismatch)));
            return ApiProblem.invalid(name, name + " must be " + describe(mismatch.getTargetType()));
        }
        if (e instanceof JsonMappingException mapping) {
            String name = orBody(join(prefix, path(mapping)));
            return ApiProblem.invalid(name, name + " is not valid");
        }
        if (e instanceof InputCoercionException coercion) {
            String name = orBody(join(prefix, path(coercion.getProcessor())));
            return ApiProblem.invalid(name, name + " is out of range");
        }
        if (e instanceof StreamReadException read) {
            JsonLocation at = read.getLocation();
            String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            return ApiProblem.invalid("body", "body is not valid JSON: " + read.getOriginalMessage() + where);
        }
        return ApiProblem.invalid("body", "body is not valid JSON");
    }

    private static String describe(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == Instant.class) {
            return "an ISO-8601 instant such as 2024-05-01T12:00:00Z";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "an object";
        }
        return "of another type";
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                appendField(path, reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String path(Object processor) {
        if (!(processor instanceof JsonParser parser)) {
            return "";
        }
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null; context = context.getParent()) {
            chain.push(context);
        }
        StringBuilder path = new StringBuilder();
        for (JsonStreamContext context : chain) {
            if (context.inObject() && context.getCurrentName() != null) {
                appendField(path, context.getCurrentName());
            } else if (context.inArray()) {
                path.append('[').append(Math.max(context.getCurrentIndex(), 0)).append(']');
            }
        }
        return path.toString();
    }

    private static void appendField(StringBuilder path, String field) {
        if (!path.isEmpty()) {
            path.append('.');
        }
        path.append(field);
    }

    private static String join(String prefix, String path) {
        if (prefix.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? prefix : path.startsWith("[") ? prefix + path : prefix + "." + path;
    }

    private static String orBody(String name) {
        return name.isEmpty() ? "body" : name;
    }
}
